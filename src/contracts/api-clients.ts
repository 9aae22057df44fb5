import { z } from 'zod';
import { entityIdSchema } from './common.js';

/**
 * The credentials an employer's HR system uses on the REST API v1 (SPEC.md §2.10, issue 13): API
 * clients, made, named, rotated and revoked by an integration super user on the page
 * "Koppelingen". A client's secret is shown once, when made or rotated; only its hash is stored.
 */

/** What an API client may do; a token carries these or a subset of them. */
export const apiScopes = [
  'employees:read',
  'employees:write',
  'absences:read',
  'absences:write',
  'tasks:read',
  'documents:write',
] as const;
export const apiScopeSchema = z.enum(apiScopes);
export type ApiScope = z.infer<typeof apiScopeSchema>;

export const apiClientSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  scopes: z.array(apiScopeSchema),
  createdAt: z.iso.datetime(),
  /** Display names of the users who made, last rotated and revoked the client. */
  createdBy: z.string().nullable(),
  rotatedAt: z.iso.datetime().nullable(),
  rotatedBy: z.string().nullable(),
  revokedAt: z.iso.datetime().nullable(),
  revokedBy: z.string().nullable(),
});
export type ApiClient = z.infer<typeof apiClientSchema>;

export const apiClientListSchema = z.object({ clients: z.array(apiClientSchema) });
export type ApiClientList = z.infer<typeof apiClientListSchema>;

export const newApiClientSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    scopes: z
      .array(apiScopeSchema)
      .min(1)
      .refine((scopes) => new Set(scopes).size === scopes.length, {
        params: { code: 'duplicate_scope' },
      }),
  })
  .strict();
export type NewApiClient = z.infer<typeof newApiClientSchema>;

/** A client with its secret: the one answer that ever shows the secret (made or rotated). */
export const apiClientWithSecretSchema = z.object({
  client: apiClientSchema,
  clientSecret: z.string(),
});
export type ApiClientWithSecret = z.infer<typeof apiClientWithSecretSchema>;

export const apiClientParamsSchema = z.object({ clientId: entityIdSchema }).strict();

/** How long a bearer token of `POST /api/v1/oauth/token` lives. */
export const apiTokenSeconds = 15 * 60;
