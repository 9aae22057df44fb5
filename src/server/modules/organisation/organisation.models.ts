/** Pure rules of the organisation. */

/** A KvK (Chamber of Commerce) number has 8 digits; numbers issued today carry no check digit. */
export function isValidKvkNumber(value: string): boolean {
  return /^\d{8}$/.test(value) && value !== '00000000';
}
