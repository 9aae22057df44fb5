import type { FastifyRequest } from 'fastify';
import { AppError, errors } from '../errors.js';

/** The one file of a multipart upload, read whole, with the text fields sent before it. */
export type UploadedFile = { fileName: string; content: Buffer; fields: Record<string, string> };

/**
 * Reads the one file of a multipart request, and every field, within the limits the route's
 * plugin registered `@fastify/multipart` with; undefined when the request holds no file. The whole
 * body is read, so that a second file is refused rather than silently dropped. Not multipart: 415.
 * The file over its limit: `tooLarge()`. Too many parts, files or fields: 413. A body that is no
 * valid multipart (no boundary, another boundary, cut off, a damaged part header), which the
 * parser reports with plain errors: 400 `malformed_upload`, never a 500.
 */
export async function readUploadedFile(
  request: FastifyRequest,
  tooLarge: () => AppError,
): Promise<UploadedFile | undefined> {
  if (!request.isMultipart()) throw errors.unsupportedMediaType();
  let file: { fileName: string; content: Buffer } | undefined;
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      // The plugin's files limit refuses a second file; this holds without it.
      if (file) throw errors.payloadTooLarge();
      file = { fileName: part.filename, content: await part.toBuffer() };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    const status = error instanceof Error && 'statusCode' in error ? error.statusCode : undefined;
    if (status === 413) throw errors.payloadTooLarge();
    throw errors.malformedUpload();
  }
  return file && { ...file, fields };
}
