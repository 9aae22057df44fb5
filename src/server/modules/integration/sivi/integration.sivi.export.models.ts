import { XMLBuilder } from 'fast-xml-parser';
import type { Gender } from '../../../../contracts/employees.js';
import { addDays } from '../../../../contracts/civil-dates.js';

/**
 * SIVI Verzuimmeldingen 2024.0 (schema/Verzuimmeldingen.xsd): what Verzuim sends, built from
 * typed input by pure functions. The message carries absences: an employee appears with the
 * employments that hold a sickness case, and each case as its chain of Vrzm (a sick report,
 * each later change of percentage, the recovery).
 */
export const siviNamespace = 'http://www.sivi.org/Verzuimmanagement/Verzuimmeldingen/2024';

/** The XSD allows this many Vrzm in one Dnstvbnd and this many Dnstvbnd in one Wrknmr. */
const maxPerGroup = 99;
/** VrzmgvlVnrMld is an Aantal3: at most three digits. */
const maxReportsPerCase = 999;

export type SiviCase = {
  id: string;
  firstDay: string;
  /** The last sick day; null while the case is open. */
  lastDay: string | null;
  /** The percentage timeline, oldest first; the first segment starts on `firstDay`. */
  segments: { validFrom: string; percentage: number }[];
};

export type SiviEmployment = {
  /** IdDnstvbnd: the employment's number for the employee (1, 2 …). */
  number: number;
  startDate: string;
  endDate: string | null;
  personnelNumber: string | null;
  departmentId: string;
  departmentName: string;
  contractHoursPerWeek: number;
  cases: SiviCase[];
};

export type SiviEmployee = {
  id: string;
  firstName: string;
  namePrefix: string | null;
  lastName: string;
  gender: Gender;
  dateOfBirth: string;
  /** Only when the employer allows it and the employee has an open case; else null. */
  bsn: string | null;
  employments: SiviEmployment[];
};

export type SiviExport = {
  /** Berrefnr: unique per message. */
  reference: string;
  /** AandatBr and AantijdBr, Europe/Amsterdam. */
  createdOn: string;
  createdAt: string;
  employer: {
    id: string;
    name: string;
    kvkNumber: string | null;
    contactName: string | null;
    contactEmail: string | null;
  };
  employees: SiviEmployee[];
};

/** The code points of `text`, cut to `max` (the XSD counts characters, not UTF-16 units). */
function cut(text: string, max: number): string {
  return Array.from(text).slice(0, max).join('');
}

/** For the \D* patterns (initials, prefixes, first names): digits are left out. */
function withoutDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, '');
}

/** "Jan Peter" → "J.P." (at most six characters, as Voorletters allows). */
export function initialsOf(name: string): string {
  const initials = withoutDigits(name)
    .split(/[\s-]+/u)
    .filter((part) => part.length > 0)
    .map((part) => `${Array.from(part)[0]?.toUpperCase() ?? ''}.`)
    .join('');
  return cut(initials, 6);
}

const genderCodes: Record<Gender, 'M' | 'V' | 'O'> = { m: 'M', f: 'V', x: 'O' };

/** A percentage as the XSD's Percentage: two decimals, "100.00". */
export function siviPercentage(percentage: number): string {
  return percentage.toFixed(2);
}

type Vrzm = Record<string, unknown>;

function contactPerson(employer: SiviExport['employer']) {
  const name = employer.contactName?.trim() || employer.name;
  return {
    Achternaam: cut(name, 200),
    Voorl: initialsOf(name) || 'X',
    GslchtCd: 'O',
    RolCntprsnCd: '01',
    Com: { SrtComCd: '06', NrCom: cut(employer.contactEmail ?? '', 512) },
  };
}

/**
 * The chain of Vrzm for one case: the sick report (VrzmgvlVnrMld 1, EndVrzmJN N), one for each
 * later change of percentage, and, once recovered, the recovery (EndVrzmJN J, DatHrstld the first
 * day fit again, PrcVrzm 0.00), all with the case's id as VrzmgvlId.
 */
export function absenceReports(
  sickness: SiviCase,
  contact: ReturnType<typeof contactPerson>,
): Vrzm[] {
  if (sickness.segments.length + 1 > maxReportsPerCase) {
    throw new Error(`Case ${sickness.id} has more changes than SIVI can number`);
  }
  const report = (
    sequence: number,
    changedOn: string,
    percentage: number,
    recovery: string | null,
  ): Vrzm => ({
    VrwrkCd: sequence === 1 ? '01' : '02',
    IngdatMutVrzm: changedOn,
    VrzmgvlId: sickness.id,
    VrzmgvlVnrMld: String(sequence),
    EndVrzmJN: recovery === null ? 'N' : 'J',
    DatEerstVrzmdg: sickness.firstDay,
    ...(recovery === null ? {} : { DatHrstld: recovery }),
    PrcVrzm: siviPercentage(percentage),
    OorzkVrzmCd: '99',
    VngntJN: 'O',
    Cntprsn: contact,
  });
  const reports = sickness.segments.map((segment, index) =>
    report(
      index + 1,
      index === 0 ? sickness.firstDay : segment.validFrom,
      segment.percentage,
      null,
    ),
  );
  if (sickness.lastDay !== null) {
    const recovered = addDays(sickness.lastDay, 1);
    reports.push(report(reports.length + 1, recovered, 0, recovered));
  }
  return reports;
}

function inGroups<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    groups.push(items.slice(start, start + size));
  }
  return groups;
}

function employmentElements(employment: SiviEmployment, contact: ReturnType<typeof contactPerson>) {
  const reports = employment.cases.flatMap((sickness) => absenceReports(sickness, contact));
  // More than 99 Vrzm: the same Dnstvbnd again with the next ones.
  return inGroups(reports, maxPerGroup).map((group) => ({
    IdDnstvbnd: String(employment.number),
    Ingdat: employment.startDate,
    ...(employment.endDate === null ? {} : { Enddat: employment.endDate }),
    ...(employment.personnelNumber === null ? {} : { PersNr: cut(employment.personnelNumber, 35) }),
    NmOrgeenh: cut(employment.departmentName, 70),
    OrgeenhCd: employment.departmentId,
    AantCtrcturenPWk: employment.contractHoursPerWeek.toFixed(2),
    Vrzm: group,
    Cntprsn: contact,
  }));
}

function employeeElements(employee: SiviEmployee, contact: ReturnType<typeof contactPerson>) {
  const employments = employee.employments
    .filter((employment) => employment.cases.length > 0)
    .flatMap((employment) => employmentElements(employment, contact));
  const prefix = withoutDigits(employee.namePrefix ?? '').trim();
  const callName = cut(withoutDigits(employee.firstName).trim(), 35);
  return inGroups(employments, maxPerGroup).map((group) => ({
    ...(employee.bsn === null ? {} : { SofiNr: employee.bsn }),
    Gebdat: employee.dateOfBirth,
    SignNm: cut(employee.lastName, 200),
    Voorl: initialsOf(employee.firstName) || 'X',
    ...(prefix === '' ? {} : { Voorv: cut(prefix, 10) }),
    ...(callName === '' ? {} : { Roepnaam: callName }),
    NmvrkrCd: '01',
    GslchtCd: genderCodes[employee.gender],
    IdWrknmr: employee.id,
    Dnstvbnd: group,
  }));
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
});

/**
 * The message, or null when no employee has a sickness case: a Verzuimmeldingen needs at least
 * one Wrknmr, and each Dnstvbnd at least one Vrzm.
 */
export function buildVerzuimmeldingen(message: SiviExport): string | null {
  const contact = contactPerson(message.employer);
  const employees = message.employees.flatMap((employee) => employeeElements(employee, contact));
  if (employees.length === 0) return null;
  const kvk = message.employer.kvkNumber;
  const document = {
    Verzuimmeldingen: {
      '@_xmlns': siviNamespace,
      BrAlg: {
        BrCd: '00100',
        VnrBrCd: '00011',
        AandatBr: message.createdOn,
        AantijdBr: message.createdAt,
        IdInzndr: 'Verzuim',
        GebrSwPakket: 'Verzuim',
        IdOntvngr: message.employer.id,
        Berrefnr: message.reference,
        TestJN: 'N',
        OntvngstbevJN: 'N',
      },
      Wrkgvr: {
        HndlsnmOrg: cut(message.employer.name, 100),
        ...(kvk !== null && /^\d{8}$/u.test(kvk) ? { InschrijvingsnrKvK: kvk } : {}),
        IdWrkgvrArbdnst: message.employer.id,
        AansltnrGeguitwlngArbdnst: message.employer.id,
        Wrknmr: employees,
      },
    },
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(document) as string}`;
}
