import { createHash, randomBytes } from 'node:crypto';

/** A session cookie value: 256 random bits. Only its hash is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

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

/** Security settings and the vault need a password and a second factor proven this recently. */
export const stepUpMinutes = 5;

export function hasFreshStepUp(
  session: { passwordAt: Date | null; secondFactorAt: Date | null },
  now: Date,
): boolean {
  const limit = now.getTime() - stepUpMinutes * 60_000;
  return (
    session.passwordAt !== null &&
    session.secondFactorAt !== null &&
    session.passwordAt.getTime() >= limit &&
    session.secondFactorAt.getTime() >= limit
  );
}
