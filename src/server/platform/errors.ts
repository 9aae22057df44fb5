/**
 * The one error type of the app. `code` is stable (the web translates by it and tests match it);
 * the public message is looked up in the catalogue as `errors.<code>`; `detail` is for logs only.
 */
export type FieldError = { path: string; code: string; params?: Record<string, unknown> };

export class AppError extends Error {
  override name = 'AppError';
  readonly code: string;
  readonly status: number;
  readonly params: Record<string, unknown>;
  readonly fields: FieldError[] | undefined;

  constructor(
    code: string,
    status: number,
    options: { params?: Record<string, unknown>; fields?: FieldError[]; detail?: string } = {},
  ) {
    super(options.detail ?? code);
    this.code = code;
    this.status = status;
    this.params = options.params ?? {};
    this.fields = options.fields;
  }

  get messageKey(): string {
    return `errors.${this.code}`;
  }
}

export const errors = {
  validation: (fields: FieldError[]) => new AppError('validation', 400, { fields }),
  /** One field refused by a business rule; its message is `errors.field.<code>` with `params`. */
  invalidField: (path: string, code: string, params?: Record<string, unknown>) =>
    new AppError('validation', 400, { fields: [{ path, code, ...(params ? { params } : {}) }] }),
  malformedJson: () => new AppError('malformed_json', 400),
  /** A multipart body that is no valid multipart: no or another boundary, cut off, damaged. */
  malformedUpload: () => new AppError('malformed_upload', 400),
  unsupportedMediaType: () => new AppError('unsupported_media_type', 415),
  payloadTooLarge: () => new AppError('payload_too_large', 413),
  unauthenticated: () => new AppError('unauthenticated', 401),
  forbidden: () => new AppError('forbidden', 403),
  notFound: () => new AppError('not_found', 404),
  rateLimited: () => new AppError('rate_limited', 429),
  /** The database cannot be reached just now (a restart, a failover, a dropped connection). */
  unavailable: () => new AppError('service_unavailable', 503),
  internal: (detail?: string) => new AppError('internal', 500, detail ? { detail } : {}),
};
