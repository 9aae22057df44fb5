import { randomBytes } from 'node:crypto';
import { hashSecretToken, newSecretToken } from '../../platform/crypto/tokens.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import type { AccountState } from '../users/users.policies.js';

/** A session cookie value: 256 random bits. Only its hash is stored. */
export { hashSecretToken as hashSessionToken, newSecretToken as newSessionToken };

export type SessionTimeouts = { idleMinutes: number; absoluteHours: number };

/** A session ends at the idle limit after the last request, but never past the absolute limit. */
export function sessionExpiry(createdAt: Date, lastSeenAt: Date, timeouts: SessionTimeouts): Date {
  const idle = lastSeenAt.getTime() + timeouts.idleMinutes * 60_000;
  const absolute = createdAt.getTime() + timeouts.absoluteHours * 3_600_000;
  return new Date(Math.min(idle, absolute));
}

/** Time allowed between the password and the second factor. */
export const pendingLoginMinutes = 5;

export function pendingLoginExpiry(now: Date): Date {
  return new Date(now.getTime() + pendingLoginMinutes * 60_000);
}

/** Wrong passwords or second-factor codes in a row that block an account until it is unblocked. */
export const maxFailuresInARow = 5;

/** Password policy (ASVS 6.2): length and a blocklist, no composition rules. */
export const passwordMinLength = 12;
export const passwordMaxLength = 1000;

export type PasswordProblem =
  | 'password_too_short'
  | 'password_too_long'
  | 'password_common'
  | 'password_contains_login_name'
  | 'password_contains_employer_name';

/** Employer names shorter than this are not checked: they would refuse too many passwords. */
export const employerNameMinLength = 4;

/** Lower case without accents or spaces, for "contains" checks: `Café Één` → `cafeeen`. */
export function foldForComparison(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, '');
}

/**
 * The first problem with a new password, or undefined when it may be used. `common` holds the
 * lower-cased blocklist; the comparison ignores case and surrounding spaces, so `Welkom123456`
 * is refused like `welkom123456`. An employer's name (4 characters or more) is looked for
 * ignoring case, accents and spaces. The password itself is never changed (no truncation, no folding).
 */
export function passwordProblem(
  password: string,
  loginName: string,
  common: ReadonlySet<string>,
  /** The names of the employers the user belongs to. */
  employerNames: readonly string[] = [],
): PasswordProblem | undefined {
  const length = [...password].length;
  if (length < passwordMinLength) return 'password_too_short';
  if (length > passwordMaxLength) return 'password_too_long';
  const lowered = password.toLowerCase();
  if (common.has(lowered.trim())) return 'password_common';
  const name = loginName.trim().toLowerCase();
  if (name.length > 0 && lowered.includes(name)) return 'password_contains_login_name';
  const folded = foldForComparison(password);
  for (const employerName of employerNames) {
    const foldedName = foldForComparison(employerName);
    if ([...foldedName].length >= employerNameMinLength && folded.includes(foldedName))
      return 'password_contains_employer_name';
  }
  return undefined;
}

/**
 * The date in Europe/Amsterdam (YYYY-MM-DD), against which valid_from/valid_until count. The
 * platform's formatter is built once: building one on each request cost 4 % of CPU.
 */
export const amsterdamDate = amsterdamDateOf;

export type { AccountState };

/** Why an account may not log in now (blocked is told apart: it gets its own message). */
export function accountRefusal(
  user: AccountState,
  now: Date,
): 'deactivated' | 'not_yet_valid' | 'no_longer_valid' | 'blocked' | undefined {
  if (user.deactivatedAt !== null && user.deactivatedAt.getTime() <= now.getTime())
    return 'deactivated';
  const today = amsterdamDate(now);
  if (user.validFrom !== null && today < user.validFrom) return 'not_yet_valid';
  if (user.validUntil !== null && today > user.validUntil) return 'no_longer_valid';
  if (user.blockedAt !== null) return 'blocked';
  return undefined;
}

/** A single-use e-mailed link's token: 256 random bits; only its SHA-256 is stored. */
export function newEmailToken(): string {
  return randomBytes(32).toString('base64url');
}

export const emailTokenLifetimes = {
  reset_password: 60 * 60_000,
  set_password: 72 * 60 * 60_000,
  confirm_email: 24 * 60 * 60_000,
} as const;
export type EmailTokenPurpose = keyof typeof emailTokenLifetimes;

/** At most this many reset mails per account per window; further requests send nothing. */
export const resetRequestLimit = { count: 5, windowMinutes: 10 } as const;
