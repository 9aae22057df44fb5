import type { DocumentKind } from '../../../contracts/dossier.js';
import { readZipEntry } from '../../platform/zip/zip.js';

/**
 * What an uploaded file is, by its content alone. The name and the browser's content type are
 * the uploader's claim and are ignored: a PNG named `scan.pdf` is a PNG, an `.exe` named
 * `brief.pdf` is refused.
 *
 * Accepted: PDF, PNG, JPEG, and the Office Open XML documents DOCX and XLSX (a ZIP whose
 * `[Content_Types].xml` declares the main part of a Word document or an Excel workbook, so a
 * macro-enabled .docm/.xlsm or any other ZIP is refused). Legacy Office files (.doc/.xls, an OLE
 * compound file) are refused with their own message: the container cannot be told apart from
 * other OLE files without parsing it, and it is where macros travel; the user can save as PDF,
 * DOCX or XLSX instead.
 */
export type Detection =
  { kind: DocumentKind } | { refused: 'legacy_office' } | { refused: 'unsupported_type' };

const pdfMagic = Buffer.from('%PDF-', 'latin1');
const pngMagic = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const jpegMagic = Buffer.from([0xff, 0xd8, 0xff]);
const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const oleMagic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const officeMainParts: [DocumentKind, string][] = [
  ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'],
  ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
];

export function detectDocumentKind(content: Buffer): Detection {
  const startsWith = (magic: Buffer) =>
    content.length >= magic.length && content.subarray(0, magic.length).equals(magic);
  if (startsWith(pdfMagic)) return { kind: 'pdf' };
  if (startsWith(pngMagic)) return { kind: 'png' };
  if (startsWith(jpegMagic)) return { kind: 'jpeg' };
  if (startsWith(oleMagic)) return { refused: 'legacy_office' };
  if (startsWith(zipMagic)) {
    const contentTypes = readZipEntry(content, '[Content_Types].xml', maxEntryBytes);
    if (contentTypes !== undefined) {
      const xml = contentTypes.toString('utf8');
      for (const [kind, mainPart] of officeMainParts) {
        if (xml.includes(`ContentType="${mainPart}"`)) return { kind };
      }
    }
  }
  return { refused: 'unsupported_type' };
}

/** `[Content_Types].xml` is a few kB; more is not an Office file (or a ZIP bomb). */
const maxEntryBytes = 1024 * 1024;

export const contentTypeOf: Record<DocumentKind, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const extensionOf: Record<DocumentKind, string> = {
  pdf: 'pdf',
  png: 'png',
  jpeg: 'jpg',
  docx: 'docx',
  xlsx: 'xlsx',
};

/**
 * File-type extensions an uploaded name may end in; one is replaced by the detected kind's.
 * A list rather than "anything after the last dot", so "Plan 12.03.2026" keeps its date.
 */
const knownExtensions = /\.(pdf|png|jpe?g|docx|xlsx|doc|xls|exe|gif|zip|txt)$/i;
const maxNameLength = 120;

/**
 * The name a document is shown and downloaded under: the uploader's name without a path, control
 * characters, or characters that are special in file systems and headers, and with the extension
 * of what the content is (`scan.pdf` holding a PNG becomes `scan.png`). Never used as a storage
 * key.
 */
export function documentFileName(uploadedName: string, kind: DocumentKind): string {
  const lastSegment = uploadedName.split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001f\u007f"*:<>?|;]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(knownExtensions, '')
    .replace(/^\.+/, '')
    .trim();
  const base = [...cleaned].slice(0, maxNameLength).join('').trim() || 'document';
  return `${base}.${extensionOf[kind]}`;
}

/**
 * `Content-Disposition: attachment` with an ASCII fallback name and the exact name in RFC 5987
 * form, so no browser renders the file inline and no name can break out of the header.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]/g, '_')
      .replace(/["\\%]/g, '_') || 'document';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The secret box context of a medical note: a sealed text moved to another dossier fails. */
export function medicalNoteContext(employerId: string, employeeId: string): string {
  return `medical_note:${employerId}:${employeeId}`;
}
