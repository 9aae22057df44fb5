import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  sampleDocm,
  sampleDocx,
  sampleExe,
  sampleJpeg,
  sampleOle,
  samplePdf,
  samplePng,
  sampleXlsx,
  sampleZip,
} from '../../test/sample-files.js';
import { attachmentDisposition, detectDocumentKind, documentFileName } from './dossier.models.js';

describe('what an uploaded file is, decided by its content', () => {
  it('recognises PDF, PNG, JPEG, DOCX and XLSX', () => {
    expect(detectDocumentKind(samplePdf())).toEqual({ kind: 'pdf' });
    expect(detectDocumentKind(samplePng())).toEqual({ kind: 'png' });
    expect(detectDocumentKind(sampleJpeg())).toEqual({ kind: 'jpeg' });
    expect(detectDocumentKind(sampleDocx())).toEqual({ kind: 'docx' });
    expect(detectDocumentKind(sampleXlsx())).toEqual({ kind: 'xlsx' });
  });

  it('refuses executables, other ZIPs, macro documents and empty or tiny files', () => {
    for (const content of [
      sampleExe(),
      sampleZip({ 'readme.txt': 'hallo' }),
      sampleDocm(),
      Buffer.alloc(0),
      Buffer.from('%PD'),
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
    ]) {
      expect(detectDocumentKind(content)).toEqual({ refused: 'unsupported_type' });
    }
  });

  it('refuses legacy Office files (OLE) with their own reason', () => {
    expect(detectDocumentKind(sampleOle())).toEqual({ refused: 'legacy_office' });
  });

  it('does not take a ZIP for a Word file because an entry is named like one', () => {
    const pretender = sampleZip({
      '[Content_Types].xml': '<Types>word/document.xml</Types>',
      'word/document.xml': '<document/>',
    });
    expect(detectDocumentKind(pretender)).toEqual({ refused: 'unsupported_type' });
  });

  it('never throws on arbitrary bytes, also bytes that start like a ZIP', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, zipLike) => {
        const content = Buffer.concat([
          zipLike ? Buffer.from([0x50, 0x4b, 0x03, 0x04]) : Buffer.alloc(0),
          Buffer.from(bytes),
        ]);
        expect(() => detectDocumentKind(content)).not.toThrow();
      }),
    );
  });
});

describe('the name a document is shown and downloaded under', () => {
  it('takes the extension of what the content is', () => {
    expect(documentFileName('scan.pdf', 'png')).toBe('scan.png');
    expect(documentFileName('Verslag gesprek.PDF', 'pdf')).toBe('Verslag gesprek.pdf');
    expect(documentFileName('brief.exe', 'pdf')).toBe('brief.pdf');
    expect(documentFileName('foto.jpeg', 'jpeg')).toBe('foto.jpg');
    expect(documentFileName('Plan 12.03.2026', 'docx')).toBe('Plan 12.03.2026.docx');
  });

  it('drops folders, control characters and header-special characters', () => {
    expect(documentFileName('C:\\Users\\jan\\brief.pdf', 'pdf')).toBe('brief.pdf');
    expect(documentFileName('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(documentFileName('a"b;c\r\nd.pdf', 'pdf')).toBe('abcd.pdf');
    expect(documentFileName('.pdf', 'pdf')).toBe('document.pdf');
  });

  it('is always a single safe segment ending in the kind’s extension', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.constantFrom('pdf', 'png', 'jpeg', 'docx', 'xlsx' as const),
        (name, kind) => {
          const cleaned = documentFileName(name, kind);
          // eslint-disable-next-line no-control-regex -- control characters are what must be absent
          expect(cleaned).not.toMatch(/[/\\\u0000-\u001f"]/);
          expect(cleaned).toMatch(/\.(pdf|png|jpg|docx|xlsx)$/);
          expect(cleaned.startsWith('.')).toBe(false);
          expect([...cleaned].length).toBeLessThanOrEqual(125);
        },
      ),
    );
  });
});

describe('Content-Disposition of a download', () => {
  it('is an attachment with an ASCII name and the exact name in RFC 5987 form', () => {
    expect(attachmentDisposition('Probleemanalyse café.pdf')).toBe(
      `attachment; filename="Probleemanalyse cafe.pdf"; filename*=UTF-8''Probleemanalyse%20caf%C3%A9.pdf`,
    );
  });

  it('can never end the header or the quoted name early', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        const header = attachmentDisposition(documentFileName(name, 'pdf'));
        expect(header).toMatch(/^attachment; filename="[^"\\\r\n]*"; filename\*=UTF-8''[^\s"]*$/);
      }),
    );
  });
});
