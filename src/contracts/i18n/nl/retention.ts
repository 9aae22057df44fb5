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
    subjectAccess: {
      button: 'Inzage-export',
      confirmTitle: 'Inzage-export van {{name}}',
      confirmText:
        'U downloadt alles wat over deze medewerker is vastgelegd (AVG art. 15): een ZIP met de gegevens als JSON, een PDF van het dossier, de documenten en het auditlog. De download wordt in het auditlog vastgelegd met uw naam.',
      confirmNotIncluded:
        'Niet in de export: BSN en adres uit de datakluis (de beheerder van de arbodienst heeft daar geen toegang toe) en de medische aantekeningen van de bedrijfsarts.',
      confirm: 'Downloaden',
      done: 'De inzage-export is gedownload.',
      failed: 'De inzage-export kon niet worden gemaakt.',
      permission: {
        name: 'Inzage-export',
        help: 'Downloadt alles wat over een medewerker is vastgelegd als ZIP (AVG art. 15); de download wordt gelogd.',
      },
      pdf: {
        title: 'Inzage: {{name}}',
        description:
          'Alles wat Verzuim over deze medewerker vastlegt (AVG art. 15). De volledige gegevens staan in gegevens.json; de documenten in de map documenten.',
        filters: 'Gegevens van de export',
        employer: 'Werkgever',
        employee: 'Medewerker',
        personnelNumber: 'Personeelsnummer',
        dateOfBirth: 'Geboortedatum',
        exportedAt: 'Gemaakt op',
        exportedBy: 'Gemaakt door',
        employments: 'Dienstverbanden',
        cases: 'Verzuim- en zwangerschapsmeldingen',
        timeline: 'Verloop (percentages)',
        tasks: 'Taken',
        notes: 'Contactmomenten',
        documents: 'Documenten',
        advices: 'Functioneel advies',
        feedback: 'Terugkoppeling',
        audit: 'Wie heeft wat ingezien of gewijzigd',
        start: 'Begin',
        end: 'Einde',
        kind: 'Soort',
        percentage: 'Verzuimpercentage',
        from: 'Vanaf',
        date: 'Datum',
        type: 'Soort contact',
        author: 'Door',
        text: 'Tekst',
        name: 'Naam',
        category: 'Categorie',
        file: 'Bestand in de ZIP',
        status: 'Stand',
        task: 'Taak',
        due: 'Uiterlijk',
        time: 'Tijdstip',
        user: 'Gebruiker',
        action: 'Handeling',
        subject: 'Betreft',
        none: 'Geen.',
        explanationTitle: 'Wat niet in deze export staat',
        notIncludedVault:
          'BSN en adres- en contactgegevens uit de datakluis: de beheerder van de arbodienst heeft geen toegang tot de datakluis. De werkgever kan ze met datakluistoegang opvragen.',
        notIncludedMedical:
          'De medische aantekeningen van de bedrijfsarts: alleen de bedrijfsarts mag ze lezen; de betrokkene vraagt ze bij de bedrijfsarts op.',
        printed: 'Gemaakt op {{date}}',
        page: 'Pagina {{current}} van {{total}}',
        unknownUser: 'onbekend (systeem)',
      },
    },
    offboarding: {
      action: 'Offboarden',
      title: '{{employer}} offboarden',
      intro:
        'Offboarden wist de werkgever met al zijn gegevens: medewerkers, dossiers, documenten, afdelingen, gebruikers, koppelingen en instellingen. Dit kan niet ongedaan worden gemaakt.',
      step1: 'Stap 1: download de export',
      step1Text:
        'Een ZIP met de instellingen, afdelingen en gebruikers (zonder wachtwoorden of tweede stappen) en per medewerker de gegevens en documenten. De download wordt in het auditlog vastgelegd.',
      download: 'Export downloaden',
      downloaded: 'De export is gedownload.',
      downloadFailed: 'De export kon niet worden gemaakt.',
      step2: 'Stap 2: wis de werkgever',
      confirmLabel: 'Typ de naam van de werkgever om te bevestigen',
      confirmHelp: 'Typ: {{employer}}',
      erase: 'Definitief wissen',
      cancel: 'Annuleren',
      close: 'Sluiten',
      legalProceedings:
        'Niet gewist: {{count}} dossier(s) hebben het label Lopende rechtszaak. Verwijder eerst die labels.',
      reportTitle: '{{employer}} is gewist',
      reportText:
        'Gewist (aantal per soort); {{files}} opgeslagen bestand(en) verwijderd. In het auditlog staat alleen wat er is gewist, niet de inhoud.',
      kind: 'Soort',
      count: 'Aantal',
      permission: {
        name: 'Werkgever offboarden',
        help: 'Downloadt alles van een werkgever als ZIP en wist daarna de werkgever met al zijn gegevens (AVG); niet zolang een dossier het label Lopende rechtszaak heeft.',
      },
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
  errors: {
    offboarding_name_mismatch:
      'De naam komt niet overeen met de naam van de werkgever. Typ de naam precies zoals hij in Werkgevers staat.',
  },
  fieldErrors: {
    legal_proceedings: 'Dit dossier heeft het label Lopende rechtszaak.',
  },
} as const;
