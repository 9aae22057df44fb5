import type { MessageTree } from '../message-tree.js';

/** Actueel verzuim: who is sick today, its dashboard count and its Excel export. */
const nl = {
  ui: {
    columns: {
      name: 'Naam',
      department: 'Afdeling',
      firstSickDay: 'Eerste ziektedag',
      percentage: 'Percentage ziek',
      duration: 'Duur (dagen)',
      classification: 'Verzuimclassificatie',
    },
    export: {
      sheet: 'Actueel verzuim',
      fileName: 'actueel-verzuim',
    },
    permission: {
      name: 'Actueel verzuim',
      help: 'Zien wie binnen de dossiertoegang vandaag ziek is, zonder de verzuimgeschiedenis.',
    },
  },
  errors: {},
  fieldErrors: {},
} as const;

const en: MessageTree<typeof nl> = {
  ui: {
    columns: {
      name: 'Name',
      department: 'Department',
      firstSickDay: 'First day of sickness',
      percentage: 'Percentage sick',
      duration: 'Duration (days)',
      classification: 'Absence classification',
    },
    export: {
      sheet: 'Current absence',
      fileName: 'current-absence',
    },
    permission: {
      name: 'Current absence',
      help: 'See who within the dossier access is sick today, without the absence history.',
    },
  },
  errors: {},
  fieldErrors: {},
};

export const sickTodayMessages = { nl, en };
