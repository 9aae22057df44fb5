import { createInflateRaw, inflateRawSync } from 'node:zlib';

/**
 * Reading ZIP archives that come from outside (an uploaded DOCX or XLSX) without trusting them:
 * the entries from the central directory at the end of the file (the authoritative list; local
 * headers may lie), and inflation that stops at a bound, so that a ZIP bomb (a few kB that unpack
 * to gigabytes) costs neither memory nor more time than the bound allows. Stored and deflated
 * entries only; no ZIP64 (its sizes are 0xFFFFFFFF, above any bound), no encryption.
 */

type ZipEntry = {
  name: string;
  encrypted: boolean;
  method: number;
  /** The data as stored (compressed), located through the entry's local header. */
  data: Buffer;
  /** The size the central directory declares; inflating may give more, which is checked. */
  declaredSize: number;
};

/** The entries of the archive, or undefined when it is no readable ZIP. */
function zipEntries(zip: Buffer): ZipEntry[] | undefined {
  const endOfDirectory = findEndOfCentralDirectory(zip);
  if (endOfDirectory === undefined) return undefined;
  const count = zip.readUInt16LE(endOfDirectory + 10);
  let offset = zip.readUInt32LE(endOfDirectory + 16);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50) return undefined;
    const flags = zip.readUInt16LE(offset + 8);
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const declaredSize = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeader = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (localHeader + 30 > zip.length || zip.readUInt32LE(localHeader) !== 0x04034b50) {
      return undefined;
    }
    const dataStart =
      localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    if (dataStart + compressedSize > zip.length) return undefined;
    entries.push({
      name,
      encrypted: (flags & 0x1) !== 0,
      method,
      data: zip.subarray(dataStart, dataStart + compressedSize),
      declaredSize,
    });
  }
  return entries;
}

function findEndOfCentralDirectory(zip: Buffer): number | undefined {
  // The record is 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let offset = zip.length - 22; offset >= earliest; offset--) {
    if (zip.readUInt32LE(offset) === 0x06054b50) return offset;
  }
  return undefined;
}

/**
 * One entry of a ZIP archive, unpacked, when it unpacks to at most `maxBytes`. Undefined when the
 * archive or the entry cannot be read, or is larger.
 */
export function readZipEntry(zip: Buffer, name: string, maxBytes: number): Buffer | undefined {
  const entry = zipEntries(zip)?.find((candidate) => candidate.name === name);
  if (!entry || entry.encrypted) return undefined;
  if (entry.method === 0) return entry.data.length <= maxBytes ? entry.data : undefined;
  if (entry.method !== 8) return undefined;
  try {
    return inflateRawSync(entry.data, { maxOutputLength: maxBytes });
  } catch {
    return undefined;
  }
}

export type UnpackedSizeProblem = 'unreadable' | 'too_large';

/**
 * Whether every entry of the archive together unpacks to at most `maxBytes`: first by the sizes
 * the central directory declares (a plain ZIP bomb is refused without inflating a byte), then by
 * inflating each entry and counting, without keeping the output, so that an archive whose
 * directory understates its sizes is refused too. Memory stays at zlib's window and one chunk.
 * Undefined when the archive is fine.
 */
export async function unpackedSizeProblem(
  zip: Buffer,
  maxBytes: number,
): Promise<UnpackedSizeProblem | undefined> {
  const entries = zipEntries(zip);
  if (!entries) return 'unreadable';
  let declared = 0;
  for (const entry of entries) {
    if (entry.encrypted || (entry.method !== 0 && entry.method !== 8)) return 'unreadable';
    declared += entry.declaredSize;
  }
  if (declared > maxBytes) return 'too_large';
  let budget = maxBytes;
  for (const entry of entries) {
    const unpacked = entry.method === 0 ? entry.data.length : await inflatedSize(entry, budget);
    if (unpacked === 'unreadable') return 'unreadable';
    if (unpacked > budget) return 'too_large';
    budget -= unpacked;
  }
  return undefined;
}

/** How many bytes the entry inflates to, counted up to one past `budget`. */
function inflatedSize(entry: ZipEntry, budget: number): Promise<number | 'unreadable'> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let total = 0;
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        inflate.destroy();
        resolve(total);
      }
    });
    inflate.on('end', () => resolve(total));
    inflate.on('error', () => resolve('unreadable'));
    inflate.end(entry.data);
  });
}
