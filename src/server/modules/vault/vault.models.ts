import type { MaskedPersonalData, PersonalData } from '../../../contracts/vault.js';

/**
 * Pure rules of the datakluis (data vault): the encryption contexts and what a user without a
 * reveal sees. No database, no clock, no keys.
 */

/**
 * The additional authenticated data of a sealed value: the field, its employer and its employee.
 * A value copied to another row (or to the other field) does not decrypt.
 */
export function sealContext(
  field: 'bsn' | 'contact',
  employerId: string,
  employeeId: string,
): string {
  return `vault:${field}:${employerId}:${employeeId}`;
}

/** Everything in the vault but the BSN, sealed together as one JSON value. */
export type ContactDetails = Omit<PersonalData, 'bsn'>;

export function contactDetailsOf(data: PersonalData): ContactDetails {
  const { bsn: _bsn, ...contact } = data;
  return contact;
}

const dot = '•';

/** •••••1234: five dots for the five hidden digits, the last four shown. */
export function maskBsn(bsn: string): string {
  return `${dot.repeat(5)}${bsn.slice(-4)}`;
}

/** The last two digits of a phone number, the rest dots (one per hidden digit). */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `${dot.repeat(Math.max(digits.length - 2, 4))}${digits.slice(-2)}`;
}

/** The first letter and the domain: j•••@example.nl. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return dot.repeat(3);
  return `${email[0]}${dot.repeat(3)}${email.slice(at)}`;
}

/** The postcode's digits (an area, not an address) and the city; the street stays hidden. */
export function maskAddress(
  data: Pick<PersonalData, 'postcode' | 'city' | 'street'>,
): string | null {
  if (data.postcode === null && data.city === null && data.street === null) return null;
  const area = data.postcode === null ? null : `${data.postcode.slice(0, 4)} ${dot.repeat(2)}`;
  return [dot.repeat(3), [area, data.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

export function maskPersonalData(data: PersonalData | null): MaskedPersonalData {
  if (data === null) {
    return {
      stored: false,
      bsn: null,
      address: null,
      phone: null,
      privateEmail: null,
      lettersByEmail: false,
    };
  }
  return {
    stored: true,
    bsn: data.bsn === null ? null : maskBsn(data.bsn),
    address: maskAddress(data),
    phone: data.phone === null ? null : maskPhone(data.phone),
    privateEmail: data.privateEmail === null ? null : maskEmail(data.privateEmail),
    lettersByEmail: data.lettersByEmail,
  };
}
