/** Turns the `as const` literal tree into the same tree with `string` leaves. */
export type MessageTree<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : MessageTree<T[K]>;
};
