import type { MessageTree } from '../message-tree.js';

/** Taken (SPEC.md §2.7): the tasks of the Wet verbetering poortwachter. */
const nl = {
  ui: {
    state: {
      late: 'Te laat',
      now: 'Nu uitvoeren',
      future: 'Gepland',
      done: 'Uitgevoerd',
      postponed: 'Uitgesteld',
      cancelled: 'Vervallen',
      set_aside: 'Vervallen door systeem',
    },
    status: {
      open: 'Openstaand',
      done: 'Uitgevoerd',
      postponed: 'Uitgesteld',
      cancelled: 'Vervallen',
      set_aside: 'Vervallen door systeem',
    },
    important: 'Belangrijk',
    saved: 'De taak is bijgewerkt.',
    actions: {
      label: 'Acties voor {{name}}',
      doneToday: 'Vandaag uitgevoerd',
      important: 'Markeren als belangrijk',
      notImportant: 'Niet meer belangrijk',
    },
    widget: {
      all: 'Alle taken',
      late: 'Te laat',
      now: 'Nu uitvoeren',
      future: 'Toekomstige taken',
    },
    timeline: {
      title: 'Poortwachter',
      empty: 'Er zijn geen taken: er is geen ziekteverzuim.',
      since: 'Ziek sinds {{date}}',
      progress: 'Dag {{sickDay}} · week {{week}} van {{ofWeeks}}',
      due: '{{date}} (ziektedag {{sickDay}})',
      doneOn: 'uitgevoerd op {{date}}',
    },
    page: {
      title: 'Taken',
      description:
        'De taken van de Wet verbetering poortwachter voor de werknemers binnen uw bereik.',
      empty: 'Er zijn geen taken die aan de filters voldoen.',
    },
    filters: {
      status: 'Stand van de taak',
      anyStatus: 'Alle',
      dueFrom: 'Uiterlijk vanaf',
      dueTo: 'Uiterlijk tot en met',
    },
    columns: {
      due: 'Uiterlijk',
      task: 'Taak',
      employee: 'Werknemer',
      state: 'Stand',
      actions: 'Acties',
    },
  },
  errors: {
    task_not_open: 'Deze taak is al afgerond, vervallen of opzijgezet; dat kan niet meer.',
    task_not_postponable: 'Deze taak heeft een wettelijke termijn en kan niet worden uitgesteld.',
  },
  fieldErrors: {
    task_done_in_future: 'De datum van uitvoering kan niet in de toekomst liggen.',
    task_postpone_not_later: 'Kies een datum na de huidige datum van de taak.',
  },
} as const;

const en: MessageTree<typeof nl> = {
  ui: {
    state: {
      late: 'Late',
      now: 'Do now',
      future: 'Planned',
      done: 'Done',
      postponed: 'Postponed',
      cancelled: 'Cancelled',
      set_aside: 'Set aside by the system',
    },
    status: {
      open: 'Open',
      done: 'Done',
      postponed: 'Postponed',
      cancelled: 'Cancelled',
      set_aside: 'Set aside by the system',
    },
    important: 'Important',
    saved: 'The task has been updated.',
    actions: {
      label: 'Actions for {{name}}',
      doneToday: 'Done today',
      important: 'Mark as important',
      notImportant: 'No longer important',
    },
    widget: {
      all: 'All tasks',
      late: 'Late',
      now: 'Do now',
      future: 'Future tasks',
    },
    timeline: {
      title: 'Gatekeeper deadlines',
      empty: 'There are no tasks: there is no sickness absence.',
      since: 'Sick since {{date}}',
      progress: 'Day {{sickDay}} · week {{week}} of {{ofWeeks}}',
      due: '{{date}} (sick day {{sickDay}})',
      doneOn: 'done on {{date}}',
    },
    page: {
      title: 'Tasks',
      description:
        'The tasks of the Gatekeeper Improvement Act for the employees within your scope.',
      empty: 'No tasks match the filters.',
    },
    filters: {
      status: 'Status',
      anyStatus: 'All',
      dueFrom: 'Due from',
      dueTo: 'Due up to and including',
    },
    columns: {
      due: 'Due',
      task: 'Task',
      employee: 'Employee',
      state: 'State',
      actions: 'Actions',
    },
  },
  errors: {
    task_not_open: 'This task is already done, cancelled or set aside; that is no longer possible.',
    task_not_postponable: 'This task has a legal deadline and cannot be postponed.',
  },
  fieldErrors: {
    task_done_in_future: 'The date it was done cannot be in the future.',
    task_postpone_not_later: "Choose a date after the task's current date.",
  },
};

export const tasksMessages = { nl, en };
