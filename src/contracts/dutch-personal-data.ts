/**
 * Pure rules of Dutch personal data shared by the server and the web: the BSN 11-test and the
 * parts of a Dutch address. No database, no clock.
 */

// ---------------------------------------------------------------------------------------------
// BSN (burgerservicenummer)
// ---------------------------------------------------------------------------------------------

/** Weights of the BSN 11-test ("elfproef"): 9 down to 2 for the first eight digits, −1 last. */
const bsnWeights = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

/**
 * The BSN as its canonical 9 digits, or null when it is not a valid BSN.
 *
 * Input rules (the product's choice):
 * - Surrounding whitespace, and spaces or dots between the digits ("1234.56.782", the way the
 *   number is printed on passports and ID cards), are ignored.
 * - 8 digits get a leading zero: BSNs that start with 0 (former sofinummers) lose that zero
 *   in spreadsheets and HR exports, and common practice (Belastingdienst, payroll software)
 *   is to restore it. Anything else that is not exactly 9 digits is refused.
 * - The 11-test: Σ digit × weight (9,8,7,6,5,4,3,2,−1) is divisible by 11; 000000000 is refused.
 */
export function normaliseBsn(value: string): string | null {
  const compact = value.trim().replace(/[ .]/g, '');
  if (!/^\d{8,9}$/.test(compact)) return null;
  const digits = compact.padStart(9, '0');
  if (digits === '000000000') return null;
  return bsnElevenTestSum(digits) % 11 === 0 ? digits : null;
}

/** True for a valid BSN, see `normaliseBsn` for the accepted forms. */
export function isValidBsn(value: string): boolean {
  return normaliseBsn(value) !== null;
}

/** Σ digit × weight over nine digits. */
export function bsnElevenTestSum(nineDigits: string): number {
  let sum = 0;
  for (let index = 0; index < 9; index++) {
    sum += Number(nineDigits[index]) * (bsnWeights[index] ?? 0);
  }
  return sum;
}

// ---------------------------------------------------------------------------------------------
// Address: postcode, house number, addition
// ---------------------------------------------------------------------------------------------

/** Letter pairs PostNL does not issue, for their connotations. */
const unissuedPostcodeLetters = new Set(['SA', 'SD', 'SS']);

/**
 * A Dutch postcode in its written form "1234 AB", or null when it is not one: four digits
 * (the first 1–9), two letters (not SA, SD or SS), in any case, with or without a space
 * between them and with surrounding whitespace.
 */
export function normaliseDutchPostcode(value: string): string | null {
  const match = /^([1-9]\d{3}) *([A-Z]{2})$/.exec(value.trim().toUpperCase());
  if (!match) return null;
  const [, digits, letters] = match;
  if (!digits || !letters || unissuedPostcodeLetters.has(letters)) return null;
  return `${digits} ${letters}`;
}

/** A house number is a whole number from 1 to 99999 (the BAG's range). */
export function isValidHouseNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 99_999;
}

/**
 * A house-number addition (huisletter/toevoeging: "A", "bis", "3-hoog") is optional; when given
 * it is 1–6 letters, digits or hyphens with at least one letter or digit. Empty means none.
 */
export function isValidHouseNumberAddition(value: string | null | undefined): boolean {
  const trimmed = (value ?? '').trim();
  return trimmed === '' || /^(?=.*[A-Za-z0-9])[A-Za-z0-9-]{1,6}$/.test(trimmed);
}
