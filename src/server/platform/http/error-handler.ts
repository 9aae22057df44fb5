import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorResponse } from '../../../contracts/common.js';
import { isDatabaseUnavailable } from '../../db/connection.js';
import { localeFromAcceptLanguage } from '../i18n/i18n.js';
import { AppError, errors, type FieldError } from '../errors.js';
import { setRequestLocale } from './request-context.js';

type ZodValidationItem = {
  keyword: string;
  instancePath: string;
  message: string;
  params: Record<string, unknown>;
};

/** Maps Zod issue codes onto the catalogue's `errors.field.*` messages. */
function fieldErrorsFrom(items: ZodValidationItem[], context: string | undefined): FieldError[] {
  return items.flatMap((item): FieldError[] => {
    const basePath = [context === 'body' ? '' : context, ...item.instancePath.split('/')]
      .filter(Boolean)
      .join('.');
    switch (item.keyword) {
      case 'unrecognized_keys': {
        const keys = Array.isArray(item.params.keys) ? (item.params.keys as string[]) : [];
        return keys.map((key) => ({
          path: [basePath, key].filter(Boolean).join('.'),
          code: 'unknown_key',
        }));
      }
      case 'invalid_type':
        return [
          {
            path: basePath,
            code: /received undefined$/.test(item.message) ? 'required' : 'invalid_type',
          },
        ];
      case 'too_small':
      case 'too_big':
        return [
          {
            path: basePath,
            code: item.keyword,
            params: { limit: item.params.minimum ?? item.params.maximum },
          },
        ];
      case 'invalid_format':
        return [{ path: basePath, code: 'invalid_format' }];
      case 'custom': {
        // A refinement names its own message: `.refine(check, { params: { code: 'invalid_bsn' } })`.
        // Other params of the refinement fill its message (`{{first}}` of date_out_of_range).
        const { code, ...params } = (item.params.params ?? {}) as Record<string, unknown>;
        return [
          {
            path: basePath,
            code: typeof code === 'string' ? code : 'invalid_value',
            ...(Object.keys(params).length > 0 ? { params } : {}),
          },
        ];
      }
      default:
        return [{ path: basePath, code: 'invalid_value' }];
    }
  });
}

/** Fastify's own 4xx errors (body parsing, limits) as AppErrors with stable codes. */
function appErrorFromFastify(error: FastifyError): AppError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return errors.malformedJson();
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return errors.payloadTooLarge();
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return errors.unsupportedMediaType();
    case 'FST_ERR_NOT_FOUND':
      return errors.notFound();
  }
  if (error instanceof SyntaxError) return errors.malformedJson();
  if (error.statusCode === 429) return errors.rateLimited();
  if (error.statusCode === 401) return errors.unauthenticated();
  if (error.statusCode === 403) return errors.forbidden();
  if (error.statusCode === 404) return errors.notFound();
  if (error.statusCode === 413) return errors.payloadTooLarge();
  if (error.statusCode === 415) return errors.unsupportedMediaType();
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError('bad_request', error.statusCode);
  }
  return undefined;
}

export function toErrorResponse(request: FastifyRequest, error: AppError): ErrorResponse {
  return {
    error: {
      code: error.code,
      message: request.t(error.messageKey, error.params),
      ...(error.fields
        ? {
            fields: error.fields.map((field) => ({
              path: field.path,
              code: field.code,
              message: request.t(`errors.field.${field.code}`, field.params),
            })),
          }
        : {}),
    },
  };
}

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  error: AppError,
): FastifyReply {
  return reply.status(error.status).send(toErrorResponse(request, error));
}

/** Every error leaves as `{ error: { code, message, fields? } }`; only real faults are 500. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ err: error }, 'application error');
      return sendError(request, reply, error);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const items = error.validation as unknown as ZodValidationItem[];
      return sendError(
        request,
        reply,
        errors.validation(fieldErrorsFrom(items, error.validationContext)),
      );
    }
    const mapped = appErrorFromFastify(error);
    if (mapped) {
      request.log.info({ code: error.code, status: mapped.status }, 'request refused');
      return sendError(request, reply, mapped);
    }
    if (isDatabaseUnavailable(error)) {
      // The pool replaces a lost connection by itself; the client may try again shortly.
      request.log.warn({ err: error }, 'database unavailable');
      return sendError(request, reply.header('retry-after', '5'), errors.unavailable());
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendError(request, reply, errors.internal());
  });
}

/**
 * Fastify's router refusals before any hook runs (a path parameter that is no valid percent-encoding
 * or longer than the router allows): in the error shape like every other answer.
 */
export function frameworkErrorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  setRequestLocale(request, localeFromAcceptLanguage(request.headers['accept-language']));
  const mapped = appErrorFromFastify(error);
  if (!mapped) request.log.error({ err: error }, 'unexpected router error');
  return sendError(request, reply, mapped ?? errors.internal());
}
