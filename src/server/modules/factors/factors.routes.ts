import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  secondFactorChallengeRequestSchema,
  secondFactorChallengeResponseSchema,
} from '../../../contracts/auth.js';
import { errorResponseSchema } from '../../../contracts/common.js';
import {
  backupCodesResponseSchema,
  confirmCodeRequestSchema,
  enrolmentResultSchema,
  factorIdParamsSchema,
  factorsResponseSchema,
  loginFactorOptionsResponseSchema,
  smsEnrolmentRequestSchema,
  smsEnrolmentResponseSchema,
  totpEnrolmentResponseSchema,
  webauthnEnrolmentRequestSchema,
  webauthnOptionsResponseSchema,
} from '../../../contracts/factors.js';
import type { Clock } from '../../platform/clock.js';
import { errors } from '../../platform/errors.js';
import { requireAuthenticated, requireStepUp } from '../../platform/session/session.plugin.js';
import type { FactorsUseCases } from './factors.usecases.js';

type Session = NonNullable<FastifyRequest['session']>;

type FactorsRouteOptions = { factors: FactorsUseCases; clock: Clock };

const errorResponses = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  429: errorResponseSchema,
};

/** The pending login (password done, second factor not yet), or 401. */
function requirePendingLogin(request: FastifyRequest): Session {
  if (request.session?.stage !== 'password_verified') throw errors.unauthenticated();
  return request.session;
}

/**
 * Changing factors: a logged-in user with a fresh step-up, or a first-login session that has no
 * factor yet (stage setup_required, which the password-setting flow creates).
 */
function requireFactorChange(request: FastifyRequest, now: Date): Session {
  if (request.session?.stage === 'setup_required') return request.session;
  return requireStepUp(request, now);
}

/** Reading the list needs a session that may see its own security settings. */
function requireFactorView(request: FastifyRequest): Session {
  const stage = request.session?.stage;
  if (request.session && (stage === 'authenticated' || stage === 'setup_required')) {
    return request.session;
  }
  throw errors.unauthenticated();
}

export async function factorsRoutes(
  app: FastifyInstance,
  { factors, clock }: FactorsRouteOptions,
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  /**
   * A new mobile number replaces a verified one: that is changing a factor the account already
   * has, so it needs the step-up even in the first-login stage (which only adds a first factor).
   */
  async function requirePhoneChange(request: FastifyRequest): Promise<Session> {
    const session = requireFactorChange(request, clock.now());
    if (session.stage === 'setup_required' && (await factors.maskedPhone(session.userId)) !== null)
      return requireStepUp(request, clock.now());
    return session;
  }

  routes.get(
    '/api/auth/second-factor/options',
    {
      schema: {
        tags: ['auth'],
        summary: 'The second factors the pending login can use',
        response: { 200: loginFactorOptionsResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const session = requirePendingLogin(request);
      return {
        factors: await factors.listKinds(session.userId),
        maskedPhone: await factors.maskedPhone(session.userId),
      };
    },
  );

  routes.post(
    '/api/auth/second-factor/challenge',
    {
      schema: {
        tags: ['auth'],
        summary: 'Send an SMS code, or get WebAuthn options, for the pending login',
        body: secondFactorChallengeRequestSchema,
        response: { 200: secondFactorChallengeResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const session = requirePendingLogin(request);
      return factors.startChallenge(session.userId, session.id, request.body.kind, 'login');
    },
  );

  routes.post(
    '/api/auth/step-up/challenge',
    {
      schema: {
        tags: ['auth'],
        summary: 'Send an SMS code, or get WebAuthn options, for a step-up of this session',
        body: secondFactorChallengeRequestSchema,
        response: { 200: secondFactorChallengeResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const session = requireAuthenticated(request);
      return factors.startChallenge(session.userId, session.id, request.body.kind, 'step_up');
    },
  );

  routes.get(
    '/api/factors',
    {
      schema: {
        tags: ['factors'],
        summary: "The user's second factors, verified mobile number and backup codes left",
        response: { 200: factorsResponseSchema, ...errorResponses },
      },
    },
    async (request) => factors.listFactors(requireFactorView(request).userId),
  );

  routes.post(
    '/api/factors/totp',
    {
      schema: {
        tags: ['factors'],
        summary: 'Start adding an authenticator app: a new secret and its otpauth URI',
        response: { 200: totpEnrolmentResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const session = requireFactorChange(request, clock.now());
      return factors.startTotpEnrolment(session.userId, session.id);
    },
  );

  routes.post(
    '/api/factors/totp/confirm',
    {
      schema: {
        tags: ['factors'],
        summary: 'Finish adding an authenticator app with a code from it',
        body: confirmCodeRequestSchema,
        response: { 200: enrolmentResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const session = requireFactorChange(request, clock.now());
      return factors.confirmTotpEnrolment(session.userId, session.id, request.body.code);
    },
  );

  routes.post(
    '/api/factors/sms',
    {
      schema: {
        tags: ['factors'],
        summary: 'Send a verification code to a new mobile number (it replaces a verified one)',
        body: smsEnrolmentRequestSchema,
        response: { 200: smsEnrolmentResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const session = await requirePhoneChange(request);
      return factors.startSmsEnrolment(session.userId, session.id, request.body.phone);
    },
  );

  routes.post(
    '/api/factors/sms/confirm',
    {
      schema: {
        tags: ['factors'],
        summary: 'Verify the new mobile number with the code sent to it',
        body: confirmCodeRequestSchema,
        response: { 200: enrolmentResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const session = await requirePhoneChange(request);
      return factors.confirmSmsEnrolment(session.userId, session.id, request.body.code);
    },
  );

  routes.post(
    '/api/factors/webauthn/options',
    {
      schema: {
        tags: ['factors'],
        summary: 'Registration options for a new security key',
        response: { 200: webauthnOptionsResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const session = requireFactorChange(request, clock.now());
      return { options: await factors.startWebAuthnEnrolment(session.userId, session.id) };
    },
  );

  routes.post(
    '/api/factors/webauthn',
    {
      schema: {
        tags: ['factors'],
        summary: "Register a security key with the browser's attestation",
        body: webauthnEnrolmentRequestSchema,
        response: { 200: enrolmentResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const session = requireFactorChange(request, clock.now());
      return factors.confirmWebAuthnEnrolment(
        session.userId,
        session.id,
        request.body.response,
        request.body.label,
      );
    },
  );

  routes.delete(
    '/api/factors/:id',
    {
      schema: {
        tags: ['factors'],
        summary: 'Remove a second factor (never the last one)',
        params: factorIdParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const session = requireStepUp(request, clock.now());
      await factors.removeFactor(session.userId, request.params.id, session.id);
      return reply.status(204).send(null);
    },
  );

  routes.post(
    '/api/factors/backup-codes',
    {
      schema: {
        tags: ['factors'],
        summary: 'Generate 10 new backup codes; all earlier codes stop working',
        response: { 200: backupCodesResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const session = requireStepUp(request, clock.now());
      return { codes: await factors.generateBackupCodes(session.userId, session.id) };
    },
  );
}
