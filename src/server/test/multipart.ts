import { randomUUID } from 'node:crypto';

/** A multipart/form-data body as a browser sends it: the fields, then the one file. */
export function multipartBody(
  fields: readonly (readonly [string, string])[],
  file: { name: string; content: Buffer; contentType: string },
): { payload: Buffer; contentType: string } {
  const boundary = `----verzuim${randomUUID()}`;
  const parts = fields.map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const payload = Buffer.concat([
    Buffer.from(parts.join(''), 'utf8'),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
        `Content-Type: ${file.contentType}\r\n\r\n`,
      'utf8',
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}
