import type { MessageTree } from '../message-tree.js';

/** Actueel verzuim: who is sick today, its dashboard count and its Excel export. */
const nl = {
  ui: {
    title: 'Actueel verzuim',
    description: 'Medewerkers binnen uw dossiertoegang die vandaag ziek zijn.',
    pickRecovered: 'Kies de medewerker die hersteld is. U meldt het herstel in de verzuimsectie.',
    columns: {
      name: 'Naam',
      department: 'Afdeling',
      firstSickDay: 'Eerste ziektedag',
      percentage: 'Percentage ziek',
      duration: 'Duur (dagen)',
      classification: 'Verzuimclassificatie',
    },
    sortAscending: 'Sorteer op {{column}}, oplopend',
    sortDescending: 'Sorteer op {{column}}, aflopend',
    allDepartments: 'Alle afdelingen',
    count: 'Vandaag ziek: {{count}}',
    empty: 'Vandaag is niemand binnen uw dossiertoegang ziek.',
    caption: 'Medewerkers die vandaag ziek zijn',
    export: {
      button: 'Exporteren naar Excel',
      sheet: 'Actueel verzuim',
      fileName: 'actueel-verzuim',
    },
    widget: {
      open: 'Bekijk wie er ziek is',
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
    },
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

export const sickTodayMessages = { nl, en };
