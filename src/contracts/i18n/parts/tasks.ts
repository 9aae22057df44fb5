import type { MessageTree } from '../message-tree.js';

/** Taken (SPEC.md §2.7): the tasks of the Wet verbetering poortwachter. */
const nl = {
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
