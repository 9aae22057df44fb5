import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type Permission, roleHasPermission } from '../../../contracts/permissions.js';
import { errors } from '../errors.js';
import { versionedApiPrefix } from './bearer.plugin.js';
import { requireAuthenticated } from './session.plugin.js';
import { type Actor, type EmployerActor, sessionErrors } from './session.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The permission a route needs (contracts/permissions.ts). Checked before the body is even
     * read, for every route that declares it; the role × route test walks these declarations.
     */
    permission?: Permission;
    /** With `permission`: an operator-wide route that needs no active employer. */
    acrossEmployers?: boolean;
  }
  interface FastifyInstance {
    /** Every /api route with the permission it declares (null: none), for the role × route test. */
    apiRouteAccess: ApiRouteAccess[];
  }
  interface FastifyRequest {
    /**
     * The actor for a route on one employer's data: logged in, acting for an employer, and the
     * role has `permission` (the one matrix in contracts/permissions.ts). Else 401 or 403.
     */
    requireActor(permission: Permission): Promise<EmployerActor>;
    /**
     * The actor acting for an employer whatever the role, also before the employer signed the
     * datakluis agreement: only for the agreement and vault-status routes.
     */
    requireActorForAgreement(): Promise<EmployerActor>;
    /** The same for operator-wide routes (employers, audit log): no active employer needed. */
    requireActorAcrossEmployers(permission: Permission): Promise<Actor>;
  }
}

export type ApiRouteAccess = {
  method: string;
  url: string;
  permission: Permission | null;
  acrossEmployers: boolean;
};

/** The actor of a request, as the session plugin read it (public routes never ask). */
export const actorPlugin = fp(
  async (
    app: FastifyInstance,
    options: {
      /** The datakluis agreement gate: throws `agreement_required` until the employer signed. */
      agreement: { requireAgreement(actor: EmployerActor): Promise<void> };
    },
  ) => {
    function resolve(request: FastifyRequest): Actor | null {
      requireAuthenticated(request);
      // The session plugin read the actor with the session: no further query.
      return request.sessionActor;
    }
    function actorWith(request: FastifyRequest, permission: Permission): Actor {
      const actor = resolve(request);
      if (!actor || !roleHasPermission(actor.role, permission)) throw errors.forbidden();
      return actor;
    }
    function forEmployer(actor: Actor): EmployerActor {
      if (!actor.employerId) throw sessionErrors.noActiveEmployer();
      return { ...actor, employerId: actor.employerId };
    }
    app.decorateRequest('requireActor', async function (this: FastifyRequest, permission) {
      const employerActor = forEmployer(actorWith(this, permission));
      await options.agreement.requireAgreement(employerActor);
      return employerActor;
    });
    app.decorateRequest('requireActorForAgreement', async function (this: FastifyRequest) {
      const actor = resolve(this);
      if (!actor) throw errors.forbidden();
      return forEmployer(actor);
    });
    app.decorateRequest(
      'requireActorAcrossEmployers',
      async function (this: FastifyRequest, permission) {
        return actorWith(this, permission);
      },
    );
    app.decorate('apiRouteAccess', [] as ApiRouteAccess[]);
    app.addHook('onRoute', (route) => {
      const config = route.config as { permission?: Permission; acrossEmployers?: boolean };
      const permission = config?.permission;
      // The REST API v1 answers bearer tokens, not sessions: its scopes are its access list.
      if (route.url.startsWith('/api/') && !route.url.startsWith(versionedApiPrefix)) {
        for (const method of [route.method].flat()) {
          if (method === 'HEAD') continue;
          app.apiRouteAccess.push({
            method,
            url: route.url,
            permission: permission ?? null,
            acrossEmployers: config?.acrossEmployers === true,
          });
        }
      }
      if (!permission) return;
      const check = async (request: FastifyRequest) => {
        if (config.acrossEmployers) await request.requireActorAcrossEmployers(permission);
        else await request.requireActor(permission);
      };
      const existing = route.onRequest;
      route.onRequest = existing
        ? [check, ...(Array.isArray(existing) ? existing : [existing])]
        : [check];
    });
  },
  { name: 'actor', dependencies: ['session'] },
);
