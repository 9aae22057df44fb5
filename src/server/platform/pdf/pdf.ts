/**
 * PDF documents from a neutral report document: a cover page with the filters used, tables
 * (their header row repeated on every page they run over), charts as vectors (SVG), page numbers,
 * and on the last page an explanation and the print date. The caller passes every text already
 * translated, so this knows no module and no catalogue.
 *
 * The output depends on the document alone: `printedAt` is both the printed date and the PDF's
 * creation date (pdfkit derives the file id from it), so the same document gives the same bytes.
 */
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';

/** A column of a table; numeric columns are right-aligned so the figures line up. */
export type PdfColumn = { header: string; numeric?: boolean };

export type PdfBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; caption: string; columns: PdfColumn[]; rows: string[][] }
  /** An SVG drawn at `width` × `height` points (ECharts' output, see platform/charts). */
  | { kind: 'chart'; caption: string; svg: string; width: number; height: number };

export type PdfReportDocument = {
  title: string;
  description?: string;
  /** The filters the report was made with, label and value, for the cover page. */
  filters: { label: string; value: string }[];
  blocks: PdfBlock[];
  /** The last page: how to read the report, e.g. its formulas in words. */
  explanation: { title: string; paragraphs: { term?: string; text: string }[] };
  /** When the document was printed: the print date on the last page and the creation date. */
  printedAt: Date;
  /** BCP 47 language of the text, for readers and screen readers. */
  language: string;
  landscape?: boolean;
  labels: {
    filters: string;
    /** The print line of the last page, its date already in it. */
    printed: string;
    page: (current: number, total: number) => string;
  };
};

/** The page width between the margins of A4 in points, for charts that fill it. */
export const pdfContentWidth = { portrait: 595.28 - 2 * 40, landscape: 841.89 - 2 * 40 };

const require = createRequire(import.meta.url);
type FontFiles = Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>;
// pdfmake ships Roboto with a map from style to the font file's path.
const roboto = (require('pdfmake/fonts/Roboto.js') as { Roboto: FontFiles }).Roboto;
const fontFiles = new Set(Object.values(roboto));
pdfmake.setFonts({ Roboto: roboto });
// A document names no URL or file of its own: only the bundled fonts are ever read.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => fontFiles.has(path));

const styles = {
  title: { fontSize: 22, bold: true, margin: [0, 120, 0, 12] },
  description: { fontSize: 11, color: '#333333', margin: [0, 0, 0, 24] },
  heading: { fontSize: 14, bold: true, margin: [0, 16, 0, 6] },
  caption: { fontSize: 10, bold: true, margin: [0, 8, 0, 4] },
  tableHeader: { bold: true, fillColor: '#eeeeee' },
  explanationTerm: { bold: true },
  small: { fontSize: 8, color: '#444444' },
} satisfies TDocumentDefinitions['styles'];

function table(caption: string, columns: PdfColumn[], rows: string[][], widths: string[]): Content {
  const header: TableCell[] = columns.map((column) => ({
    text: column.header,
    style: 'tableHeader',
    alignment: column.numeric ? 'right' : 'left',
  }));
  const body: TableCell[][] = rows.map((row) =>
    row.map((value, index) => ({
      text: value,
      alignment: columns[index]?.numeric ? 'right' : 'left',
    })),
  );
  return {
    stack: [
      { text: caption, style: 'caption' },
      {
        table: { headerRows: 1, dontBreakRows: true, widths, body: [header, ...body] },
        layout: 'lightHorizontalLines',
        // A list of many columns (a row per case) fits the page in a smaller type.
        fontSize: columns.length > 9 ? 7 : 9,
      },
    ],
  };
}

function block(item: PdfBlock): Content {
  switch (item.kind) {
    case 'heading':
      return { text: item.text, style: 'heading' };
    case 'paragraph':
      return { text: item.text, margin: [0, 0, 0, 8] };
    case 'table':
      // The first column (a month, a unit, a name) takes the room the figures leave; a wide list
      // shares the page evenly, or its headers would squeeze the names to a word a line.
      return table(
        item.caption,
        item.columns,
        item.rows,
        item.columns.map((_, index) => (index === 0 || item.columns.length > 9 ? '*' : 'auto')),
      );
    case 'chart':
      return {
        stack: [
          { text: item.caption, style: 'caption' },
          { svg: item.svg, width: item.width, height: item.height },
        ],
        unbreakable: true,
      };
  }
}

function definition(document: PdfReportDocument): TDocumentDefinitions {
  const { labels } = document;
  const cover: Content[] = [
    { text: document.title, style: 'title' },
    ...(document.description ? [{ text: document.description, style: 'description' }] : []),
    { text: labels.filters, style: 'heading' },
    {
      table: {
        widths: ['auto', '*'],
        body: document.filters.map((filter) => [
          { text: filter.label, bold: true },
          { text: filter.value },
        ]),
      },
      layout: 'lightHorizontalLines',
      pageBreak: 'after',
    },
  ];
  const explanation: Content[] = [
    { text: document.explanation.title, style: 'heading', pageBreak: 'before' },
    ...document.explanation.paragraphs.map((paragraph): Content => ({
      text: paragraph.term
        ? [{ text: `${paragraph.term}: `, style: 'explanationTerm' }, paragraph.text]
        : paragraph.text,
      margin: [0, 0, 0, 6],
    })),
    { text: labels.printed, style: 'small', margin: [0, 16, 0, 0] },
  ];
  return {
    info: {
      title: document.title,
      author: 'Verzuim',
      creator: 'Verzuim',
      producer: 'Verzuim',
      creationDate: document.printedAt,
    },
    language: document.language,
    pageSize: 'A4',
    pageOrientation: document.landscape ? 'landscape' : 'portrait',
    pageMargins: [40, 48, 40, 48],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    styles,
    header: (current) =>
      current === 1 ? null : { text: document.title, style: 'small', margin: [40, 20, 40, 0] },
    footer: (current, total) => ({
      text: labels.page(current, total),
      style: 'small',
      alignment: 'center',
      margin: [40, 16, 40, 0],
    }),
    content: [...cover, ...document.blocks.map(block), ...explanation],
  };
}

/** The document as a PDF file. */
export async function renderPdf(document: PdfReportDocument): Promise<Buffer> {
  return pdfmake.createPdf(definition(document)).getBuffer();
}
