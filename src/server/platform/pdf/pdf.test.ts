import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { lineChartOption } from '../../../contracts/report-charts.js';
import { chartSvg } from '../charts/charts.js';
import { pdfContentWidth, type PdfReportDocument, renderPdf } from './pdf.js';

const chartSize = { width: pdfContentWidth.portrait, height: 280 };

function document(printedAt = new Date('2026-01-05T09:30:00Z')): PdfReportDocument {
  return {
    title: 'Verzuimpercentage per maand',
    description: 'Volgens de CBS-standaard.',
    filters: [
      { label: 'Periode van', value: '1 januari 2025' },
      { label: 'Organisatie-eenheden', value: 'Zorg, Keuken' },
    ],
    blocks: [
      { kind: 'heading', text: 'Totaal' },
      {
        kind: 'chart',
        caption: 'Grafiek',
        svg: chartSvg(
          lineChartOption({
            categories: ['jan 2025', 'feb 2025'],
            lines: [{ name: 'Zorg', values: [4.5, 6.25] }],
            format: (value) => `${value}%`,
          }),
          chartSize,
        ),
        ...chartSize,
      },
      {
        kind: 'table',
        caption: 'Per maand',
        columns: [{ header: 'Maandkolom' }, { header: 'Verzuim %', numeric: true }],
        // Enough rows to run over two pages, so the header row must repeat.
        rows: Array.from({ length: 120 }, (_, index) => [`rij ${index + 1}`, '14,10%']),
      },
    ],
    explanation: {
      title: 'Toelichting',
      paragraphs: [{ term: 'Verzuimpercentage (VP)', text: '100 maal de som van de ziektedagen.' }],
    },
    printedAt,
    language: 'nl-NL',
    labels: {
      filters: 'Gekozen filters',
      printed: `Afgedrukt op ${printedAt.toISOString()}`,
      page: (current, total) => `pagina ${current} van ${total}`,
    },
  };
}

async function pages(pdf: Buffer): Promise<string[]> {
  return (await extractText(new Uint8Array(pdf), { mergePages: false })).text;
}

describe('renderPdf', () => {
  it('puts the filters on the cover, the tables with a repeated header, the chart, page numbers and the explanation last', async () => {
    const pdf = await renderPdf(document());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pages(pdf);
    const total = text.length;
    expect(total).toBeGreaterThanOrEqual(4);
    expect(text[0]).toContain('Verzuimpercentage per maand');
    expect(text[0]).toContain('Gekozen filters');
    expect(text[0]).toContain('Zorg, Keuken');
    expect(text[0]).toContain(`pagina 1 van ${total}`);
    // The chart's axis labels and legend are text in the vector drawing.
    expect(text[1]).toContain('jan 2025');
    expect(text.join('\n')).toContain('rij 120');
    const tablePages = text.filter((page) => page.includes('rij '));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const page of tablePages) expect(page).toContain('Maandkolom');
    text.forEach((page, index) => expect(page).toContain(`pagina ${index + 1} van ${total}`));
    expect(text[total - 1]).toContain('Toelichting');
    expect(text[total - 1]).toContain('Verzuimpercentage (VP): 100 maal de som');
    expect(text[total - 1]).toContain('Afgedrukt op 2026-01-05T09:30:00.000Z');
  });

  it('gives the same bytes for the same document, the print date being part of it', async () => {
    const [first, second] = await Promise.all([renderPdf(document()), renderPdf(document())]);
    expect(first.equals(second)).toBe(true);
    const later = await renderPdf(document(new Date('2026-02-01T10:00:00Z')));
    expect(later.equals(first)).toBe(false);
    const [before, after] = [await pages(first), await pages(later)];
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)).toContain('Afgedrukt op 2026-02-01T10:00:00.000Z');
  });
});
