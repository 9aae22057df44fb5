/** Trajectendossier: contact moments, documents and the company doctor's medical notes. */
export const dossierMessages = {
  ui: {
    notes: {
      title: 'Contactmomenten overzicht',
      add: 'Notitie toevoegen',
      empty: 'Er zijn nog geen contactmomenten vastgelegd.',
      date: 'Datum contact',
      type: 'Soort contact',
      text: 'Notitie',
      author: 'Vastgelegd door',
      privacyWarning:
        'Leg geen medische gegevens vast: geen diagnose, klachten, oorzaak of behandeling, ook niet als de werknemer die zelf vertelt of toestemming geeft (Autoriteit Persoonsgegevens).',
      save: 'Notitie opslaan',
      added: 'De notitie is toegevoegd.',
      permanent:
        'Notities blijven bewaard en kunnen niet worden gewijzigd of verwijderd: het trajectendossier is een wettelijk dossier.',
    },
    contactTypes: {
      phone: 'Telefonisch',
      meeting: 'Gesprek',
      video: 'Videogesprek',
      email: 'E-mail',
      letter: 'Brief',
      other: 'Overig',
    },
    documents: {
      title: 'Documenten',
      upload: 'Document uploaden',
      chooseFile: 'Sleep een bestand hierheen of klik om een bestand te kiezen',
      allowed: 'PDF, PNG, JPEG, Word (.docx) of Excel (.xlsx), hoogstens {{limit}} MB.',
      category: 'Categorie',
      uploading: 'Bezig met uploaden: {{percent}}%',
      uploaded: 'Het document is toegevoegd.',
      tooLarge: 'Dit bestand is groter dan {{limit}} MB.',
      empty: 'Er zijn nog geen documenten in dit dossier.',
      emptyCategory: 'Er zijn geen documenten in deze categorie.',
      overview: 'Overzichtsdocumenten',
      allCategories: 'Alle categorieën',
      fileName: 'Bestand',
      uploadedBy: 'Geüpload door',
      uploadedAt: 'Datum',
      download: 'Downloaden',
      withdraw: 'Intrekken',
      withdrawTitle: 'Document intrekken',
      withdrawExplanation:
        'Een ingetrokken document blijft in het dossier staan, doorgestreept en met de reden erbij: het trajectendossier is een wettelijk dossier en er wordt niets verwijderd. Intrekken kan niet ongedaan worden gemaakt.',
      withdrawReason: 'Reden van intrekken',
      withdrawConfirm: 'Document intrekken',
      withdrawn: 'Ingetrokken op {{date}} door {{name}}: {{reason}}',
      withdrawnDone: 'Het document is ingetrokken.',
    },
    categories: {
      correspondence: 'Correspondentie',
      action_plan: 'Plan van aanpak',
      problem_analysis: 'Probleemanalyse',
      occupational_health_feedback: 'Terugkoppeling arbodienst',
      uwv: 'UWV',
      other: 'Overig',
    },
    caseLink: {
      label: 'Hoort bij verzuimmelding',
      none: 'Geen specifieke melding',
      sickness: 'Ziekmelding vanaf {{date}}',
      pregnancy: 'Zwangerschap vanaf {{date}}',
    },
    advice: {
      title: 'Functioneel advies',
      explanation:
        'Het functionele advies van de bedrijfsarts: welk werk mogelijk is, de verwachte duur en aanpassingen. Geen medische gegevens: de werkgever leest dit advies en de medewerker krijgt dezelfde tekst.',
      add: 'Functioneel advies vastleggen',
      workPossible: 'Welk werk is mogelijk',
      expectedDuration: 'Verwachte duur',
      adjustments: 'Aanpassingen',
      noAdjustments: 'Geen aanpassingen nodig.',
      noMedical:
        'Schrijf geen diagnose, klachten of behandeling op: die horen alleen in het medisch dossier.',
      empty: 'Er is nog geen functioneel advies gegeven.',
      confirmTitle: 'Advies versturen naar de medewerker?',
      confirmText:
        'Het advies komt in het dossier, de werkgever kan het lezen en de medewerker krijgt precies deze tekst: per e-mail als er een privé-e-mailadres in de Datakluis staat, anders drukt u het af voor de medewerker. Een advies kan daarna niet worden gewijzigd.',
      confirm: 'Vastleggen en versturen',
      added: 'Het functionele advies is vastgelegd.',
      byline: '{{date}} · bedrijfsarts {{name}}',
      deliveredByEmail: 'Per e-mail naar de medewerker gestuurd',
      deliveredByPrint: 'Geen e-mailadres bekend: druk het advies af voor de medewerker',
      print: 'Afdrukken voor de medewerker',
      mail: {
        subject: 'Functioneel advies van de bedrijfsarts',
        greeting: 'Beste {{name}},',
        intro:
          'De bedrijfsarts {{author}} heeft een functioneel advies gegeven. Uw werkgever heeft hetzelfde advies ontvangen:',
        closing:
          'Heeft u vragen over dit advies? Neem dan contact op met de arbodienst. Dit bericht is automatisch verstuurd.',
      },
    },
    feedback: {
      title: 'Terugkoppeling na consult',
      explanation:
        'Terugkoppeling van de casemanager of bedrijfsarts na een consult, voor de werkgever. De werkgever krijgt er een signaal over.',
      add: 'Terugkoppeling plaatsen',
      consultationDate: 'Datum consult',
      text: 'Terugkoppeling',
      noMedical:
        'Alleen functionele informatie: geen diagnose, klachten of behandeling. De werkgever leest deze tekst.',
      empty: 'Er is nog geen terugkoppeling geplaatst.',
      confirmTitle: 'Terugkoppeling plaatsen?',
      confirmText:
        'De terugkoppeling komt in het dossier en de gebruikers van de werkgever die signalen ontvangen krijgen binnen een kwartier een e-mail. Plaatsen kan niet ongedaan worden gemaakt.',
      confirm: 'Plaatsen',
      added: 'De terugkoppeling is geplaatst.',
      byline: 'Consult van {{date}} · {{name}}',
    },
    permissions: {
      adviceWrite: {
        name: 'Functioneel advies geven',
        help: 'Het functionele advies van de bedrijfsarts vastleggen; de medewerker krijgt dezelfde tekst.',
      },
      feedbackWrite: {
        name: 'Terugkoppeling plaatsen',
        help: 'Terugkoppeling na een consult in het dossier plaatsen; de werkgever krijgt een signaal.',
      },
    },
    medical: {
      title: 'Medisch dossier',
      explanation:
        'Alleen zichtbaar voor de bedrijfsarts. Werkgevers en casemanagers zien deze notities nooit.',
      add: 'Medische notitie toevoegen',
      text: 'Medische notitie',
      empty: 'Er zijn nog geen medische notities.',
      added: 'De medische notitie is opgeslagen.',
    },
    tags: {
      title: 'Labels',
      intro:
        'Een dossier met een label wordt niet opgeschoond, ook niet als de bewaartermijn voorbij is.',
      legalProceedings: 'Lopende rechtszaak',
      legalProceedingsHelp:
        'Er loopt een juridische procedure. Het dossier blijft bewaard en de medewerker kan niet worden verwijderd.',
      excludedFromCleanup: 'Uitgesloten van opschoning',
      excludedFromCleanupHelp: 'Het dossier blijft bewaard na de bewaartermijn.',
      setAt: 'Gezet op {{date}}.',
      saved: 'Het label is bijgewerkt.',
    },
  },
  errors: {
    document_type_not_allowed:
      'Dit soort bestand wordt niet geaccepteerd. U kunt PDF, PNG, JPEG, Word (.docx) en Excel (.xlsx) uploaden.',
    document_legacy_office:
      'Oude Word- en Excel-bestanden (.doc, .xls) worden niet geaccepteerd. Sla het bestand op als PDF, .docx of .xlsx en upload het opnieuw.',
    document_too_large: 'Dit bestand is te groot. Het maximum is {{limit}} MB.',
    document_already_withdrawn: 'Dit document is al ingetrokken.',
  },
  fieldErrors: {
    document_file_missing: 'Kies een bestand.',
    dossier_case_unknown: 'Deze verzuimmelding hoort niet bij deze werknemer.',
  },
} as const;
