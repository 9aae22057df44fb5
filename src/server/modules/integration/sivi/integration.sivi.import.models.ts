import { XMLParser } from 'fast-xml-parser';
import type { Gender } from '../../../../contracts/employees.js';
import { addDays } from '../../../../contracts/civil-dates.js';
import type { XmlProblem, XsdSchema } from '../../../platform/xml/xml.js';

/**
 * Reading a SIVI Verzuimmeldingen 2024.0 message (the reverse of the export): first the XSD,
 * then the rules the XSD cannot say (a case's reports in the message numbered on without gaps —
 * from 1 for a new case, from the next number for a case sent before —, one first sick day,
 * changes in date order, the recovery last and after the last change, whole percentages of at
 * most 100). Any refusal refuses the whole message: nothing of it may be applied. Each refusal
 * names the element, its path and line and a stable code.
 */

export const siviRefusalCodes = [
  'sivi_invalid_xml',
  'sivi_doctype',
  'sivi_processing_code_unsupported',
  'sivi_sequence_gap',
  'sivi_first_day_differs',
  'sivi_change_out_of_order',
  'sivi_report_after_recovery',
  'sivi_recovery_without_date',
  'sivi_recovery_before_change',
  'sivi_percentage_invalid',
  'sivi_case_in_two_employments',
  'sivi_employee_differs',
] as const;
export type SiviRefusalCode = (typeof siviRefusalCodes)[number];

export type SiviRefusal = {
  line: number;
  element: string;
  /** Where in the message, e.g. Wrknmr[2]/Dnstvbnd[1]/Vrzm[3] (1-based, as XPath counts). */
  path?: string;
  code: SiviRefusalCode;
  detail?: string;
};

/**
 * One Vrzm of a case: the sick report (`date` the first sick day), a change of percentage (`date`
 * the day it applies from) or the recovery (`date` the last sick day, DatHrstld − 1).
 */
export type ImportedReport = {
  sequence: number;
  line: number;
  path: string;
  kind: 'report' | 'change' | 'recovery';
  date: string;
  percentage: number;
};

export type ImportedCase = {
  id: string;
  firstDay: string;
  lastDay: string | null;
  /** The timeline the message's reports give (complete when they start at number 1). */
  segments: { validFrom: string; percentage: number }[];
  /** The message's reports of the case in number order. */
  reports: ImportedReport[];
};

export type ImportedEmployment = {
  id: string;
  startDate: string;
  endDate: string | null;
  personnelNumber: string | null;
  unitCode: string;
  unitName: string | null;
  contractHoursPerWeek: number | null;
  cases: ImportedCase[];
};

export type ImportedEmployee = {
  id: string;
  bsn: string | null;
  dateOfBirth: string;
  lastName: string;
  initials: string;
  namePrefix: string | null;
  firstName: string | null;
  gender: Gender;
  employments: ImportedEmployment[];
};

export type SiviImport = { reference: string; employerName: string; employees: ImportedEmployee[] };

export type SiviReading =
  { ok: true; message: SiviImport } | { ok: false; refusals: SiviRefusal[] };

type Node = Record<string, unknown>;
type Vrzm = Node & Record<string, string>;

const parser = new XMLParser({
  parseTagValue: false,
  ignoreAttributes: true,
  captureMetaData: true,
  isArray: (name) => ['Wrkgvr', 'Wrknmr', 'Dnstvbnd', 'Vrzm'].includes(name),
});
const metaData = XMLParser.getMetaDataSymbol() as unknown as string;

const genders: Record<string, Gender> = { M: 'm', V: 'f', O: 'x' };

function text(node: Node, name: string): string | null {
  const value = node[name];
  return typeof value === 'string' ? value : null;
}

function children(node: Node, name: string): Node[] {
  const value = node[name];
  return Array.isArray(value) ? (value as Node[]) : [];
}

/** The line of a node from the offset the parser recorded. */
function lineFinder(xml: string) {
  return (node: Node): number => {
    const offset = (node[metaData] as { startIndex?: number } | undefined)?.startIndex ?? 0;
    let line = 1;
    for (let index = xml.indexOf('\n'); index !== -1 && index < offset;) {
      line += 1;
      index = xml.indexOf('\n', index + 1);
    }
    return line;
  };
}

type Chain = { employment: Node; reports: Vrzm[] };

/** One case from its chain of reports, or the refusals of the chain. */
function caseOf(
  id: string,
  chain: Chain,
  lineOf: (node: Node) => number,
  pathOf: (report: Vrzm) => string,
): ImportedCase | SiviRefusal[] {
  const refusals: SiviRefusal[] = [];
  const refuse = (report: Vrzm, code: SiviRefusalCode, detail?: string) =>
    refusals.push({
      line: lineOf(report),
      element: `Vrzm ${id}`,
      path: pathOf(report),
      code,
      ...(detail ? { detail } : {}),
    });
  const reports = [...chain.reports].sort(
    (a, b) => Number(a.VrzmgvlVnrMld) - Number(b.VrzmgvlVnrMld),
  );
  const first = reports[0];
  if (!first) return refusals;
  const firstDay = first.DatEerstVrzmdg ?? '';
  const firstSequence = Number(first.VrzmgvlVnrMld);
  const segments: ImportedCase['segments'] = [];
  const read: ImportedReport[] = [];
  let lastDay: string | null = null;
  reports.forEach((report, index) => {
    const sequence = firstSequence + index;
    const where = { sequence, line: lineOf(report), path: pathOf(report) };
    if (report.VrwrkCd !== '01' && report.VrwrkCd !== '02') {
      refuse(report, 'sivi_processing_code_unsupported', report.VrwrkCd);
    }
    if (Number(report.VrzmgvlVnrMld) !== sequence) refuse(report, 'sivi_sequence_gap');
    if (report.DatEerstVrzmdg !== firstDay) refuse(report, 'sivi_first_day_differs');
    if (lastDay !== null) refuse(report, 'sivi_report_after_recovery');
    const percentage = Number(report.PrcVrzm);
    if (report.EndVrzmJN === 'J') {
      const recovered = text(report, 'DatHrstld');
      if (recovered === null) return refuse(report, 'sivi_recovery_without_date');
      lastDay = addDays(recovered, -1);
      if (lastDay < (segments.at(-1)?.validFrom ?? firstDay)) {
        refuse(report, 'sivi_recovery_before_change');
      }
      read.push({ ...where, kind: 'recovery', date: lastDay, percentage: 0 });
      return;
    }
    if (!Number.isInteger(percentage) || percentage < 1 || percentage > 100) {
      refuse(report, 'sivi_percentage_invalid', report.PrcVrzm);
    }
    const validFrom = sequence === 1 ? firstDay : (report.IngdatMutVrzm ?? '');
    const previous = segments.at(-1);
    if (previous && validFrom < previous.validFrom) refuse(report, 'sivi_change_out_of_order');
    if (previous?.validFrom === validFrom) previous.percentage = percentage;
    else segments.push({ validFrom, percentage });
    read.push({
      ...where,
      kind: sequence === 1 ? 'report' : 'change',
      date: validFrom,
      percentage,
    });
  });
  if (firstSequence === 1 && first.EndVrzmJN === 'J') {
    refuse(first, 'sivi_percentage_invalid', 'recovery without a sick report');
  }
  return refusals.length > 0 ? refusals : { id, firstDay, lastDay, segments, reports: read };
}

function employmentOf(node: Node): Omit<ImportedEmployment, 'cases'> {
  const hours = text(node, 'AantCtrcturenPWk');
  return {
    id: text(node, 'IdDnstvbnd') ?? '',
    startDate: text(node, 'Ingdat') ?? '',
    endDate: text(node, 'Enddat'),
    personnelNumber: text(node, 'PersNr'),
    unitCode: text(node, 'OrgeenhCd') ?? '',
    unitName: text(node, 'NmOrgeenh'),
    contractHoursPerWeek: hours === null ? null : Number(hours),
  };
}

function employeeOf(node: Node): Omit<ImportedEmployee, 'employments'> {
  return {
    id: text(node, 'IdWrknmr') ?? '',
    bsn: text(node, 'SofiNr'),
    dateOfBirth: text(node, 'Gebdat') ?? '',
    lastName: text(node, 'SignNm') ?? '',
    initials: text(node, 'Voorl') ?? '',
    namePrefix: text(node, 'Voorv'),
    firstName: text(node, 'Roepnaam'),
    gender: genders[text(node, 'GslchtCd') ?? ''] ?? 'x',
  };
}

/** The same person sent twice (a Wrknmr repeated for more Dnstvbnd) must say the same. */
function samePerson(a: Omit<ImportedEmployee, 'employments'>, b: typeof a): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A document type declaration before the root element, after the XML declaration, comments,
 * processing instructions and whitespace. A SIVI message has none (the XSD defines it).
 */
const doctype = /^\uFEFF?(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|\s)*<!DOCTYPE/;

/**
 * Reads the message: valid against the XSD and the chain rules, or every refusal found. A message
 * with a DOCTYPE is refused before any parser reads it: its entities could expand a few bytes to
 * gigabytes (billion laughs), read files of the server (XXE) or trip a parser (a parameter entity
 * made fast-xml-parser throw), and a SIVI message needs none of it.
 */
export function readVerzuimmeldingen(xml: string, schema: XsdSchema): SiviReading {
  if (doctype.test(xml)) {
    return {
      ok: false,
      refusals: [
        {
          line: xml.slice(0, xml.indexOf('<!DOCTYPE')).split('\n').length,
          element: 'Verzuimmeldingen',
          code: 'sivi_doctype',
        },
      ],
    };
  }
  const validation = schema.validate(xml);
  if (!validation.valid) {
    return {
      ok: false,
      refusals: validation.problems.map((problem: XmlProblem) => ({
        line: problem.line,
        element: 'Verzuimmeldingen',
        code: 'sivi_invalid_xml',
        detail: problem.message,
      })),
    };
  }
  const lineOf = lineFinder(xml);
  const paths = new WeakMap<Node, string>();
  const pathOf = (node: Node) => paths.get(node) ?? 'Verzuimmeldingen';
  const root = (parser.parse(xml) as { Verzuimmeldingen: Node }).Verzuimmeldingen;
  const refusals: SiviRefusal[] = [];
  const people = new Map<string, ImportedEmployee>();
  /** Per employee, the reports of each case (a case may span repeated Dnstvbnd or Wrknmr). */
  const chainsOf = new Map<string, Map<string, Chain>>();
  const employers = children(root, 'Wrkgvr');
  const workers = employers.flatMap((employer, e) =>
    children(employer, 'Wrknmr').map((worker, w) => {
      paths.set(worker, `Wrkgvr[${e + 1}]/Wrknmr[${w + 1}]`);
      return worker;
    }),
  );
  for (const worker of workers) {
    const person = employeeOf(worker);
    const known = people.get(person.id);
    if (known) {
      const { employments: _employments, ...knownPerson } = known;
      if (!samePerson(knownPerson, person)) {
        refusals.push({
          line: lineOf(worker),
          element: `Wrknmr ${person.id}`,
          path: pathOf(worker),
          code: 'sivi_employee_differs',
        });
        continue;
      }
    }
    const employee = known ?? { ...person, employments: [] };
    people.set(person.id, employee);
    const chains = chainsOf.get(person.id) ?? new Map<string, Chain>();
    chainsOf.set(person.id, chains);
    for (const [d, job] of children(worker, 'Dnstvbnd').entries()) {
      const jobPath = `${pathOf(worker)}/Dnstvbnd[${d + 1}]`;
      const terms = employmentOf(job);
      if (!employee.employments.some((existing) => existing.id === terms.id)) {
        employee.employments.push({ ...terms, cases: [] });
      }
      for (const [v, report] of (children(job, 'Vrzm') as Vrzm[]).entries()) {
        paths.set(report, `${jobPath}/Vrzm[${v + 1}]`);
        const id = report.VrzmgvlId ?? '';
        const chain = chains.get(id) ?? { employment: job, reports: [] };
        if (text(chain.employment, 'IdDnstvbnd') !== terms.id) {
          refusals.push({
            line: lineOf(report),
            element: `Vrzm ${id}`,
            path: pathOf(report),
            code: 'sivi_case_in_two_employments',
          });
        }
        chain.reports.push(report);
        chains.set(id, chain);
      }
    }
  }
  for (const [employeeId, chains] of chainsOf) {
    const employments = people.get(employeeId)?.employments ?? [];
    for (const [id, chain] of chains) {
      const read = caseOf(id, chain, lineOf, pathOf);
      if (Array.isArray(read)) refusals.push(...read);
      else {
        const holder = text(chain.employment, 'IdDnstvbnd');
        employments.find((job) => job.id === holder)?.cases.push(read);
      }
    }
  }
  if (refusals.length > 0) return { ok: false, refusals: refusals.sort((a, b) => a.line - b.line) };
  const header = root.BrAlg as Node;
  return {
    ok: true,
    message: {
      reference: text(header, 'Berrefnr') ?? '',
      employerName: text(employers[0] ?? {}, 'HndlsnmOrg') ?? '',
      employees: [...people.values()],
    },
  };
}
