import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  absenceReports,
  buildVerzuimmeldingen,
  initialsOf,
  siviPercentage,
} from './integration.sivi.export.models.js';
import { demoLikeExport } from './integration.sivi.fixture.js';
import { verzuimmeldingenSchema } from './integration.sivi.schema.js';

const parser = new XMLParser({
  parseTagValue: false,
  isArray: (name) => ['Wrknmr', 'Dnstvbnd', 'Vrzm'].includes(name),
});

type Parsed = {
  Verzuimmeldingen: {
    Wrkgvr: {
      HndlsnmOrg: string;
      Wrknmr: {
        IdWrknmr: string;
        SofiNr?: string;
        SignNm: string;
        Voorl: string;
        Roepnaam?: string;
        Dnstvbnd: {
          IdDnstvbnd: string;
          AantCtrcturenPWk: string;
          Vrzm: Record<string, string>[];
        }[];
      }[];
    };
  };
};

function exported(): Parsed {
  const xml = buildVerzuimmeldingen(demoLikeExport);
  if (xml === null) throw new Error('nothing exported');
  return parser.parse(xml) as Parsed;
}

describe('the SIVI Verzuimmeldingen export', () => {
  it('validates against the SIVI 2024.0 XSD', () => {
    const xml = buildVerzuimmeldingen(demoLikeExport);
    expect(xml).not.toBeNull();
    expect(verzuimmeldingenSchema().validate(xml ?? '')).toEqual({ valid: true });
  });

  it('reports a sick report, each change of percentage and the recovery under one VrzmgvlId', () => {
    const employee = exported().Verzuimmeldingen.Wrkgvr.Wrknmr[0];
    const reports = employee?.Dnstvbnd[0]?.Vrzm ?? [];
    const open = reports.filter((report) => report.VrzmgvlId?.endsWith('0001'));
    expect(open.map((report) => [report.VrzmgvlVnrMld, report.EndVrzmJN, report.PrcVrzm])).toEqual([
      ['1', 'N', '100.00'],
      ['2', 'N', '50.00'],
      ['3', 'N', '25.00'],
    ]);
    expect(open.map((report) => report.IngdatMutVrzm)).toEqual([
      '2026-11-02',
      '2026-11-16',
      '2026-11-30',
    ]);
    const recovered = reports.filter((report) => report.VrzmgvlId?.endsWith('0002'));
    expect(recovered.at(-1)).toMatchObject({
      VrzmgvlVnrMld: '2',
      EndVrzmJN: 'J',
      // The hersteldatum is the first day fit again: the day after the last sick day.
      DatHrstld: '2026-03-14',
      DatEerstVrzmdg: '2026-03-09',
    });
  });

  it('leaves out an employee without a case and an employment without a case', () => {
    const employees = exported().Verzuimmeldingen.Wrkgvr.Wrknmr;
    const ids = employees.map((employee) => employee.IdWrknmr);
    expect(ids).not.toContain('e0000000-0000-4000-8000-000000000003');
    const second = employees.filter((employee) => employee.IdWrknmr.endsWith('0002'));
    expect(second.flatMap((employee) => employee.Dnstvbnd.map((job) => job.IdDnstvbnd))).toEqual([
      '2',
      '2',
    ]);
  });

  it('splits an employment with more than 99 reports over repeated Dnstvbnd', () => {
    const employee = exported().Verzuimmeldingen.Wrkgvr.Wrknmr[1];
    expect(employee?.Dnstvbnd.map((job) => job.Vrzm.length)).toEqual([99, 21]);
    expect(employee?.Dnstvbnd[0]?.AantCtrcturenPWk).toBe('24.50');
  });

  it('sends the BSN only when the input carries one', () => {
    const [first, second] = exported().Verzuimmeldingen.Wrkgvr.Wrknmr;
    expect(first?.SofiNr).toBe('111222333');
    expect(second?.SofiNr).toBeUndefined();
  });

  it('fits names to the XSD: escaped, cut to length, no digits where \\D* rules', () => {
    const message = exported().Verzuimmeldingen.Wrkgvr;
    // Escaped in the file (else it would not validate), read back as written.
    expect(message.HndlsnmOrg).toBe('Bakkerij De Gouden Korst & Zonen <B.V.>');
    const second = message.Wrknmr[1];
    expect(Array.from(second?.SignNm ?? '')).toHaveLength(200);
    expect(second?.Roepnaam).toBe('Émilie');
    expect(second?.Voorl).toBe('É.');
  });

  it('has nothing to send when no employee has a case', () => {
    const withoutCases = {
      ...demoLikeExport,
      employees: demoLikeExport.employees.map((employee) => ({
        ...employee,
        employments: employee.employments.map((job) => ({ ...job, cases: [] })),
      })),
    };
    expect(buildVerzuimmeldingen(withoutCases)).toBeNull();
  });

  it('writes percentages with two decimals and initials of at most six letters', () => {
    expect(siviPercentage(100)).toBe('100.00');
    expect(siviPercentage(0)).toBe('0.00');
    expect(initialsOf('Anna Maria Johanna Petronella Wilhelmina')).toBe('A.M.J.');
    expect(initialsOf('Jean-Luc')).toBe('J.L.');
  });

  it('numbers an open case from 1 and never marks it ended', () => {
    const contact = {
      Achternaam: 'X',
      Voorl: 'X',
      GslchtCd: 'O',
      RolCntprsnCd: '01',
      Com: { SrtComCd: '06', NrCom: '' },
    };
    const reports = absenceReports(
      {
        id: 'case',
        firstDay: '2026-01-05',
        lastDay: null,
        segments: [{ validFrom: '2026-01-05', percentage: 100 }],
      },
      contact,
    );
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ VrwrkCd: '01', VrzmgvlVnrMld: '1', EndVrzmJN: 'N' });
  });
});
