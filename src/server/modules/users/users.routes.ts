import type { FastifyInstance } from 'fastify';
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
import {
  createUserRequestSchema,
  scopeEmployeesResponseSchema,
  updateUserRequestSchema,
  userDetailResponseSchema,
  userListResponseSchema,
  userScopeRequestSchema,
  userScopeResponseSchema,
} from '../../../contracts/users.js';
import { requestMeta, requireAuthenticated } from '../../platform/session/session.plugin.js';
import { careAssignmentsRoutes } from './users.assignments.routes.js';
import { onboardingRoutes } from './users.onboarding.routes.js';
import type { ActiveEmployerSetter, FactorLookup, UsersUseCases } from './users.usecases.js';

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
    factors: FactorLookup;
  },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { users, factors } = options;
  // Beside Gebruikersbeheer: a new employer with its first super user (operator admin).
  await app.register(onboardingRoutes, { users });

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
  options: { users: UsersUseCases; auth: ActiveEmployerSetter },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  // Beside the linked accounts: who of the arbodienst works for the employer.
  await app.register(careAssignmentsRoutes, { users: options.users });
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
