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
  if (files.length > 0xffff) throw new Error('Too many ZIP entries');
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
    // The local header and the central directory record share these fields, 2 bytes apart.
    const fields = Buffer.alloc(22);
    fields.writeUInt16LE(0x0800, 0);
    fields.writeUInt16LE(8, 2);
    fields.writeUInt16LE(time, 4);
    fields.writeUInt16LE(date, 6);
    fields.writeUInt32LE(crc, 8);
    fields.writeUInt32LE(data.length, 12);
    fields.writeUInt32LE(file.data.length, 16);
    fields.writeUInt16LE(name.length, 20);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    fields.copy(local, 6, 0, 22);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    fields.copy(central, 8, 0, 22);
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
  return Buffer.concat([...parts, directory, end]);
}
