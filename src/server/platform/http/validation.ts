import type {
  FastifyInstance,
  FastifySchema,
  FastifySchemaCompiler,
  preValidationAsyncHookHandler,
} from 'fastify';
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';
import { isStorableText } from '../../../contracts/common.js';
import { errors, type FieldError } from '../errors.js';

/**
 * The path of the first string in `value` (object keys included) that no field may hold, or
 * undefined when there is none.
 */
function unstorableTextPath(value: unknown, path: string[] = []): string[] | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (!isStorableText(key)) return path;
    const found = unstorableTextPath(item, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * The route schemas' Zod validation, after one check for every part of every request (body,
 * query string, path parameters): text with a NUL or a lone surrogate is refused with 400
 * `invalid_characters` on its field, so no route and no query ever has to handle it.
 */
export const validatorCompiler: FastifySchemaCompiler<ZodType> = (route) => {
  const validate = zodValidatorCompiler(route);
  return (data) => {
    const path = unstorableTextPath(data);
    if (!path) return validate(data);
    const part = route.httpPart === 'body' || route.httpPart === undefined ? [] : [route.httpPart];
    return { error: errors.invalidField([...part, ...path].join('.'), 'invalid_characters') };
  };
};

const bodyMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Why a body sent to a route that declares none is refused; undefined for none or `{}`. */
function undeclaredBodyErrors(body: unknown): FieldError[] | undefined {
  if (body === undefined) return undefined;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return [{ path: '', code: 'invalid_type' }];
  }
  const keys = Object.keys(body);
  return keys.length > 0 ? keys.map((key) => ({ path: key, code: 'unknown_key' })) : undefined;
}

/**
 * A state-changing route without a body schema (logout, a vault access request) refuses any body
 * but none or `{}` with 400, as a route with a schema refuses unknown fields: `1`, `"str"` or
 * `null` never reach it. (A hook, not a schema: Fastify hands a missing body to a schema as
 * null, so a schema could not tell `null` from none.) Routes that read their own body declare its
 * type in `consumes` (an upload, an import file) and are left alone. Register before the routes.
 */
export function refuseUndeclaredBodies(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!methods.some((method) => bodyMethods.has(method))) return;
    const schema = (route.schema ?? {}) as FastifySchema & { consumes?: unknown };
    if (schema.body !== undefined || schema.consumes !== undefined) return;
    const refuse: preValidationAsyncHookHandler = async (request) => {
      const fields = undeclaredBodyErrors(request.body);
      if (fields) throw errors.validation(fields);
    };
    const existing = route.preValidation;
    route.preValidation = existing
      ? [...(Array.isArray(existing) ? existing : [existing]), refuse]
      : refuse;
  });
}
