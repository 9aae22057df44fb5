import { crc32, createDeflate, createDeflateRaw, deflateRawSync, deflateSync } from 'node:zlib';

/**
 * Small but real files of each kind an upload may be, built in the test instead of checked in,
 * so it is visible what makes each one what it is.
 */

/** A one-page PDF that a viewer opens. */
export function samplePdf(text = 'Verslag'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 12 Tf 20 50 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 12 Tf 20 50 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A 1×1 PNG. */
export function samplePng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, checksum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The start of a JFIF JPEG (what detection reads); enough for a type check. */
export function sampleJpeg(): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0', 'latin1'),
    Buffer.from([1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]),
  ]);
}

/** An entry as a ZIP stores it: deflated data, the CRC and size of the unpacked bytes. */
type PackedEntry = { name: string; data: Buffer; crc: number; size: number; declaredSize?: number };

/** A ZIP archive of the given entries, deflated, with a central directory. */
export function sampleZip(entries: Record<string, string>): Buffer {
  return zipOf(
    Object.entries(entries).map(([name, text]) => {
      const raw = Buffer.from(text, 'utf8');
      return { name, data: deflateRawSync(raw), crc: crc32(raw), size: raw.length };
    }),
  );
}

function zipOf(entries: PackedEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, crc, size, declaredSize = size } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declaredSize, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declaredSize, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const workbookParts = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    '</Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml':
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheets><sheet name="Werknemers" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};

/**
 * A ZIP bomb shaped as an xlsx: its sheet (or `part`) is `unpackedBytes` of XML whitespace,
 * deflated to about a thousandth. The central directory declares `declaredBytes` for it (by
 * default the truth; a smaller number is the lie of a bomb that hides). Built in chunks, so the
 * test never holds the unpacked part either.
 */
export async function sampleXlsxBomb(
  unpackedBytes: number,
  { declaredBytes = unpackedBytes, part = 'xl/worksheets/sheet1.xml' } = {},
): Promise<Buffer> {
  let packed = packedParts.get(unpackedBytes);
  if (!packed) {
    packed = packedWhitespace(unpackedBytes, 'raw');
    packedParts.set(unpackedBytes, packed);
  }
  const parts = Object.entries(workbookParts)
    .filter(([name]) => name !== part)
    .map(([name, text]) => {
      const raw = Buffer.from(text, 'utf8');
      return { name, data: deflateRawSync(raw), crc: crc32(raw), size: raw.length };
    });
  return zipOf([...parts, { ...(await packed), name: part, declaredSize: declaredBytes }]);
}

/**
 * A PDF bomb: a stream whose dictionary declares an absurd /Length and which inflates (zlib, as
 * /FlateDecode) to `unpackedBytes`, then arrays nested `depth` deep. A parser that trusted it
 * would allocate gigabytes or overflow its stack; a store that only sniffs "%PDF-" keeps it as is.
 */
export async function samplePdfBomb(unpackedBytes: number, depth = 100_000): Promise<Buffer> {
  const { data } = await packedWhitespace(unpackedBytes, 'zlib');
  return Buffer.concat([
    Buffer.from('%PDF-1.7\n1 0 obj\n<< /Length 99999999999999 /Filter /FlateDecode >>\nstream\n'),
    data,
    Buffer.from(`\nendstream\nendobj\n2 0 obj\n${'['.repeat(depth)}${']'.repeat(depth)}\nendobj\n`),
    Buffer.from('trailer\n<< /Root 1 0 R /Size 99999999 >>\n%%EOF\n'),
  ]);
}

/** Deflating hundreds of megabytes takes seconds: each size is packed once per test file. */
const packedParts = new Map<number, Promise<Omit<PackedEntry, 'name'>>>();

async function packedWhitespace(
  bytes: number,
  format: 'raw' | 'zlib',
): Promise<Omit<PackedEntry, 'name'>> {
  // Whitespace between rows is well-formed XML, and deflate packs it best (about 1,000:1).
  const spaces = Buffer.alloc(64 * 1024, ' ');
  const deflate = format === 'raw' ? createDeflateRaw({ level: 9 }) : createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  let size = 0;
  while (size < bytes) {
    const chunk = spaces.subarray(0, Math.min(spaces.length, bytes - size));
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { data: Buffer.concat(chunks), crc, size };
}

function officeFile(mainPartPath: string, mainContentType: string): Buffer {
  return sampleZip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/${mainPartPath}" ContentType="${mainContentType}"/>` +
      '</Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${mainPartPath}"/></Relationships>`,
    [mainPartPath]: '<?xml version="1.0" encoding="UTF-8"?><document/>',
  });
}

export const sampleDocx = () =>
  officeFile(
    'word/document.xml',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  );
export const sampleXlsx = () =>
  officeFile(
    'xl/workbook.xml',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  );
/** A Word document with macros (.docm): same container, another main part type. */
export const sampleDocm = () =>
  officeFile('word/document.xml', 'application/vnd.ms-word.document.macroEnabled.main+xml');

/** The header of a Windows executable ("MZ", DOS stub, PE offset). */
export function sampleExe(): Buffer {
  const bytes = Buffer.alloc(128);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(64, 60);
  bytes.write('PE\0\0', 64, 'latin1');
  return bytes;
}

/** The header of an OLE compound file, the container of .doc and .xls. */
export function sampleOle(): Buffer {
  return Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(504),
  ]);
}
