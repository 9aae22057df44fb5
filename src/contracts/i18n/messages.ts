import type { MessageTree } from './message-tree.js';
import type { nl } from './nl/index.js';

/** The shape every catalogue must have: exactly the keys of `nl`, every leaf a string. */
export type Messages = MessageTree<typeof nl>;
