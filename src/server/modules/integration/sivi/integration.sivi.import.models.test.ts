import { describe, expect, it } from 'vitest';
import { hostileXml } from '../../../test/hostile-xml.js';
import { buildVerzuimmeldingen } from './integration.sivi.export.models.js';
import { demoLikeExport } from './integration.sivi.fixture.js';
import { readVerzuimmeldingen, type SiviReading } from './integration.sivi.import.models.js';
import { verzuimmeldingenSchema } from './integration.sivi.schema.js';

const exported = buildVerzuimmeldingen(demoLikeExport) ?? '';
const read = (xml: string): SiviReading => readVerzuimmeldingen(xml, verzuimmeldingenSchema());

/** The codes of a refused reading (fails the test when the message was accepted). */
function refusalCodes(xml: string): string[] {
  const reading = read(xml);
  if (reading.ok) throw new Error('the message was accepted');
  return reading.refusals.map((refusal) => refusal.code);
}

/** The valid export with the `n`-th (0-based) match of `pattern` replaced. */
function withReplaced(pattern: RegExp, replacement: string, n = 0): string {
  let seen = -1;
  return exported.replace(new RegExp(pattern.source, 'gu'), (match) => {
    seen += 1;
    return seen === n ? replacement : match;
  });
}

describe('reading SIVI Verzuimmeldingen', () => {
  it('reads back what the export wrote: employees, employments and every case with its timeline', () => {
    const reading = read(exported);
    if (!reading.ok) throw new Error(JSON.stringify(reading.refusals));
    const expected = demoLikeExport.employees
      .filter((employee) => employee.employments.some((job) => job.cases.length > 0))
      .map((employee) => ({
        id: employee.id,
        gender: employee.gender,
        dateOfBirth: employee.dateOfBirth,
        employments: employee.employments
          .filter((job) => job.cases.length > 0)
          .map((job) => ({
            id: String(job.number),
            startDate: job.startDate,
            endDate: job.endDate,
            personnelNumber: job.personnelNumber,
            unitCode: job.departmentId,
            contractHoursPerWeek: job.contractHoursPerWeek,
            cases: job.cases,
          })),
      }));
    expect(reading.message.employees).toMatchObject(expected);
    expect(reading.message.reference).toBe(demoLikeExport.reference);
  });

  it('refuses a message that does not follow the XSD, with its line', () => {
    const reading = read(withReplaced(/<PrcVrzm>100.00<\/PrcVrzm>/, '<PrcVrzm>100</PrcVrzm>'));
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.refusals[0]).toMatchObject({ code: 'sivi_invalid_xml' });
    expect(reading.refusals[0]?.line).toBeGreaterThan(1);
  });

  it('refuses a gap in the numbering of a case', () => {
    const xml = withReplaced(
      /<VrzmgvlVnrMld>2<\/VrzmgvlVnrMld>/,
      '<VrzmgvlVnrMld>5</VrzmgvlVnrMld>',
    );
    expect(refusalCodes(xml)).toContain('sivi_sequence_gap');
  });

  it('refuses a recovery without DatHrstld and a report after the recovery', () => {
    expect(refusalCodes(withReplaced(/<DatHrstld>[^<]*<\/DatHrstld>/, ''))).toContain(
      'sivi_recovery_without_date',
    );
    // The recovered case's sick report made a recovery itself: its real recovery comes after.
    const afterRecovery = withReplaced(
      /<EndVrzmJN>N<\/EndVrzmJN>\s*<DatEerstVrzmdg>2026-03-09<\/DatEerstVrzmdg>/,
      '<EndVrzmJN>J</EndVrzmJN><DatEerstVrzmdg>2026-03-09</DatEerstVrzmdg><DatHrstld>2026-03-12</DatHrstld>',
    );
    expect(refusalCodes(afterRecovery)).toContain('sivi_report_after_recovery');
  });

  it('refuses percentages that are not whole or above 100', () => {
    for (const value of ['50.50', '150.00', '0.00']) {
      const xml = withReplaced(/<PrcVrzm>100.00<\/PrcVrzm>/, `<PrcVrzm>${value}</PrcVrzm>`);
      expect(refusalCodes(xml), value).toContain('sivi_percentage_invalid');
    }
  });

  it('refuses a report whose first sick day differs from its case', () => {
    const xml = withReplaced(
      /<DatEerstVrzmdg>2026-11-02<\/DatEerstVrzmdg>/,
      '<DatEerstVrzmdg>2026-11-03</DatEerstVrzmdg>',
      1,
    );
    expect(refusalCodes(xml)).toContain('sivi_first_day_differs');
  });

  it('refuses a processing code it does not apply', () => {
    const xml = withReplaced(/<VrwrkCd>02<\/VrwrkCd>/, '<VrwrkCd>03</VrwrkCd>');
    expect(refusalCodes(xml)).toContain('sivi_processing_code_unsupported');
  });

  it('names the line of the refused element', () => {
    const xml = withReplaced(/<PrcVrzm>100.00<\/PrcVrzm>/, '<PrcVrzm>150.00</PrcVrzm>');
    const reading = read(xml);
    if (reading.ok) throw new Error('accepted');
    const line = reading.refusals[0]?.line ?? 0;
    expect(xml.split('\n')[line - 1]?.trim()).toBe('<Vrzm>');
    expect(
      xml
        .split('\n')
        .slice(line, line + 12)
        .join('\n'),
    ).toContain('150.00');
  });
});

describe('a message with a DOCTYPE', () => {
  it('is refused unread, whatever its DTD holds, at the line of the DOCTYPE', () => {
    for (const [name, xml] of Object.entries(hostileXml(exported, 'Verzuimmeldingen'))) {
      const reading = read(xml);
      expect(reading, name).toEqual({
        ok: false,
        refusals: [{ line: 2, element: 'Verzuimmeldingen', code: 'sivi_doctype' }],
      });
    }
  });

  it('is not mistaken for DOCTYPE text in a comment after the root element', () => {
    const reading = read(
      exported.replace('</Verzuimmeldingen>', '<!-- <!DOCTYPE x> --></Verzuimmeldingen>'),
    );
    expect(reading.ok).toBe(true);
  });
});
