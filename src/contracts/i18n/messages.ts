import type { nl } from './nl.js';

/** Turns the `as const` literal tree into the same tree with `string` leaves. */
export type MessageTree<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : MessageTree<T[K]>;
};

/** The shape every catalogue must have: exactly the keys of `nl`, every leaf a string. */
export type Messages = MessageTree<typeof nl>;
