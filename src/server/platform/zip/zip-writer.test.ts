import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readZipEntry, unpackedSizeProblem } from './zip.js';
import { writeZip } from './zip-writer.js';

describe('writeZip', () => {
  const at = new Date('2026-03-04T05:06:08Z');

  it('writes entries that the reader gives back byte for byte, UTF-8 names included', async () => {
    const binary = randomBytes(70_000);
    const zip = writeZip(
      [
        { name: 'dossier.json', data: Buffer.from('{"naam":"Jürgen"}') },
        { name: 'documenten/één.pdf', data: binary },
        { name: 'leeg.txt', data: Buffer.alloc(0) },
      ],
      at,
    );
    expect(readZipEntry(zip, 'dossier.json', 1000)?.toString()).toBe('{"naam":"Jürgen"}');
    expect(readZipEntry(zip, 'documenten/één.pdf', 100_000)?.equals(binary)).toBe(true);
    expect(readZipEntry(zip, 'leeg.txt', 10)?.length).toBe(0);
    expect(await unpackedSizeProblem(zip, 1_000_000)).toBeUndefined();
  });

  it('gives the same bytes for the same files and time, and refuses a duplicate name', () => {
    const files = [{ name: 'a.txt', data: Buffer.from('a') }];
    expect(writeZip(files, at).equals(writeZip(files, at))).toBe(true);
    expect(() => writeZip([...files, ...files], at)).toThrow('Duplicate');
  });

  it('opens with the unzip tool when it is installed', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(tmpdir(), 'zip-'));
    try {
      writeFileSync(
        path.join(dir, 'x.zip'),
        writeZip([{ name: 'a/b.txt', data: Buffer.from('hallo') }], at),
      );
      let listing: string;
      try {
        listing = execFileSync('unzip', ['-t', path.join(dir, 'x.zip')]).toString();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
      expect(listing).toContain('No errors detected');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
