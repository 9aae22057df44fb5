import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { entityIdSchema, errorResponseSchema } from '../../../contracts/common.js';
import {
  employerMembersResponseSchema,
  linkAccountRequestSchema,
  myEmployersQuerySchema,
  myEmployersResponseSchema,
  switchEmployerRequestSchema,
} from '../../../contracts/linked-accounts.js';
import type { Permission } from '../../../contracts/permissions.js';
import {
  createUserRequestSchema,
  scopeEmployeesResponseSchema,
  updateUserRequestSchema,
  userDetailResponseSchema,
  userListResponseSchema,
  userScopeRequestSchema,
  userScopeResponseSchema,
} from '../../../contracts/users.js';
import { errors } from '../../platform/errors.js';
import { requestMeta, requireAuthenticated } from '../auth/auth.routes.js';
import type { AuthUseCases } from '../auth/auth.usecases.js';
import type { FactorsUseCases } from '../factors/factors.usecases.js';
import { usersErrors } from './users.errors.js';
import { type Actor, actorMay, actorOf, type EmployerActor } from './users.policies.js';
import type { UsersUseCases } from './users.usecases.js';

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

/** The actor of a request, from the access the session plugin read (public routes never ask). */
export const actorPlugin = fp(
  async (
    app: FastifyInstance,
    options: {
      /** The datakluis agreement gate: throws `agreement_required` until the employer signed. */
      agreement: { requireAgreement(actor: EmployerActor): Promise<void> };
    },
  ) => {
    async function resolve(request: FastifyRequest): Promise<Actor | undefined> {
      const session = requireAuthenticated(request);
      // The session plugin read the access with the session: no further query.
      if (!request.actorAccess) return undefined;
      return actorOf(request.actorAccess, session, { ip: request.ip, requestId: request.id });
    }
    async function actorWith(request: FastifyRequest, permission: Permission): Promise<Actor> {
      const actor = await resolve(request);
      if (!actor || !actorMay(actor, permission)) throw errors.forbidden();
      return actor;
    }
    app.decorateRequest('requireActor', async function (this: FastifyRequest, permission) {
      const actor = await actorWith(this, permission);
      if (!actor.employerId) throw usersErrors.noActiveEmployer();
      const employerActor = { ...actor, employerId: actor.employerId };
      await options.agreement.requireAgreement(employerActor);
      return employerActor;
    });
    app.decorateRequest('requireActorForAgreement', async function (this: FastifyRequest) {
      const actor = await resolve(this);
      if (!actor) throw errors.forbidden();
      if (!actor.employerId) throw usersErrors.noActiveEmployer();
      return { ...actor, employerId: actor.employerId };
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
      if (route.url.startsWith('/api/')) {
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

const idParams = z.object({ id: entityIdSchema });
const refusals = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
} as const;
/** Refusals of a rule (the own account, the last user manager, a deactivated account). */
const conflict = { 409: errorResponseSchema } as const;

export async function usersRoutes(
  app: FastifyInstance,
  options: {
    users: UsersUseCases;
    factors: Pick<FactorsUseCases, 'usersWithSecondFactor'>;
  },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { users, factors } = options;

  routes.get(
    '/api/users',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags: ['users'],
        summary: "Gebruikersbeheer: the accounts of the actor's employer, by last name",
        response: { 200: userListResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('users.manage');
      return { users: await users.listEmployerUsers(actor, factors) };
    },
  );

  routes.post(
    '/api/users',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags: ['users'],
        summary: 'Add a user to the employer; the first-login mail goes out at once',
        body: createUserRequestSchema,
        response: { 201: userDetailResponseSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('users.manage');
      const user = await users.addUser(actor, request.body, factors);
      return reply.status(201).send({ user });
    },
  );

  routes.get(
    '/api/users/:id',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags: ['users'],
        summary: "One account of the actor's employer",
        params: idParams,
        response: { 200: userDetailResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('users.manage');
      return { user: await users.getUser(actor, request.params.id, factors) };
    },
  );

  routes.patch(
    '/api/users/:id',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags: ['users'],
        summary: 'Edit names, e-mail, gender, login name, role and validity period',
        params: idParams,
        body: updateUserRequestSchema,
        response: { 200: userDetailResponseSchema, ...refusals, ...conflict },
      },
    },
    async (request) => {
      const actor = await request.requireActor('users.manage');
      return { user: await users.updateUser(actor, request.params.id, request.body, factors) };
    },
  );

  routes.post(
    '/api/users/:id/password-reset',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags: ['users'],
        summary: 'Mail the account a password-reset link',
        params: idParams,
        response: { 202: z.null(), ...refusals, ...conflict },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('users.manage');
      await users.sendPasswordReset(actor, request.params.id);
      return reply.status(202).send(null);
    },
  );

  routes.post(
    '/api/users/:id/deactivate',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags: ['users'],
        summary: '"Meteen deactiveren": no more logins, every session ends; nothing is deleted',
        params: idParams,
        response: { 204: z.null(), ...refusals, ...conflict },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('users.manage');
      await users.deactivate(actor, request.params.id);
      return reply.status(204).send(null);
    },
  );

  routes.post(
    '/api/users/:id/reactivate',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags: ['users'],
        summary: 'Undo a deactivation; the user logs in again with password and second factor',
        params: idParams,
        response: { 204: z.null(), ...refusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('users.manage');
      await users.reactivate(actor, request.params.id);
      return reply.status(204).send(null);
    },
  );

  routes.get(
    '/api/users/:id/scope',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags: ['users'],
        summary: '"Dossiertoegang beheren": which employees the user sees',
        params: idParams,
        response: { 200: userScopeResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('users.manage');
      return users.getScope(actor, request.params.id);
    },
  );

  routes.put(
    '/api/users/:id/scope',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags: ['users'],
        summary: "Replace the user's dossier scope (departments and employees of this employer)",
        params: idParams,
        body: userScopeRequestSchema,
        response: { 200: userScopeResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('users.manage');
      return users.replaceScope(actor, request.params.id, request.body);
    },
  );

  routes.get(
    '/api/users/scope-tree/departments/:id/employees',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags: ['users'],
        summary: "The scope tree's employee level: one department's own employees",
        params: idParams,
        response: { 200: scopeEmployeesResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('users.manage');
      return { employees: await users.listScopeTreeEmployees(actor, request.params.id) };
    },
  );

  routes.post(
    '/api/users/:id/unblock',
    {
      config: { permission: 'accounts.unblock', acrossEmployers: true },
      schema: {
        tags: ['users'],
        summary:
          'Lift the block after repeated failed logins (operator admin, or a super user of the employer)',
        params: idParams,
        response: { 204: z.null(), ...refusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActorAcrossEmployers('accounts.unblock');
      await users.unblock(actor, request.params.id);
      return reply.status(204).send(null);
    },
  );

  routes.post(
    '/api/users/:id/sessions/end',
    {
      config: { permission: 'users.manage', acrossEmployers: true },
      schema: {
        tags: ['users'],
        summary: 'End every session of a user (operator admin)',
        params: idParams,
        response: { 204: z.null(), ...refusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActorAcrossEmployers('users.manage');
      await users.endAllSessions(actor, request.params.id);
      return reply.status(204).send(null);
    },
  );
}

/** Linked accounts: the header's employer switch, and linking logins to employers (operator admin). */
export async function linkedAccountsRoutes(
  app: FastifyInstance,
  options: { users: UsersUseCases; auth: Pick<AuthUseCases, 'setActiveEmployer'> },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const errorResponses = {
    400: errorResponseSchema,
    401: errorResponseSchema,
    403: errorResponseSchema,
    404: errorResponseSchema,
    409: errorResponseSchema,
  };

  routes.get(
    '/api/me/employers',
    {
      schema: {
        tags: ['users'],
        summary: 'The employers the user can switch to (operators: every employer, searchable)',
        querystring: myEmployersQuerySchema,
        response: { 200: myEmployersResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const session = requireAuthenticated(request);
      return options.users.employerChoices(session.userId, request.query.search);
    },
  );

  routes.put(
    '/api/me/active-employer',
    {
      schema: {
        tags: ['users'],
        summary: 'Switch the session to another employer the user is linked to',
        body: switchEmployerRequestSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const session = requireAuthenticated(request);
      const meta = requestMeta(request);
      await options.users.switchEmployer(
        { userId: session.userId, sessionId: session.id, ip: meta.ip, requestId: meta.requestId },
        request.body.employerId,
        options.auth,
      );
      return reply.status(204).send(null);
    },
  );

  const employerParams = z.object({ id: entityIdSchema });

  routes.get(
    '/api/employers/:id/members',
    {
      config: { permission: 'accounts.link', acrossEmployers: true },
      schema: {
        tags: ['users'],
        summary: 'The accounts linked to an employer, with their role there (operator admin)',
        params: employerParams,
        response: { 200: employerMembersResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      await request.requireActorAcrossEmployers('accounts.link');
      return { members: await options.users.listLinkedAccounts(request.params.id) };
    },
  );

  routes.post(
    '/api/employers/:id/members',
    {
      config: { permission: 'accounts.link', acrossEmployers: true },
      schema: {
        tags: ['users'],
        summary: 'Link an existing login to this employer with a role (operator admin)',
        params: employerParams,
        body: linkAccountRequestSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActorAcrossEmployers('accounts.link');
      await options.users.linkAccount(actor, request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  routes.delete(
    '/api/employers/:id/members/:userId',
    {
      config: { permission: 'accounts.link', acrossEmployers: true },
      schema: {
        tags: ['users'],
        summary: 'Unlink a login from this employer; never its last one (operator admin)',
        params: z.object({ id: entityIdSchema, userId: entityIdSchema }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActorAcrossEmployers('accounts.link');
      await options.users.unlinkAccount(actor, request.params.id, request.params.userId);
      return reply.status(204).send(null);
    },
  );
}
