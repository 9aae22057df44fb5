import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Writing a ZIP archive of entries we made ourselves (the subject-access export): each entry
 * deflated, names in UTF-8 (flag bit 11), one modification time for all, a central directory.
 * No ZIP64: an archive and each entry stay below 4 GiB, which is checked.
 */
export type ZipFile = { name: string; data: Buffer };

const limit = 0xffffffff;

/** The MS-DOS date and time of `at` (UTC), as ZIP headers store them. */
function dosDateTime(at: Date): { date: number; time: number } {
  const year = Math.max(1980, at.getUTCFullYear());
  return {
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
  };
}

/** The archive of `files`, in their order; the same files and time give the same bytes. */
export function writeZip(files: readonly ZipFile[], modifiedAt: Date): Buffer {
  const { date, time } = dosDateTime(modifiedAt);
  const names = new Set<string>();
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    if (names.has(file.name)) throw new Error(`Duplicate ZIP entry ${file.name}`);
    names.add(file.name);
    const name = Buffer.from(file.name, 'utf8');
    const data = deflateRawSync(file.data);
    const crc = crc32(file.data);
    if (file.data.length > limit || data.length > limit) throw new Error('ZIP entry too large');
    const header = (signature: number, size: number) => {
      const buffer = Buffer.alloc(size);
      buffer.writeUInt32LE(signature, 0);
      return buffer;
    };
    const local = header(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = header(0x02014b50, 46);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(file.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
    if (offset > limit) throw new Error('ZIP archive too large');
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  if (files.length > 0xffff) throw new Error('Too many ZIP entries');
  return Buffer.concat([...parts, directory, end]);
}
