/** Page "Werklijst": the care roles' work across the employers assigned to them (issue 14). */
export const worklistMessages = {
  ui: {
    title: 'Werklijst',
    nav: 'Werklijst',
    intro:
      'Nieuwe ziekmeldingen, lopende verzuimdossiers naar duur en taken die te laat zijn of binnenkort moeten gebeuren, bij de werkgevers die aan u zijn toegewezen.',
    show: 'Tonen',
    shows: {
      all: 'Alles',
      new: 'Nieuwe ziekmeldingen',
      cases: 'Lopende verzuimdossiers',
      late: 'Taken te laat',
      due: 'Taken binnenkort',
    },
    employer: 'Werkgever',
    allEmployers: 'Alle werkgevers',
    sort: 'Sorteren op',
    sorts: {
      urgency: 'Urgentie',
      employer: 'Werkgever',
      name: 'Naam',
      date: 'Datum',
      '-duration': 'Duur (langste eerst)',
    },
    caption: 'Werklijst van {{date}}',
    what: 'Wat',
    employee: 'Medewerker',
    date: 'Datum',
    details: 'Bijzonderheden',
    newReport: 'Nieuwe ziekmelding',
    openCase: 'Lopend verzuim',
    lateTask: 'Taak te laat',
    dueTask: 'Taak binnenkort',
    sickDays: '{{count}} dagen ziek, {{percentage}}%',
    open: 'Dossier van {{name}} openen',
    empty: 'Er is nu niets te doen bij de werkgevers die aan u zijn toegewezen.',
    noAssignments:
      'Er zijn nog geen werkgevers aan u toegewezen. De beheerder van de arbodienst wijst ze toe bij Werkgevers.',
    permission: {
      name: 'Werklijst',
      help: 'Ziet de werklijst over alle werkgevers (of afdelingen) die aan deze persoon zijn toegewezen.',
    },
  },
} as const;
