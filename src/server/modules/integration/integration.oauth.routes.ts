import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiTokenSeconds } from '../../../contracts/api-clients.js';
import { errorResponseSchema } from '../../../contracts/common.js';
import { tokenPath } from '../../platform/session/bearer.plugin.js';
import type { ApiClientsUseCases, TokenRefusal } from './integration.clients.usecases.js';

const formType = 'application/x-www-form-urlencoded';

/** The answer of RFC 6749 §5.1. */
const tokenResponseSchema = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int(),
  scope: z.string(),
});

/** The error answer of RFC 6749 §5.2 (not the project's error shape: OAuth clients expect this). */
const tokenErrorSchema = z.object({
  error: z.enum(['invalid_request', 'invalid_client', 'invalid_scope', 'unsupported_grant_type']),
  error_description: z.string(),
});
type TokenError = z.infer<typeof tokenErrorSchema>['error'];

const descriptions: Record<TokenError, string> = {
  invalid_request: 'The request lacks a parameter, repeats one, or is malformed.',
  invalid_client: 'Unknown client, wrong secret, or a revoked client.',
  invalid_scope: 'A requested scope is unknown or not granted to this client.',
  unsupported_grant_type: 'Only grant_type=client_credentials is supported.',
};

const text = z.string().min(1).max(500);
const tokenBodySchema = z.object({
  grant_type: text,
  client_id: text.optional(),
  client_secret: text.optional(),
  scope: z.string().max(500).optional(),
});

/** The client's id and secret of an `Authorization: Basic` header (RFC 6749 §2.3.1). */
function basicCredentials(request: FastifyRequest): [string, string] | 'malformed' | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Basic ([A-Za-z0-9+/]+={0,2})$/i.exec(header);
  if (!match?.[1]) return 'malformed';
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return 'malformed';
  try {
    return [
      decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' ')),
      decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' ')),
    ];
  } catch {
    return 'malformed';
  }
}

/** The form body's parameters; a parameter given twice makes the request invalid (§3.2). */
function parseForm(body: string): Record<string, string> | null {
  const result: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    if (key in result) return null;
    result[key] = value;
  }
  return result;
}

/**
 * `POST /api/v1/oauth/token`: the OAuth2 client-credentials grant (RFC 6749 §4.4). The client
 * authenticates with HTTP Basic or with `client_id` and `client_secret` in the body (form or
 * JSON), and gets a bearer token for `/api/v1` valid for 15 minutes.
 */
export async function oauthRoutes(
  app: FastifyInstance,
  options: { clients: ApiClientsUseCases; perIpPerMinute: number },
): Promise<void> {
  // Only in this plugin's scope: elsewhere a form body stays unsupported.
  app.addContentTypeParser(formType, { parseAs: 'string' }, (_request, body, done) =>
    done(null, parseForm(body as string)),
  );
  // A body Fastify cannot read (empty or malformed JSON) is, to an OAuth client, an invalid
  // request in the answer shape of §5.2; anything else goes on to the app's error handler.
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (error.statusCode !== 400) throw error;
    return reply
      .status(400)
      .header('cache-control', 'no-store')
      .send({ error: 'invalid_request', error_description: descriptions.invalid_request });
  });
  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.post(
    tokenPath,
    {
      config: {
        rateLimit: {
          max: options.perIpPerMinute,
          timeWindow: 60_000,
          keyGenerator: (request) => request.ip,
        },
      },
      schema: {
        tags: ['api-v1'],
        summary: 'A bearer token for /api/v1 (OAuth2 client credentials, RFC 6749 §4.4)',
        description: [
          'Send `grant_type=client_credentials` as a form (`application/x-www-form-urlencoded`) or JSON,',
          'with the client id and secret of the page "Koppelingen" as HTTP Basic or as `client_id`',
          'and `client_secret`, and optionally `scope`: a space-separated subset of the client’s',
          `scopes. The token is valid for ${apiTokenSeconds} seconds; a revoked client is refused.`,
          '',
          '```sh',
          `curl -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=client_credentials -d scope=employees:read https://verzuim.example${tokenPath}`,
          '```',
        ].join('\n'),
        consumes: [formType, 'application/json'],
        response: {
          200: tokenResponseSchema.meta({
            example: {
              access_token: 'mF_9.B5f-4.1JqM4bW2uBxHc9N7b8Fa3sH0yLv6xT0',
              token_type: 'Bearer',
              expires_in: apiTokenSeconds,
              scope: 'employees:read absences:read',
            },
          }),
          400: tokenErrorSchema,
          401: tokenErrorSchema,
          415: errorResponseSchema,
          429: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store').header('pragma', 'no-cache');
      const refuse = (error: TokenError | TokenRefusal) => {
        if (error === 'invalid_client') reply.header('www-authenticate', 'Basic realm="verzuim"');
        return reply
          .status(error === 'invalid_client' ? 401 : 400)
          .send({ error, error_description: descriptions[error] });
      };
      const body = tokenBodySchema.safeParse(request.body);
      if (!body.success) return refuse('invalid_request');
      if (body.data.grant_type !== 'client_credentials') return refuse('unsupported_grant_type');
      const basic = basicCredentials(request);
      if (basic === 'malformed') return refuse('invalid_client');
      const inBody = body.data.client_id !== undefined || body.data.client_secret !== undefined;
      // One way of authenticating per request (§2.3).
      if (basic && inBody) return refuse('invalid_request');
      const [clientId, clientSecret] = basic ?? [body.data.client_id, body.data.client_secret];
      if (clientId === undefined || clientSecret === undefined) return refuse('invalid_client');
      const scope = body.data.scope?.trim();
      const issued = await options.clients.issueToken({
        clientId,
        clientSecret,
        scope: scope === undefined || scope === '' ? undefined : scope,
        ip: request.ip,
        requestId: request.id,
      });
      if (typeof issued === 'string') return refuse(issued);
      return {
        access_token: issued.accessToken,
        token_type: 'Bearer' as const,
        expires_in: issued.expiresIn,
        scope: issued.scope,
      };
    },
  );
}
