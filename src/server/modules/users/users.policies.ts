import {
  type Permission,
  type Role,
  operatorRoles,
  roleHasPermission,
  roleSchema,
} from '../../../contracts/permissions.js';
import { trustEmployerId } from '../../db/tenancy.js';
import type { Actor, DossierScope } from '../../platform/session/session.js';

/** The actor types live below the modules: the platform's session plugins hand them to routes. */
export type { Actor, DossierScope, EmployerActor } from '../../platform/session/session.js';

export const wholeEmployer: DossierScope = { kind: 'employer' };

export function isOperatorRole(role: string): boolean {
  return (operatorRoles as readonly string[]).includes(role);
}

export function parseRole(role: string): Role | undefined {
  const parsed = roleSchema.safeParse(role);
  return parsed.success ? parsed.data : undefined;
}

export function actorMay(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return roleHasPermission(actor.role, permission);
}

/** True when the scope lets the actor see no employee at all (the UI says so). */
export function scopeIsEmpty(scope: DossierScope): boolean {
  return (
    scope.kind === 'selection' && scope.departmentIds.length === 0 && scope.employeeIds.length === 0
  );
}

/** The stored form of a membership's scope, turned into the scope the queries apply. */
export function scopeOfMembership(membership: {
  scopeMode: string;
  scopeWholeEmployer: boolean;
  departmentIds: readonly string[];
  employeeIds: readonly string[];
}): DossierScope {
  // Autorisatie-overname: the group above a user is their employer, so the whole employer.
  if (membership.scopeMode === 'inherited' || membership.scopeWholeEmployer) return wholeEmployer;
  return {
    kind: 'selection',
    departmentIds: membership.departmentIds,
    employeeIds: membership.employeeIds,
  };
}

/** The dossier scope of the membership the access was read for. */
export function scopeOfAccess(
  access: ActorAccess,
  membership: NonNullable<ActorAccess['membership']>,
): DossierScope {
  const explicit = membership.scopeMode === 'explicit' && !membership.scopeWholeEmployer;
  return scopeOfMembership({
    ...membership,
    departmentIds: explicit ? access.departmentIds : [],
    employeeIds: explicit ? access.employeeIds : [],
  });
}

/** What decides whether an account may log in now (auth.models.ts `accountRefusal`). */
export type AccountState = {
  blockedAt: Date | null;
  deactivatedAt: Date | null;
  validFrom: string | null;
  validUntil: string | null;
};

/** What the database says about a user's access (actor-access.repository.ts reads it). */
export type ActorAccess = {
  locale: string;
  operatorRole: string | null;
  /** The session's active employer when it exists (only operators use it). */
  operatorEmployerId: string | null;
  /** The membership acted for: the session's active employer's, else the oldest. */
  membership: {
    employerId: string;
    role: string;
    scopeMode: string;
    scopeWholeEmployer: boolean;
  } | null;
  /** The membership's selected departments with all their descendants. */
  departmentIds: readonly string[];
  employeeIds: readonly string[];
};

/** The actor of a session, or undefined when the user may act for no employer at all. */
export function actorOf(
  access: ActorAccess,
  session: { id: string; userId: string },
  meta: { ip: string; requestId: string },
): Actor | undefined {
  const base = { userId: session.userId, sessionId: session.id, ...meta };
  const operatorRole = access.operatorRole ? parseRole(access.operatorRole) : undefined;
  if (operatorRole) {
    return {
      ...base,
      role: operatorRole,
      isOperator: true,
      // Operators serve every employer of the arbodienst; the query found this one exists.
      employerId: access.operatorEmployerId ? trustEmployerId(access.operatorEmployerId) : null,
      scope: wholeEmployer,
    };
  }
  const membership = access.membership;
  const role = membership ? parseRole(membership.role) : undefined;
  if (!membership || !role) return undefined;
  return {
    ...base,
    role,
    isOperator: false,
    // The employer is one the user's own membership names.
    employerId: trustEmployerId(membership.employerId),
    scope: scopeOfAccess(access, membership),
  };
}
