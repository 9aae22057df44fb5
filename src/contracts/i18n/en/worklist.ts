import type { MessageTree } from '../message-tree.js';
import type { worklistMessages as nl } from '../nl/worklist.js';

/** Page "Werklijst": the care roles' work across the employers assigned to them (issue 14). */
export const worklistMessages: MessageTree<typeof nl> = {
  ui: {
    title: 'Work list',
    nav: 'Work list',
    intro:
      'New sick reports, open absence cases by duration and tasks that are late or due soon, at the employers assigned to you.',
    show: 'Show',
    shows: {
      all: 'Everything',
      new: 'New sick reports',
      cases: 'Open absence cases',
      late: 'Late tasks',
      due: 'Tasks due soon',
    },
    employer: 'Employer',
    allEmployers: 'All employers',
    sort: 'Sort by',
    sorts: {
      urgency: 'Urgency',
      employer: 'Employer',
      name: 'Name',
      date: 'Date',
      '-duration': 'Duration (longest first)',
    },
    caption: 'Work list of {{date}}',
    what: 'What',
    employee: 'Employee',
    date: 'Date',
    details: 'Details',
    newReport: 'New sick report',
    openCase: 'Open absence',
    lateTask: 'Task late',
    dueTask: 'Task due soon',
    sickDays: '{{count}} days sick, {{percentage}}%',
    open: 'Open the dossier of {{name}}',
    empty: 'There is nothing to do at the employers assigned to you right now.',
    noAssignments:
      'No employers have been assigned to you yet. The administrator of the occupational health service assigns them under Employers.',
    permission: {
      name: 'Work list',
      help: 'Sees the work list across every employer (or department) assigned to this person.',
    },
  },
};
