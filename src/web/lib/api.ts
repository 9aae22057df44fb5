import type { ErrorResponse } from '../../contracts/common.js';
import { errorBodyOf } from './error-body.js';
import { noteSessionExpiresIn } from './session-clock.js';
import { currentLocale, i18n } from '../i18n/i18n.js';

export type FieldError = NonNullable<ErrorResponse['error']['fields']>[number];

/** A non-2xx answer from the API, carrying the server's (already translated) error body. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  /** The answer's parsed body as sent, for an answer that carries more than the error shape. */
  readonly body: unknown;

  constructor(status: number, body: ErrorResponse['error'], raw?: unknown) {
    super(body.message);
    this.status = status;
    this.code = body.code;
    this.fields = body.fields ?? [];
    this.body = raw;
  }

  /** Field messages by path (`'loginName'`, `'address.city'`), first message per field. */
  fieldErrors(): Record<string, string> {
    const byPath: Record<string, string> = {};
    for (const field of this.fields) byPath[field.path] ??= field.message;
    return byPath;
  }
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: HttpMethod;
  body?: unknown;
  signal?: AbortSignal;
}

async function errorFrom(response: Response): Promise<ApiError> {
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    raw = undefined;
  }
  return new ApiError(
    response.status,
    errorBodyOf(raw) ?? { code: 'internal', message: i18n.t('errors.internal') },
    raw,
  );
}

/**
 * Calls the JSON API on the same origin. Sends the UI language as `Accept-Language` and the
 * `X-Requested-With` header the server's CSRF guard expects; resolves with the parsed body
 * (`undefined` for 204) or throws an `ApiError` (status 0 with code `network` when offline).
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal } = options;
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLocale(),
    'X-Requested-With': 'fetch',
  };
  // A Blob (a chosen file) travels as the raw body; anything else as JSON.
  const raw = body instanceof Blob;
  // A form sets its own multipart Content-Type, with the boundary.
  const form = body instanceof FormData;
  if (body !== undefined && !form)
    headers['Content-Type'] = raw ? 'application/octet-stream' : 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : raw || form ? body : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, { code: 'network', message: i18n.t('errors.network') });
  }

  noteSessionExpiresIn(response.headers.get('x-session-expires-in'));
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/**
 * Fetches a file the API makes (an export) and saves it under the server's file name, for a
 * button that shows the wait; fails with an `ApiError` like any other call.
 */
export async function downloadFile(path: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { 'Accept-Language': currentLocale(), 'X-Requested-With': 'fetch' },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, { code: 'network', message: i18n.t('errors.network') });
  }
  noteSessionExpiresIn(response.headers.get('x-session-expires-in'));
  if (!response.ok) throw await errorFrom(response);
  const disposition = response.headers.get('content-disposition') ?? '';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'download';
  link.click();
  // The browser reads the blob after the click has returned; free it a moment later.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>(path, { signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  put: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  delete: <T>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
  /** Sends a file as the raw request body (application/octet-stream). */
  upload: <T>(path: string, file: Blob) => apiRequest<T>(path, { method: 'POST', body: file }),
  /** Sends a file as multipart/form-data in the field `file`, with its name. */
  uploadForm: <T>(path: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return apiRequest<T>(path, { method: 'POST', body: form });
  },
};

/** The message to show for any error a request or mutation produced. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : i18n.t('errors.internal');
}
