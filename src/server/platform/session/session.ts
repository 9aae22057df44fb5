import type { Locale } from '../../../contracts/common.js';
import type { Role } from '../../../contracts/permissions.js';
import type { AuthorizedEmployerId } from '../../db/tenancy.js';
import { AppError } from '../errors.js';

/**
 * What a request knows of its session. The auth module stores sessions and resolves a cookie into
 * one; its stored row has more columns and fits this shape.
 */
export type RequestSession = {
  id: string;
  userId: string;
  /** password_verified (waiting for the second factor) | setup_required (first login) | authenticated */
  stage: string;
  activeEmployerId: string | null;
  /** When the password was last proven in this session (login or step-up). */
  passwordAt: Date | null;
  /** When a second factor was last proven in this session. */
  secondFactorAt: Date | null;
};

/** Who sent a request, for the audit log and the sessions list. */
export type RequestMeta = { ip: string; userAgent: string | undefined; requestId: string };

/**
 * Which employees an actor may see at their active employer (SPEC.md §1, "dossier scope").
 * `selection` with no departments and no employees is the user without scope: no employees.
 * A department in a selection brings all its sub-departments, also ones created later: the
 * actor's `departmentIds` are the selected departments with all their descendants of today.
 */
export type DossierScope =
  | { kind: 'employer' }
  | { kind: 'selection'; departmentIds: readonly string[]; employeeIds: readonly string[] };

/** Who is asking, resolved once per request from the session: every use case takes this. */
export type Actor = {
  userId: string;
  sessionId: string;
  role: Role;
  /** Operator-side roles (the arbodienst) serve every employer; employer roles only their own. */
  isOperator: boolean;
  /** The employer the actor acts for now (header switch); null for an operator who chose none. */
  employerId: AuthorizedEmployerId | null;
  scope: DossierScope;
  /** For the audit log. */
  ip: string;
  requestId: string;
};

/** An actor acting for an employer: what every route on tenant data needs. */
export type EmployerActor = Actor & { employerId: AuthorizedEmployerId };

/**
 * A cookie resolved by the auth module: the live session, the actor it may act as (undefined
 * when the user may act for no employer) and the user's language.
 */
export type ResolvedSession = {
  session: RequestSession;
  actor: Actor | undefined;
  locale: Locale;
  /** Seconds until the session ends unless used again (idle limit, capped by the absolute one). */
  expiresInSeconds: number;
};

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

export function sessionCookieName(secure: boolean): string {
  // The __Host- prefix pins the cookie to this host and path /, only over HTTPS.
  return secure ? '__Host-verzuim_session' : 'verzuim_session';
}

/**
 * The origins that may send state-changing requests: PUBLIC_URL's. When that is a loopback
 * address, its other loopback spellings too (localhost, 127.0.0.1, [::1], same scheme and port),
 * so a developer's browser works whichever one is typed; no other site can use those names.
 */
export function allowedOriginsFor(publicOrigin: string): Set<string> {
  const url = new URL(publicOrigin);
  const loopback = ['localhost', '127.0.0.1', '[::1]'];
  if (!loopback.includes(url.hostname)) return new Set([url.origin]);
  return new Set(
    loopback.map((host) => `${url.protocol}//${host}${url.port === '' ? '' : `:${url.port}`}`),
  );
}

export const sessionErrors = {
  stepUpRequired: () => new AppError('step_up_required', 403),
  /** An operator must first choose the employer to act for (header switch). */
  noActiveEmployer: () => new AppError('no_active_employer', 403),
  csrfHeaderMissing: () =>
    new AppError('forbidden', 403, { detail: 'missing X-Requested-With header' }),
  foreignOrigin: () => new AppError('forbidden', 403, { detail: 'Origin is not PUBLIC_URL' }),
};
