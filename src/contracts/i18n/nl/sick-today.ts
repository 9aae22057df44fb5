/** Actueel verzuim: who is sick today, its dashboard count and its Excel export. */
export const sickTodayMessages = {
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
      sickDay: 'Ziektedag',
      week: 'Ziekteweek',
      nextDeadline: 'Volgende deadline',
      nextTask: 'Taak',
    },
    weekOf: 'week {{week}} van {{ofWeeks}}',
    noDeadline: 'Geen open taak',
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
