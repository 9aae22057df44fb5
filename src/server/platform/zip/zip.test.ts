import { describe, expect, it } from 'vitest';
import { sampleXlsx, sampleXlsxBomb, sampleZip } from '../../test/sample-files.js';
import { readZipEntry, unpackedSizeProblem } from './zip.js';

const mebibyte = 1024 * 1024;

describe('reading an uploaded ZIP without trusting it', () => {
  it('reads one entry up to a bound, and nothing of an archive it cannot read', () => {
    const zip = sampleZip({ 'a.txt': 'hallo', 'b.txt': 'x'.repeat(5000) });
    expect(readZipEntry(zip, 'a.txt', 100)?.toString()).toBe('hallo');
    expect(readZipEntry(zip, 'b.txt', 4999)).toBeUndefined();
    expect(readZipEntry(zip, 'c.txt', 100)).toBeUndefined();
    expect(readZipEntry(zip.subarray(0, zip.length - 30), 'a.txt', 100)).toBeUndefined();
  });

  it('passes an ordinary archive and refuses a bomb by its declared size or by counting', async () => {
    expect(await unpackedSizeProblem(sampleXlsx(), mebibyte)).toBeUndefined();
    const honest = await sampleXlsxBomb(64 * mebibyte);
    expect(await unpackedSizeProblem(honest, 32 * mebibyte)).toBe('too_large');
    const hiding = await sampleXlsxBomb(64 * mebibyte, { declaredBytes: 1000 });
    expect(await unpackedSizeProblem(hiding, 32 * mebibyte)).toBe('too_large');
    expect(await unpackedSizeProblem(honest, 65 * mebibyte)).toBeUndefined();
  });

  it('calls a truncated, corrupt or encrypted archive unreadable', async () => {
    const zip = sampleXlsx();
    expect(await unpackedSizeProblem(zip.subarray(0, zip.length / 2), mebibyte)).toBe('unreadable');
    const corrupt = Buffer.from(zip);
    // The first entry's deflated data starts after its 30-byte header and its name.
    corrupt.fill(0xff, 30 + '[Content_Types].xml'.length, 30 + '[Content_Types].xml'.length + 8);
    expect(await unpackedSizeProblem(corrupt, mebibyte)).toBe('unreadable');
    const encrypted = Buffer.from(zip);
    const directory = encrypted.readUInt32LE(encrypted.length - 22 + 16);
    encrypted.writeUInt16LE(0x1, directory + 8);
    expect(await unpackedSizeProblem(encrypted, mebibyte)).toBe('unreadable');
  });
});
