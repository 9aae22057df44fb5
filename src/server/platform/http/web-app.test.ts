import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressFolder } from '../../../../scripts/vite-precompress.js';
import { requestContext } from './request-context.js';
import { registerWebApp } from './web-app.js';

// A build as vite writes it, precompressed by the same code as at build time.
const script = `export const app = ${JSON.stringify('verzuim '.repeat(400))};\n`;
const shell = `<!doctype html><html><head><title>Verzuim</title></head><body>${'<div></div>'.repeat(200)}</body></html>`;
const immutable = 'public, max-age=31536000, immutable';

describe('the web app: precompressed, cached assets and a revalidated shell', () => {
  let folder: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'verzuim-web-'));
    await mkdir(path.join(folder, 'assets'));
    await writeFile(path.join(folder, 'index.html'), shell);
    await writeFile(path.join(folder, 'assets', 'index-AbC123.js'), script);
    await writeFile(path.join(folder, 'assets', 'tiny-XyZ789.css'), 'a{color:red}');
    await precompressFolder(folder);
    app = Fastify();
    await app.register(requestContext);
    await registerWebApp(app, folder);
  });
  afterAll(async () => {
    await app.close();
    await rm(folder, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    app.inject({
      method: 'GET',
      url,
      headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
    });

  it('sends the brotli copy of a hashed asset to a browser that takes it, cached for a year', async () => {
    const response = await get('/assets/index-AbC123.js', 'gzip, deflate, br, zstd');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe(immutable);
    expect(response.headers['vary']).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(script);
    expect(response.rawPayload.length).toBeLessThan(script.length / 10);
  });

  it('sends gzip where brotli is not accepted, and the file itself where nothing is', async () => {
    const gzipped = await get('/assets/index-AbC123.js', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(script);
    expect(gzipped.headers['cache-control']).toBe(immutable);

    const plain = await get('/assets/index-AbC123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    expect(plain.headers['cache-control']).toBe(immutable);
  });

  it('sends a file too small to compress as it is, still cached for a year', async () => {
    const response = await get('/assets/tiny-XyZ789.css', 'br, gzip');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body).toBe('a{color:red}');
    expect(response.headers['cache-control']).toBe(immutable);
  });

  it('answers index.html for client-side routes, compressed and revalidated on every load', async () => {
    for (const url of ['/', '/login', '/werknemers/123', '/index.html']) {
      const response = await get(url, 'gzip, deflate, br');
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(brotliDecompressSync(response.rawPayload).toString(), url).toBe(shell);
    }
    const plain = await get('/login');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(shell);
    expect(plain.headers['cache-control']).toBe('no-cache');
  });

  it('answers 404, not the shell, for an asset that is not there (an old build)', async () => {
    for (const url of ['/assets/index-Old999.js', '/api/nothing-here']) {
      const response = await get(url, 'br');
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code, url).toBe('not_found');
    }
  });
});
