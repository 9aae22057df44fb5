import type { MessageTree } from '../message-tree.js';
import type { reportListsMessages as nl } from '../nl/report-lists.js';

/** Statistieken: the list reports (OverzichtVerzuimPerMedewerker, insurer, Trajecthistorie). */
export const reportListsMessages: MessageTree<typeof nl> = {
  ui: {
    absencePerEmployee: {
      title: 'Absence per employee (OverzichtVerzuimPerMedewerker)',
      description:
        'The sick periods overlapping the period of employees of the chosen units: a row per cause of absence, by department, last name and first sick day.',
      fileName: 'absence-per-employee',
      sheet: 'Absence per employee',
      caption: 'Absence per employee',
    },
    insurerCases: {
      title: 'Sickness cases per insurer',
      description:
        'Per sickness case for the absence insurer: report date, initial percentage, partial recovery, work-resumption advice, therapeutic work and the flags of the case.',
      fileName: 'sickness-cases-per-insurer',
      sheet: 'Sickness cases',
      caption: 'Sickness cases of insurer {{insurer}}',
      noInsurer: 'Not recorded',
    },
    caseHistory: {
      title: 'Case history (Trajecthistorie)',
      description:
        'Employer, employee, the history of each case and the notes about it (only for roles that may read notes).',
      fileName: 'case-history',
      casesSheet: 'Cases',
      historySheet: 'History',
      notesSheet: 'Notes',
      caption: 'Cases',
      notesHidden: 'Your role may not read notes; the report does not show them.',
      history: 'History',
      notes: 'Notes',
      noNotes: 'No notes',
    },
    explanation: {
      absencePerEmployee:
        'A row per sick period that overlaps the period and per cause of absence, of employees employed in a chosen unit on those days, within your dossier access; sorted by department, last name and first sick day.',
      insurerCases:
        'A row per sickness case that overlaps the period, grouped by absence insurer, within your dossier access.',
      caseHistory:
        'For each case that overlaps the period the employer, the employee, the course of the sickness percentage and, only for roles that may read them, the notes about the case.',
      daysInPeriod:
        'The days of the sick period within the chosen period, counted by the calculation method.',
      absenceDaysInPeriod:
        'Those days weighted by the sickness percentage: two days at 50% sick are one absence day.',
      cause:
        'The classification of the sick report, or another cause a flag records (such as a work accident); a safety-net case shows as Safety net without its kind, except for roles that may see the kind.',
      partialRecoveryStart: 'The first day at a lower sickness percentage than the initial one.',
      history:
        'The sickness percentage from a day up to the day before the next change; open while the case runs.',
    },
    columns: {
      department: 'Department',
      employee: 'Employee',
      personnelNumber: 'Personnel no.',
      employer: 'Employer',
      insurer: 'Insurer',
      firstSickDay: 'First sick day',
      lastSickDay: 'Last sick day',
      daysInPeriod: 'Days in period',
      absenceDaysInPeriod: 'Absence days (by %)',
      percentage: '% sick',
      cause: 'Cause of absence',
      safetyNet: 'Safety net',
      reportDate: 'Report date',
      initialPercentage: 'Initial %',
      partialRecoveryStart: 'Partial recovery from',
      workResumptionAdviceStart: 'Work-resumption advice from',
      therapeuticWorkStart: 'Therapeutic work from',
      privateAccident: 'Private accident',
      workAccident: 'Work accident',
      thirdPartyLiability: 'Third-party fault',
      labourConflict: 'Labour conflict',
      protocol: 'Protocol',
      status: 'Status',
      firstDay: 'Start date',
      lastDay: 'End date',
      historyFrom: 'From',
      historyTo: 'Up to and including',
      contactDate: 'Contact date',
      contactType: 'Contact type',
      author: 'Author',
      note: 'Note',
    },
    filters: {
      protocols: 'Protocols',
      status: 'Case status',
      causes: 'Causes of absence',
      safetyNet: 'Safety-net situation',
      all: 'All',
    },
    statuses: { open: 'Open', closed: 'Closed' },
    protocols: { WVP: 'Gatekeeper Improvement Act', WAZO: 'Pregnancy and maternity (WAZO)' },
    safetyNet: 'Safety net',
    pregnancy: 'Pregnancy',
    yes: 'Yes',
    no: 'No',
    open: 'open',
    rowCount: '{{count}} rows',
    empty: 'No cases in this selection and period within your dossier access.',
  },
};
