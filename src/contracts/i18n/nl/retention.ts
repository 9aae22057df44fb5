/** Bewaartermijnen (DOMAIN.md §5): the settings, the clean-up's preview and the permissions. */
export const retentionMessages = {
  ui: {
    title: 'Bewaartermijnen',
    nav: 'Bewaartermijnen',
    intro:
      'Gegevens waarvan de bewaartermijn voorbij is, per werkgever. De opschoning wist ze elke nacht; met Nu opschonen wist u ze meteen. Dossiers met een label worden bewaard.',
    terms:
      'Verzuimgegevens {{absence}} jaar na het einde van het dienstverband, verzuimdossiers {{cases}} jaar na het einde van het verzuim.',
    employee: 'Medewerker',
    personnelNumber: 'Personeelsnummer',
    what: 'Wat wordt gewist',
    expiredSince: 'Verlopen sinds',
    wholeDossier: 'Het hele dossier, met {{count}} verzuimmelding(en)',
    casesOnly: 'Beëindigde verzuimmelding(en): {{count}}',
    exemptTitle: 'Bewaard door een label',
    tags: 'Labels',
    nothingExpired: 'Niets verlopen.',
    empty: 'Er zijn geen werkgevers.',
    eraseNow: 'Nu opschonen',
    confirmTitle: 'Verlopen gegevens van {{employer}} wissen',
    confirmText:
      'De verlopen gegevens van {{count}} dossier(s) worden definitief gewist, met hun documenten. Dit kan niet ongedaan worden gemaakt. In het auditlog staat alleen wat er is gewist, niet de inhoud.',
    confirm: 'Definitief wissen',
    erased: 'Gewist: {{dossiers}} dossier(s), {{cases}} verzuimmelding(en).',
    settings: {
      absenceYears: 'Bewaartermijn verzuimgegevens (jaren)',
      absenceYearsHelp:
        'Na het einde van het laatste dienstverband wordt het hele dossier na zoveel jaar gewist.',
      caseYears: 'Bewaartermijn verzuimdossiers (jaren)',
      caseYearsHelp: 'Een beëindigde verzuimmelding wordt na zoveel jaar gewist.',
    },
    permissions: {
      tags: {
        name: 'Labels van dossiers',
        help: 'Zet en verwijdert de labels Lopende rechtszaak en Uitgesloten van opschoning.',
      },
      manage: {
        name: 'Bewaartermijnen',
        help: 'Ziet bij alle werkgevers welke gegevens verlopen zijn en schoont ze direct op.',
      },
    },
  },
} as const;
