import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalFileStorage, type FileStorage } from './files.js';

function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

describe('local file storage', () => {
  let parent: string;
  let root: string;
  let storage: FileStorage;
  beforeEach(async () => {
    parent = await mkdtemp(path.join(os.tmpdir(), 'verzuim-files-'));
    root = path.join(parent, 'files');
    storage = createLocalFileStorage(root);
  });
  afterEach(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('gives back exactly what was stored, with its size and SHA-256, in new directories', async () => {
    const content = Buffer.from('Verslag van de bedrijfsarts – week 6 ✓', 'utf8');

    const stored = await storage.put('employer-1/case-7/report', content);

    expect(stored).toEqual({ size: content.length, sha256: sha256(content) });
    expect(await storage.exists('employer-1/case-7/report')).toBe(true);
    expect(await text(await storage.get('employer-1/case-7/report'))).toBe(
      content.toString('utf8'),
    );
  });

  it('stores a stream of many chunks and counts every byte', async () => {
    const chunks = Array.from({ length: 50 }, (_, index) => Buffer.alloc(10_000, index));
    const whole = Buffer.concat(chunks);

    const stored = await storage.put('uploads/large', Readable.from(chunks));

    expect(stored).toEqual({ size: 500_000, sha256: sha256(whole) });
    const back: Buffer[] = [];
    for await (const chunk of await storage.get('uploads/large')) back.push(chunk as Buffer);
    expect(Buffer.concat(back).equals(whole)).toBe(true);
  });

  it('a second put under the same key replaces the content', async () => {
    await storage.put('doc', Buffer.from('eerste versie'));
    await storage.put('doc', Buffer.from('tweede versie'));
    expect(await text(await storage.get('doc'))).toBe('tweede versie');
  });

  it('a write that fails halfway leaves no file and keeps the previous content', async () => {
    function halfThenConnectionLost(): Readable {
      return new Readable({
        read() {
          this.push(Buffer.from('een halve'));
          this.destroy(new Error('connection lost'));
        },
      });
    }
    await storage.put('letters/a', Buffer.from('de oude brief'));

    await expect(storage.put('letters/a', halfThenConnectionLost())).rejects.toThrow(
      'connection lost',
    );
    await expect(storage.put('letters/b', halfThenConnectionLost())).rejects.toThrow(
      'connection lost',
    );

    expect(await text(await storage.get('letters/a'))).toBe('de oude brief');
    expect(await storage.exists('letters/b')).toBe(false);
    expect(await readdir(path.join(root, 'letters'))).toEqual(['a']);
  });

  it.each([
    '../outside',
    'a/../../outside',
    '/etc/passwd',
    'a//b',
    'a/',
    '',
    'report.pdf',
    'a\\b',
    'naïve',
    'a/./b',
  ])('refuses the key %j for every operation', async (key) => {
    await expect(storage.put(key, Buffer.from('x'))).rejects.toThrow('Invalid file key');
    await expect(storage.get(key)).rejects.toThrow('Invalid file key');
    await expect(storage.exists(key)).rejects.toThrow('Invalid file key');
    await expect(storage.delete(key)).rejects.toThrow('Invalid file key');
    expect(await readdir(parent)).toEqual([]);
  });

  it('reading a missing file fails with a clear error; it does not exist; deleting it is fine', async () => {
    await expect(storage.get('employer-1/missing')).rejects.toThrow(
      'No file stored under key employer-1/missing',
    );
    expect(await storage.exists('employer-1/missing')).toBe(false);
    await expect(storage.delete('employer-1/missing')).resolves.toBeUndefined();
  });

  it('a directory of keys is not a file', async () => {
    await storage.put('employer-1/doc', Buffer.from('x'));
    expect(await storage.exists('employer-1')).toBe(false);
    await expect(storage.get('employer-1')).rejects.toThrow('No file stored under key employer-1');
    expect(await storage.exists('employer-1/doc/below')).toBe(false);
  });

  it('deletes a stored file', async () => {
    await storage.put('tmp/export', Buffer.from('x'));
    await storage.delete('tmp/export');
    expect(await storage.exists('tmp/export')).toBe(false);
  });
});
