import { buildVerzuimmeldingen } from '../modules/integration/sivi/integration.sivi.export.models.js';
import { demoLikeExport } from '../modules/integration/sivi/integration.sivi.fixture.js';
import type { Random } from './fuzz-values.js';
import { hostileXml } from './hostile-xml.js';
import { csvOf, validRow } from './import-files.js';
import {
  sampleDocm,
  sampleDocx,
  sampleExe,
  sampleOle,
  samplePdf,
  samplePng,
  sampleXlsx,
  sampleXlsxBomb,
  sampleZip,
} from './sample-files.js';

/**
 * Request bodies for the operations that take a file, which the OpenAPI document describes by
 * `consumes` only (no JSON schema to fuzz from): each carries a part the operation must refuse.
 * Multipart bodies are broken (no boundary, another boundary, cut off, no file, two files, a file
 * over the limit) or whole with a refused file or field; the employee import's raw body is a
 * truncated xlsx, a ZIP bomb, an old .xls, CSV that cannot be imported, or the wrong type.
 */

/** The operations that take a file, by `METHOD path` of the OpenAPI document. */
export const uploadOperations = {
  'POST /api/employees/{employeeId}/documents': 'document',
  'POST /api/v1/employees/{employee}/documents': 'document',
  'POST /api/integration/employee-import/preview': 'import-preview',
  'POST /api/integration/employee-import': 'import',
  'POST /api/integration/sivi/verzuimmeldingen/check': 'sivi-check',
  'POST /api/integration/sivi/verzuimmeldingen/import': 'sivi-import',
} as const;
export type UploadKind = (typeof uploadOperations)[keyof typeof uploadOperations];

export type UploadLimits = {
  documentMaxBytes: number;
  importMaxBytes: number;
  importMaxRows: number;
};

export type FuzzUpload = {
  headers: Record<string, string>;
  payload: Buffer;
  defect: string;
  /** Stores nothing by design and may answer 200 with its findings (a preview, a check). */
  read: boolean;
  /** A whole, acceptable upload: the caller sends it for an employee of another employer. */
  valid: boolean;
};

type Part = { name: string; value: Buffer; fileName?: string; contentType?: string };

function multipartOf(parts: Part[], boundary: string): Buffer {
  return Buffer.concat([
    ...parts.flatMap((part) => [
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"` +
          (part.fileName === undefined ? '' : `; filename="${part.fileName}"`) +
          (part.contentType === undefined ? '' : `\r\nContent-Type: ${part.contentType}`) +
          '\r\n\r\n',
        'utf8',
      ),
      part.value,
      Buffer.from('\r\n'),
    ]),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
}

/** Names a browser or a script might send; never a defect on their own. */
const fileNames = [
  'verslag.pdf',
  'Verzuimmelding 2026.xml',
  'Özlem Yılmaz – brief.docx',
  '../../etc/passwd',
  'a'.repeat(300),
  '',
  'x.pdf\r\nX-Injected: 1',
  'naam"met"quotes.xlsx',
];

const siviMessage =
  buildVerzuimmeldingen({ ...demoLikeExport, employees: demoLikeExport.employees.slice(0, 1) }) ??
  '';

/** Built once: packing even a small bomb takes a moment. */
let bombs: Promise<{ honest: Buffer; hiding: Buffer; contentTypes: Buffer }> | undefined;
function zipBombs() {
  bombs ??= (async () => ({
    // Over the import's 32 MiB by declaration, and one that hides it (counted while inflating).
    honest: await sampleXlsxBomb(64 * 1024 * 1024),
    hiding: await sampleXlsxBomb(40 * 1024 * 1024, { declaredBytes: 1000 }),
    contentTypes: await sampleXlsxBomb(8 * 1024 * 1024, { part: '[Content_Types].xml' }),
  }))();
  return bombs;
}

type Content = { label: string; bytes: Buffer };

/** Bytes from the seeded generator, so that a seed replays the same body. */
function noise(random: Random, length: number): Buffer {
  return Buffer.from(Array.from({ length }, () => random.integer(256)));
}

/** Files the dossier refuses by their content. */
async function refusedDocuments(random: Random): Promise<Content[]> {
  const docx = sampleDocx();
  const { contentTypes, honest } = await zipBombs();
  return [
    { label: 'an executable', bytes: sampleExe() },
    { label: 'a legacy .doc', bytes: sampleOle() },
    { label: 'a macro .docm', bytes: sampleDocm() },
    { label: 'a plain ZIP', bytes: sampleZip({ 'a.txt': 'a' }) },
    { label: 'a truncated docx', bytes: docx.subarray(0, random.integer(docx.length - 1) + 1) },
    { label: '[Content_Types].xml a ZIP bomb', bytes: contentTypes },
    { label: 'an xlsx bomb with no content types', bytes: honest.subarray(0, 100) },
    { label: 'SVG', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') },
    { label: 'random bytes', bytes: noise(random, 200) },
    { label: 'an empty file', bytes: Buffer.alloc(0) },
  ];
}

/** Files the dossier accepts: only sent with a refused field, or to a foreign employee. */
function acceptedDocuments(): Content[] {
  return [
    { label: 'a PDF', bytes: samplePdf() },
    { label: 'a PNG', bytes: samplePng() },
    { label: 'a DOCX', bytes: sampleDocx() },
    { label: 'an XLSX', bytes: sampleXlsx() },
  ];
}

/** Import files refused as a whole (the commit) or shown with row errors (the preview). */
async function refusedImports(random: Random, limits: UploadLimits): Promise<Content[]> {
  const xlsx = sampleXlsx();
  const { honest, hiding } = await zipBombs();
  const rows = Array.from({ length: limits.importMaxRows + 1 }, (_, index) =>
    validRow({ personnelNumber: `F${index}` }),
  );
  return [
    { label: 'a truncated xlsx', bytes: xlsx.subarray(0, random.integer(xlsx.length - 1) + 1) },
    { label: 'an xlsx ZIP bomb', bytes: honest },
    { label: 'an xlsx ZIP bomb that understates its size', bytes: hiding },
    { label: 'a legacy .xls', bytes: sampleOle() },
    { label: 'random bytes', bytes: noise(random, 300) },
    {
      label: 'CSV without the columns',
      bytes: Buffer.from('Voornaam;Achternaam\r\nJan;Jansen\r\n'),
    },
    { label: 'CSV of blank lines', bytes: Buffer.from('\r\n  \r\n') },
    {
      label: 'CSV with row errors',
      bytes: csvOf([validRow({ department: 'Nergens', dateOfBirth: '31-02-1985' })]),
    },
    { label: 'CSV with a NUL', bytes: csvOf([validRow({ lastName: 'Vr\u0000es' })]) },
    { label: 'CSV over the row limit', bytes: csvOf(rows) },
    { label: 'UTF-16 CSV without BOM', bytes: csvOf([validRow()], { encoding: 'utf-16le' }) },
  ];
}

/** SIVI messages the check refuses; the import would log them, so they go to the check only. */
function refusedMessages(random: Random): Content[] {
  const hostile = Object.entries(hostileXml(siviMessage, 'Verzuimmeldingen')).map(
    ([label, xml]) => ({ label, bytes: Buffer.from(xml) }),
  );
  return [
    ...hostile,
    {
      label: 'a truncated message',
      bytes: Buffer.from(siviMessage.slice(0, random.integer(siviMessage.length))),
    },
    { label: 'not UTF-8', bytes: Buffer.from(siviMessage.replace('Berg', 'Bérg'), 'latin1') },
    { label: 'not XML', bytes: Buffer.from('{"Verzuimmeldingen": []}') },
    {
      label: 'a percentage of 150',
      bytes: Buffer.from(siviMessage.replace(/<PrcVrzm>[^<]*</, '<PrcVrzm>150.00<')),
    },
    { label: 'an empty file', bytes: Buffer.alloc(0) },
  ];
}

/** One refused upload for an operation of `kind`. */
export async function fuzzUpload(
  kind: UploadKind,
  random: Random,
  limits: UploadLimits,
): Promise<FuzzUpload> {
  if (kind === 'import' || kind === 'import-preview') {
    return importUpload(random, limits, kind === 'import-preview');
  }
  const boundary = `----fuzz${random.integer(1e9)}`;
  const fileName = random.pick(fileNames);
  const file = (content: Content, contentType = 'application/octet-stream'): Part => ({
    name: 'file',
    value: content.bytes,
    fileName,
    contentType,
  });
  const field = (name: string, value: string): Part => ({ name, value: Buffer.from(value) });
  const maxBytes = kind === 'document' ? limits.documentMaxBytes : limits.importMaxBytes;
  const valid: Part[] =
    kind === 'document'
      ? [field('category', 'correspondence'), file(random.pick(acceptedDocuments()))]
      : [file({ label: 'a message', bytes: Buffer.from(siviMessage) }, 'application/xml')];
  const multipart = (parts: Part[], defect: string, read = false): FuzzUpload => ({
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: multipartOf(parts, boundary),
    defect,
    read,
    valid: false,
  });

  type Maker = () => Promise<FuzzUpload> | FuzzUpload;
  const transport: Maker[] = [
    () => ({
      ...multipart(valid, ''),
      headers: { 'content-type': 'multipart/form-data' },
      defect: 'multipart without boundary',
    }),
    () => ({
      ...multipart(valid, ''),
      headers: { 'content-type': 'multipart/form-data; boundary=other' },
      defect: 'another boundary',
    }),
    () => {
      const whole = multipartOf(valid, boundary);
      const cut = random.integer(whole.length - boundary.length - 8);
      return {
        ...multipart(valid, ''),
        payload: whole.subarray(0, cut),
        defect: `cut off after ${cut} bytes`,
      };
    },
    () =>
      multipart(
        valid.filter((part) => part.fileName === undefined),
        'no file',
      ),
    () =>
      multipart([...valid, ...valid.filter((part) => part.fileName !== undefined)], 'two files'),
    () =>
      multipart(
        [
          ...valid.filter((part) => part.fileName === undefined),
          file({ label: '', bytes: Buffer.alloc(maxBytes + 1 + random.integer(1000), 0x25) }),
        ],
        'a file over the limit',
      ),
    () => ({
      ...multipart(valid, ''),
      payload: noise(random, 100 + random.integer(500)),
      defect: 'random bytes as multipart',
    }),
    () =>
      multipart(
        [...Array.from({ length: 6 }, (_, index) => field(`f${index}`, 'x')), ...valid],
        'too many fields',
      ),
  ];
  const content: Maker[] = [];
  if (kind === 'document') {
    const category = field('category', 'correspondence');
    content.push(
      async () => {
        const refused = random.pick(await refusedDocuments(random));
        return multipart([category, file(refused)], `file: ${refused.label}`);
      },
      () => {
        const accepted = random.pick(acceptedDocuments());
        const [name, value] = random.pick([
          ['category', 'ünknown'],
          ['category', 'x'.repeat(300)],
          ['caseId', 'not-a-uuid'],
          ['caseId', '00000000-0000-4000-8000-000000000000'],
          ['category', '\u0000'],
        ] as const);
        const fields = name === 'category' ? [field(name, value)] : [category, field(name, value)];
        return multipart(
          [...fields, file(accepted)],
          `field ${name} ${JSON.stringify(value.slice(0, 20))}`,
        );
      },
      () => ({ ...multipart(valid, 'whole, for another employer’s employee'), valid: true }),
    );
  }
  if (kind === 'sivi-check') {
    content.push(() => {
      const refused = random.pick(refusedMessages(random));
      return multipart([file(refused, 'application/xml')], `file: ${refused.label}`, true);
    });
  }
  const maker = random.pick(content.length > 0 && random.chance(0.6) ? content : transport);
  return maker();
}

async function importUpload(
  random: Random,
  limits: UploadLimits,
  preview: boolean,
): Promise<FuzzUpload> {
  const raw = (
    payload: Buffer,
    defect: string,
    contentType = 'application/octet-stream',
    read = false,
  ) => ({
    headers: { 'content-type': contentType },
    payload,
    defect,
    read,
    valid: false,
  });
  if (random.chance(0.3)) {
    return random.pick([
      () => raw(Buffer.alloc(0), 'an empty body'),
      () =>
        raw(
          Buffer.alloc(limits.importMaxBytes + 1 + random.integer(1000), 0x3b),
          'a body over the limit',
        ),
      () => raw(csvOf([validRow()]), 'CSV as text/csv', 'text/csv'),
      () => raw(csvOf([validRow()]), 'CSV as multipart', 'multipart/form-data; boundary=x'),
    ])();
  }
  const refused = random.pick(await refusedImports(random, limits));
  // The preview shows the errors of rows (a NUL in a cell is one) with 200 and stores nothing.
  const shown = refused.label === 'CSV with row errors' || refused.label === 'CSV with a NUL';
  return raw(refused.bytes, `file: ${refused.label}`, undefined, preview && shown);
}
