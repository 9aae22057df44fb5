import { type SecretBox, SecretBoxError } from './secret-box.js';

/**
 * Before issue 16 an id in a URL reached the secret box as the request spelled it: the routes
 * took a uuid in any case, so a value could be sealed under `…:6F1C…` while its row holds
 * `6f1c…`. These are the spellings such a context may have used, the canonical one first.
 * (Braces and spaces never passed the old schemas; a mixed-case spelling cannot be guessed.)
 */
function formerSpellings(id: string): string[] {
  return [...new Set([id.toLowerCase(), id.toUpperCase()])];
}

/** Every context `build` makes from a spelling of each id, the canonical one first. */
export function formerContexts(
  ids: readonly string[],
  build: (...ids: string[]) => string,
): string[] {
  let combinations: string[][] = [[]];
  for (const id of ids) {
    combinations = combinations.flatMap((prefix) =>
      formerSpellings(id).map((spelling) => [...prefix, spelling]),
    );
  }
  return combinations.map((spelled) => build(...spelled));
}

/** The clear text of `sealed` under the first of `contexts` it opens in, or undefined. */
export function openUnderAny(
  box: SecretBox,
  sealed: string,
  contexts: readonly string[],
): string | undefined {
  for (const context of contexts) {
    try {
      return box.decrypt(sealed, context);
    } catch (error) {
      // Not this context: try the next one.
      if (!(error instanceof SecretBoxError)) throw error;
    }
  }
  return undefined;
}
