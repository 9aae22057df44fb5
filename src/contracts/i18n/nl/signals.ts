/** The six e-mail signals (DOMAIN.md §6): subject and body of each mail. */
export const signalsMessages = {
  mail: {
    greeting: 'Beste {{name}},',
    open: 'Bekijk het in Verzuim: {{url}}',
    why: 'U ontvangt dit signaal omdat uw rol "{{role}}" bij {{employer}} signalen ontvangt over de medewerkers binnen uw dossiertoegang. Signalen horen bij de rol en kunnen niet per stuk worden uitgezet.',
    documents: {
      subject: 'Verzuim: nieuwe documenten in dossiers',
      intro:
        'Er zijn nieuwe documenten geplaatst in de dossiers van medewerkers binnen uw dossiertoegang:',
      line: '- {{fileName}} bij {{employee}} ({{category}})',
      feedback: 'Terugkoppeling na een consult',
    },
    uwv_documents: {
      subject: 'Verzuim: nieuwe UWV-documenten',
      intro:
        'Er zijn nieuwe UWV-documenten geplaatst in de dossiers van medewerkers binnen uw dossiertoegang:',
      line: '- {{fileName}} bij {{employee}}',
    },
    frequent_absence: {
      subject: 'Verzuim: {{employee}} is {{number}} keer ziek in 12 maanden',
      body: 'Op {{date}} begon ziekmelding nummer {{number}} van {{employee}} binnen twaalf maanden. Frequent verzuim verdient aandacht: bespreek het met de medewerker.',
    },
    employment_end: {
      subject: 'Verzuim: het dienstverband van {{employee}} eindigt op {{date}}',
      body: '{{employee}} is ziek en het tijdelijke dienstverband eindigt op {{date}}. Meld de medewerker uiterlijk op de laatste werkdag ziek bij het UWV (ziekmelding bij einde dienstverband).',
    },
    open_tasks: {
      subject: 'Verzuim: {{count}} openstaande taken',
      body: 'Binnen uw dossiertoegang staan {{count}} taken open, waarvan {{late}} te laat.',
    },
    open_cases: {
      subject: 'Verzuim: {{count}} openstaande verzuimdossiers',
      body: 'Binnen uw dossiertoegang zijn vandaag {{count}} medewerkers ziek (openstaande verzuimdossiers).',
    },
  },
};
