import { formatDate, formatTimestamp } from '../../../contracts/formats.js';
import type { AuditRecord } from '../../platform/audit/audit.js';
import type { Translate } from '../../platform/i18n/i18n.js';
import type { PdfBlock, PdfReportDocument } from '../../platform/pdf/pdf.js';
import type { SubjectAccessCases } from '../cases/cases.usecases.js';
import type { SubjectAccessDossier } from '../dossier/dossier.usecases.js';
import type { SubjectAccessEmployee } from '../employees/employees.usecases.js';
import type { SubjectAccessTask } from '../tasks/tasks.usecases.js';

/** Everything held on one employee, read in one tenant transaction (the inzage, AVG art. 15). */
export type SubjectAccessData = {
  employer: { id: string; name: string };
  person: SubjectAccessEmployee;
  cases: SubjectAccessCases;
  tasks: SubjectAccessTask[];
  dossier: SubjectAccessDossier;
  audit: AuditRecord[];
  /** Display names of the users the audit entries and rows name. */
  userNames: Map<string, string>;
  exportedAt: Date;
  exportedBy: { userId: string; name: string };
};

/** Not in the export, and why (also in the PDF's last page and in docs/retention.md). */
export const notIncluded = [
  {
    what: 'vault_personal_data',
    reason: 'BSN, address and contact details: the operator admin has no data vault access',
  },
  {
    what: 'medical_notes',
    reason: "The company doctor's medical notes: only the company doctor reads them",
  },
] as const;

/** The path of a document's bytes in the ZIP: its id keeps names unique, the name stays readable. */
export function documentPathOf(document: { id: string; fileName: string }): string {
  const safe = [...document.fileName]
    .map((character) => (/[\\/:*?"<>|]/.test(character) || character < ' ' ? '_' : character))
    .join('')
    .slice(0, 120);
  return `documenten/${document.id}-${safe}`;
}

const fullName = (employee: SubjectAccessEmployee['employee']) =>
  [employee.firstName, employee.namePrefix, employee.lastName]
    .filter((part) => part !== null && part !== undefined && part !== '')
    .join(' ');

/** The JSON of the export: every row as stored, grouped by what it is. */
export function subjectAccessJson(
  data: SubjectAccessData,
  missingFiles: ReadonlySet<string>,
): unknown {
  return {
    format: 'verzuim-subject-access/1',
    exportedAt: data.exportedAt.toISOString(),
    exportedBy: data.exportedBy,
    employer: data.employer,
    employee: data.person.employee,
    employments: data.person.employments,
    employmentVersions: data.person.employmentVersions,
    dossierTags: data.person.dossierTags,
    cases: data.cases.cases,
    caseTimeline: data.cases.segments,
    caseFlags: data.cases.flags,
    pregnancies: data.cases.pregnancies,
    tasks: data.tasks,
    notes: data.dossier.notes,
    documents: data.dossier.documents.map((document) => ({
      ...document,
      file: missingFiles.has(document.id) ? null : documentPathOf(document),
    })),
    functionalAdvices: data.dossier.functionalAdvices,
    consultationFeedback: data.dossier.consultationFeedback,
    auditEntries: data.audit.map((entry) => ({
      ...entry,
      userName: entry.userId === null ? null : (data.userNames.get(entry.userId) ?? null),
    })),
    notIncluded,
  };
}

const day = (value: string | null | undefined, language: string) =>
  value ? formatDate(value, language, 'short') : '';

/** The readable summary of the dossier, for platform/pdf. */
export function subjectAccessPdf(
  data: SubjectAccessData,
  t: Translate,
  language: string,
): PdfReportDocument {
  const name = fullName(data.person.employee);
  const user = (id: string | null) =>
    id === null ? t('retention.subjectAccess.pdf.unknownUser') : (data.userNames.get(id) ?? id);
  const table = (caption: string, headers: string[], rows: string[][]): PdfBlock[] =>
    rows.length === 0
      ? [
          { kind: 'heading', text: caption },
          { kind: 'paragraph', text: t('retention.subjectAccess.pdf.none') },
        ]
      : [
          { kind: 'heading', text: caption },
          {
            kind: 'table',
            caption: '',
            columns: headers.map((header) => ({ header: t(header) })),
            rows,
          },
        ];
  const { person, cases, dossier } = data;
  return {
    title: t('retention.subjectAccess.pdf.title', { name }),
    description: t('retention.subjectAccess.pdf.description'),
    filters: [
      { label: t('retention.subjectAccess.pdf.employer'), value: data.employer.name },
      { label: t('retention.subjectAccess.pdf.employee'), value: name },
      {
        label: t('retention.subjectAccess.pdf.personnelNumber'),
        value: person.employee.personnelNumber ?? '',
      },
      {
        label: t('retention.subjectAccess.pdf.dateOfBirth'),
        value: day(person.employee.dateOfBirth, language),
      },
      {
        label: t('retention.subjectAccess.pdf.exportedAt'),
        value: formatTimestamp(data.exportedAt, language),
      },
      { label: t('retention.subjectAccess.pdf.exportedBy'), value: data.exportedBy.name },
    ],
    blocks: [
      ...table(
        t('retention.subjectAccess.pdf.employments'),
        ['retention.subjectAccess.pdf.start', 'retention.subjectAccess.pdf.end'],
        person.employments.map((row) => [day(row.startDate, language), day(row.endDate, language)]),
      ),
      ...table(
        t('retention.subjectAccess.pdf.cases'),
        [
          'retention.subjectAccess.pdf.kind',
          'retention.subjectAccess.pdf.start',
          'retention.subjectAccess.pdf.end',
        ],
        cases.cases.map((row) => [
          row.kind,
          day(row.firstDay, language),
          day(row.lastDay, language),
        ]),
      ),
      ...table(
        t('retention.subjectAccess.pdf.timeline'),
        ['retention.subjectAccess.pdf.from', 'retention.subjectAccess.pdf.percentage'],
        cases.segments.map((row) => [day(row.validFrom, language), `${row.percentage}%`]),
      ),
      ...table(
        t('retention.subjectAccess.pdf.tasks'),
        [
          'retention.subjectAccess.pdf.task',
          'retention.subjectAccess.pdf.due',
          'retention.subjectAccess.pdf.status',
        ],
        data.tasks.map((row) => [row.code, day(row.dueDate, language), row.status]),
      ),
      ...table(
        t('retention.subjectAccess.pdf.notes'),
        [
          'retention.subjectAccess.pdf.date',
          'retention.subjectAccess.pdf.type',
          'retention.subjectAccess.pdf.author',
          'retention.subjectAccess.pdf.text',
        ],
        dossier.notes.map((row) => [
          day(row.contactDate, language),
          row.contactType,
          row.authorName,
          row.text,
        ]),
      ),
      ...table(
        t('retention.subjectAccess.pdf.documents'),
        [
          'retention.subjectAccess.pdf.name',
          'retention.subjectAccess.pdf.category',
          'retention.subjectAccess.pdf.author',
          'retention.subjectAccess.pdf.file',
        ],
        dossier.documents.map((row) => [
          row.fileName,
          row.category,
          row.uploadedByName,
          documentPathOf(row),
        ]),
      ),
      ...table(
        t('retention.subjectAccess.pdf.advices'),
        [
          'retention.subjectAccess.pdf.date',
          'retention.subjectAccess.pdf.author',
          'retention.subjectAccess.pdf.text',
        ],
        dossier.functionalAdvices.map((row) => [
          formatTimestamp(row.createdAt, language),
          row.authorName,
          [row.workPossible, row.expectedDuration, row.adjustments].join('\n'),
        ]),
      ),
      ...table(
        t('retention.subjectAccess.pdf.feedback'),
        [
          'retention.subjectAccess.pdf.date',
          'retention.subjectAccess.pdf.author',
          'retention.subjectAccess.pdf.text',
        ],
        dossier.consultationFeedback.map((row) => [
          day(row.consultationDate, language),
          row.authorName,
          row.text,
        ]),
      ),
      ...table(
        t('retention.subjectAccess.pdf.audit'),
        [
          'retention.subjectAccess.pdf.time',
          'retention.subjectAccess.pdf.user',
          'retention.subjectAccess.pdf.action',
          'retention.subjectAccess.pdf.subject',
        ],
        data.audit.map((entry) => [
          formatTimestamp(entry.occurredAt, language),
          user(entry.userId),
          entry.action,
          [entry.subjectType, entry.subjectId].filter(Boolean).join(' '),
        ]),
      ),
    ],
    explanation: {
      title: t('retention.subjectAccess.pdf.explanationTitle'),
      paragraphs: [
        { text: t('retention.subjectAccess.pdf.notIncludedVault') },
        { text: t('retention.subjectAccess.pdf.notIncludedMedical') },
      ],
    },
    printedAt: data.exportedAt,
    language,
    labels: {
      filters: t('retention.subjectAccess.pdf.filters'),
      printed: t('retention.subjectAccess.pdf.printed', {
        date: formatTimestamp(data.exportedAt, language),
      }),
      page: (current, total) => t('retention.subjectAccess.pdf.page', { current, total }),
    },
  };
}
