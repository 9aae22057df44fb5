/**
 * Pure rules of name search ("Dossier zoeken"): the search form of a name, the keys an employee
 * is found under, the terms of a query and the index range of a term. No database, no clock.
 */

export type NameParts = {
  firstName: string;
  /** Tussenvoegsel ("de", "van der"); null when none or when it was typed into the last name. */
  namePrefix?: string | null | undefined;
  lastName: string;
};

/** Letters that Unicode decomposition does not reduce to ASCII. */
const letterFolds: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
  ŋ: 'n',
};

/**
 * The search form of any name text: lowercase, without diacritics (NFKD, combining marks
 * removed, then the letters above folded: ß→ss, ø→o, ı→i, …), apostrophes dropped ("'t" → "t",
 * "D'Souza" → "dsouza"), every other character that is not a letter or digit (comma, hyphen,
 * dot, slash) a space, spaces collapsed. The result holds only [a-z0-9 ] for Latin names, so
 * it never contains a LIKE wildcard.
 */
export function normaliseForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßøæœđðþłıħŋ]/g, (letter) => letterFolds[letter] ?? letter)
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Words of Dutch (and common foreign) tussenvoegsels. A run of these at the start of a last name
 * that was entered without a separate prefix ("van der Meer", "'t Hart", "El Amrani") is split
 * off as the prefix, as long as at least one word remains as the last name itself.
 */
const prefixWords = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  't',
  'te',
  'ter',
  'ten',
  'in',
  'op',
  'uit',
  'aan',
  'bij',
  'onder',
  'over',
  'voor',
  'vd',
  'el',
  'al',
  'la',
  'le',
  'les',
  'du',
  'da',
  'di',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'des',
  'von',
  'zu',
  'zum',
  'zur',
]);

/** Prefix and last name in search form, with a prefix typed into the last name split off. */
function splitLastName(name: NameParts): { prefix: string; last: string } {
  const prefix = normaliseForSearch(name.namePrefix ?? '');
  const last = normaliseForSearch(name.lastName);
  if (prefix !== '') return { prefix, last };
  const words = last.split(' ');
  let count = 0;
  while (count < words.length - 1 && prefixWords.has(words[count] ?? '')) count++;
  return { prefix: words.slice(0, count).join(' '), last: words.slice(count).join(' ') };
}

const joinWords = (...parts: string[]) => parts.filter((part) => part !== '').join(' ');

/**
 * The keys under which an employee is found: a search matches when a search term (see
 * `searchTermsFor`) is a prefix of one of them. For Sanne de Vries:
 *
 *   "vries de sanne"   index form: "vries", "Vries, de", "Vries de S"
 *   "de vries sanne"   as written: "de V", "de Vries", "de Vries, Sanne"
 *   "sanne de vries"   full name: "Sanne", "Sanne de Vr"
 *   "vries sanne de"   list form: "Vries, Sanne (de)"
 *
 * Without a prefix the first, second and fourth coincide, so there are two keys. One key per
 * person cannot serve every form with a prefix match ("vries de…" is not found by "de v",
 * "de vries…" not by "vries"), so each key is a row in one indexed text column:
 *
 *   employee_name_keys (employer_id, employee_id, key), primary key (employee_id, key),
 *   index (employer_id, key text_pattern_ops);
 *   where employer_id = $1 and (key like $term1 || '%' or …)  -- one range scan per term
 *
 * The keys are rewritten in the transaction that writes the name parts. Keys and terms hold
 * only letters, digits and single spaces, so they never contain a LIKE wildcard.
 */
export function searchKeysForName(name: NameParts): string[] {
  const first = normaliseForSearch(name.firstName);
  const { prefix, last } = splitLastName(name);
  const keys = [
    joinWords(last, prefix, first),
    joinWords(prefix, last, first),
    joinWords(first, prefix, last),
    joinWords(last, first, prefix),
  ].filter((key) => key !== '');
  return [...new Set(keys)];
}

/**
 * The sort key of a name in Dutch order: last name without its prefix first ("de Vries" sorts
 * under V), then prefix, then first name. It is also the first of `searchKeysForName`.
 */
export function searchKeyForName(name: NameParts): string {
  const { prefix, last } = splitLastName(name);
  return joinWords(last, prefix, normaliseForSearch(name.firstName));
}

/** What "v.d." may stand for. */
const vanDeForms = ['van de', 'van der', 'van den'];

/**
 * The search terms for what the user typed; an employee matches when one term is a prefix of
 * one of the employee's keys. Usually one term, the query in search form ("Vries, de" →
 * "vries de", "MÜLLER" → "muller"). The written abbreviations of a prefix, "v.d." / "v/d" /
 * "vd", stand for "van de", "van der" and "van den", so they give three terms. An empty query
 * gives no terms and matches no one.
 */
export function searchTermsFor(query: string): string[] {
  const words = normaliseForSearch(query)
    .split(' ')
    .filter((word) => word !== '');
  if (words.length === 0) return [];
  let terms = [''];
  for (let index = 0; index < words.length; index++) {
    let word = words[index] ?? '';
    if (word === 'v' && words[index + 1] === 'd') {
      word = 'v d';
      index++;
    }
    const alternatives = word === 'vd' || word === 'v d' ? [word, ...vanDeForms] : [word];
    terms = terms.flatMap((term) => alternatives.map((form) => joinWords(term, form)));
  }
  return [...new Set(terms)];
}

/** The reference semantics of name search, which the SQL search must reproduce. */
export function nameMatches(employee: NameParts, query: string): boolean {
  const keys = searchKeysForName(employee);
  return searchTermsFor(query).some((term) => keys.some((key) => key.startsWith(term)));
}

/**
 * The key range holding every key that starts with `term`: from `term` up to (not including)
 * `term` with its last character raised by one code point ("mul" → "mum"). Compared bytewise
 * (text_pattern_ops), UTF-8 order is code point order, so the range is exactly the prefix match.
 * The range operators, unlike LIKE, are leakproof, so PostgreSQL may use the index under
 * row-level security.
 */
export function prefixRange(term: string): { from: string; to: string } {
  const characters = [...term];
  const last = characters.pop();
  if (last === undefined) throw new RangeError('an empty term has no prefix range');
  const next = String.fromCodePoint((last.codePointAt(0) ?? 0) + 1);
  return { from: term, to: `${characters.join('')}${next}` };
}
