import type { MessageTree } from '../message-tree.js';
import type { sickTodayMessages as nl } from '../nl/sick-today.js';

/** Actueel verzuim: who is sick today, its dashboard count and its Excel export. */
export const sickTodayMessages: MessageTree<typeof nl> = {
  ui: {
    title: 'Current absence',
    description: 'Employees within your dossier access who are sick today.',
    pickRecovered:
      'Choose the employee who has recovered. You report the recovery in the absence section.',
    columns: {
      name: 'Name',
      department: 'Department',
      firstSickDay: 'First day of sickness',
      percentage: 'Percentage sick',
      duration: 'Duration (days)',
      classification: 'Absence classification',
      sickDay: 'Sick day',
      week: 'Week of sickness',
      nextDeadline: 'Next deadline',
      nextTask: 'Task',
    },
    weekOf: 'week {{week}} of {{ofWeeks}}',
    noDeadline: 'No open task',
    sortAscending: 'Sort by {{column}}, ascending',
    sortDescending: 'Sort by {{column}}, descending',
    allDepartments: 'All departments',
    count: 'Sick today: {{count}}',
    empty: 'Nobody within your dossier access is sick today.',
    caption: 'Employees who are sick today',
    export: {
      button: 'Export to Excel',
      sheet: 'Current absence',
      fileName: 'current-absence',
    },
    widget: {
      open: 'See who is sick',
    },
    permission: {
      name: 'Current absence',
      help: 'See who within the dossier access is sick today, without the absence history.',
    },
  },
  errors: {},
  fieldErrors: {},
};
