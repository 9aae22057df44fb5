/** The datakluis (data vault): agreement, Datakluisbeheer, the personal-data section. */
export const vaultMessages = {
  ui: {
    nav: 'Datakluis',
    permissions: {
      agreement: {
        name: 'Gebruikersovereenkomst Datakluis ondertekenen',
        help: 'Ondertekent namens de werkgever de overeenkomst voor de Datakluis en wordt daarmee datakluisbeheerder. Wie verder toegang heeft tot de Datakluis, bepalen de datakluisbeheerders.',
      },
      careRequest: {
        name: 'Datakluis inzien bij een lopend dossier',
        help: 'Ziet BSN en adres van een werknemer alleen zolang die een lopend verzuimdossier heeft; elke keer wordt vastgelegd.',
      },
    },
    gate: {
      title: 'Gebruikersovereenkomst Datakluis',
      intro:
        'Voordat uw organisatie met Verzuim kan werken, moet een supergebruiker de gebruikersovereenkomst voor de Datakluis digitaal ondertekenen. In de Datakluis legt u het BSN en de adresgegevens van uw werknemers versleuteld vast.',
      textLabel: 'Tekst van de gebruikersovereenkomst',
      signTitle: 'Digitaal ondertekenen',
      signIntro:
        'Vul de naam en het e-mailadres in van de persoon die uw organisatie rechtsgeldig mag vertegenwoordigen. Dat kunt u zelf zijn. Naar dit adres sturen wij de bevestiging.',
      authorisedName: 'Naam rechtsbevoegde persoon',
      authorisedEmail: 'E-mailadres rechtsbevoegde persoon',
      authorisedEmailHint: 'De bevestiging van de ondertekening gaat naar dit adres.',
      accept:
        'Ik heb de gebruikersovereenkomst (versie {{version}}) gelezen en onderteken namens mijn organisatie',
      acceptRequired: 'Vink aan dat u de overeenkomst heeft gelezen en ondertekent.',
      becomesAdmin:
        'Na ondertekening wordt u datakluisbeheerder. U kunt daarna anderen toegang geven en extra beheerders aanwijzen.',
      sign: 'Ondertekenen',
      signed: 'De overeenkomst is ondertekend. De bevestiging is verstuurd naar {{email}}.',
      waitTitle: 'Uw organisatie moet eerst de overeenkomst ondertekenen',
      waitText:
        'Een supergebruiker van uw organisatie moet eerst de gebruikersovereenkomst voor de Datakluis ondertekenen. Daarna kunt u met Verzuim werken. Neem contact op met een supergebruiker als dit te lang duurt.',
    },
    page: {
      title: 'Datakluis',
      intro:
        'In de Datakluis staan het BSN en de adresgegevens van de werknemers, versleuteld. Alleen gebruikers met toegang kunnen ze inzien; elke keer wordt vastgelegd.',
      adminTitle: 'Datakluisbeheer',
      adminIntro:
        'Bepaal wie toegang heeft tot de Datakluis, beslis over aanvragen en bekijk de overeenkomsten. Toegang tot de Datakluis verandert niets aan de andere rechten van een gebruiker.',
      tabs: {
        authorisation: 'Autorisatie',
        requests: 'Beheeracties',
        agreements: 'Beheerdersovereenkomsten',
      },
    },
    self: {
      hasAccess: 'U heeft toegang tot de Datakluis.',
      noAccess: 'U heeft geen toegang tot de Datakluis.',
      pending: 'Uw aanvraag voor toegang wacht op een datakluisbeheerder.',
      request: 'Toegang aanvragen',
      requested:
        'Uw aanvraag is verstuurd. U krijgt een e-mail zodra een datakluisbeheerder heeft beslist.',
    },
    authorisation: {
      intro:
        'Zet de schakelaars om toegang te geven of een beheerder aan te wijzen. Het aantal beheerders is onbeperkt, maar er is er altijd minstens één. Wij adviseren een tweede beheerder voor afwezigheid.',
      name: 'Gebruiker',
      access: 'Toegang',
      admin: 'Beheerder',
      accessFor: 'Toegang tot de Datakluis voor {{name}}',
      adminFor: 'Datakluisbeheerder: {{name}}',
      saved: 'De autorisatie van {{name}} is gewijzigd.',
    },
    requests: {
      intro:
        'Aanvragen van gebruikers die toegang tot de Datakluis willen. De aanvrager krijgt uw besluit per e-mail.',
      empty: 'Er zijn geen aanvragen.',
      requestedAt: 'Aangevraagd op',
      status: 'Stand van zaken',
      actions: 'Acties',
      pending: 'Wacht op besluit',
      approved: 'Goedgekeurd',
      refused: 'Afgewezen',
      approve: 'Goedkeuren',
      refuse: 'Afwijzen',
      confirmRefuseTitle: 'Aanvraag afwijzen',
      confirmRefuse:
        'Weet u zeker dat u de aanvraag van {{name}} wilt afwijzen? {{name}} krijgt hierover een e-mail.',
      approvedNotice: '{{name}} heeft nu toegang tot de Datakluis en krijgt een e-mail.',
      refusedNotice: 'De aanvraag van {{name}} is afgewezen; {{name}} krijgt een e-mail.',
    },
    documents: {
      intro: 'De overeenkomsten van de Datakluis. Elke versie blijft te bekijken en te downloaden.',
      name: 'Overeenkomst',
      version: 'Versie',
      versionOf: 'Versie van {{name}}',
      view: 'Bekijken',
      download: 'Downloaden',
      fingerprint: 'Vingerafdruk (SHA-256) van deze tekst: {{sha256}}',
      user_agreement: 'Gebruikersovereenkomst',
      sla: 'Service Level Agreement (SLA)',
      licence_terms: 'Licentievoorwaarden',
      service_description: 'Dienstbeschrijving',
    },
    widget: {
      title: 'Autorisatieverzoek Datakluis',
      pending: 'Aanvragen voor toegang die op uw besluit wachten: {{count}}',
      none: 'Er wachten geen aanvragen voor toegang tot de Datakluis.',
      open: 'Naar Beheeracties',
    },
    section: {
      bsn: 'BSN',
      address: 'Adres',
      phone: 'Telefoonnummer',
      privateEmail: 'Privé-e-mailadres',
      lettersByEmail: 'Brieven per e-mail',
      yes: 'Ja',
      no: 'Nee',
      none: 'Niet ingevuld',
      notStored: 'Er zijn voor deze werknemer nog geen gegevens in de Datakluis.',
      withheld:
        'De Datakluis is voor u alleen zichtbaar zolang deze werknemer een lopend verzuimgeval heeft.',
      reveal: 'Tonen',
      hide: 'Verbergen',
      revealLogged: 'Elke keer dat u de gegevens toont, wordt vastgelegd.',
      noReveal:
        'U kunt deze gegevens niet inzien. De arbodienst kan dat alleen zolang de werknemer een lopend verzuimdossier heeft.',
      stepUpTitle: 'Bevestig dat u het bent',
      stepUpIntro:
        'Om gegevens uit de Datakluis te tonen, vult u opnieuw uw wachtwoord en tweede factor in. Dit blijft 5 minuten geldig.',
    },
    mail: {
      signed: {
        subject: 'Bevestiging: gebruikersovereenkomst Datakluis ondertekend',
        body: 'Beste {{name}},\n\nNamens uw organisatie is de gebruikersovereenkomst Datakluis ondertekend (versie {{version}}, ondertekend op {{signedAt}}). De vingerafdruk (SHA-256) van de ondertekende tekst is:\n\n{{sha256}}\n\nDe overeenkomst staat in Verzuim onder Datakluisbeheer > Beheerdersovereenkomsten:\n\n{{url}}\n\nHeeft u dit niet verwacht? Neem dan contact op met uw arbodienst.',
      },
      approved: {
        subject: 'U heeft toegang tot de Datakluis',
        body: 'Beste {{name}},\n\nEen datakluisbeheerder heeft uw aanvraag goedgekeurd: u kunt nu BSN- en adresgegevens in de Datakluis inzien. Bij het inzien vraagt Verzuim om uw wachtwoord en tweede factor.\n\n{{url}}',
      },
      refused: {
        subject: 'Uw aanvraag voor de Datakluis is afgewezen',
        body: 'Beste {{name}},\n\nEen datakluisbeheerder heeft uw aanvraag voor toegang tot de Datakluis afgewezen. Uw andere rechten in Verzuim blijven hetzelfde. Heeft u de toegang wel nodig? Neem dan contact op met een datakluisbeheerder van uw organisatie.\n\n{{url}}',
      },
    },
  },
  errors: {
    agreement_required:
      'Uw organisatie moet eerst de gebruikersovereenkomst Datakluis ondertekenen. Tot die tijd kunt u niet met Verzuim werken.',
    agreement_already_signed: 'De gebruikersovereenkomst is al ondertekend.',
    agreement_super_user_only: 'Alleen een supergebruiker kan de overeenkomst ondertekenen.',
    agreement_version_outdated:
      'Er is intussen een nieuwe versie van de overeenkomst. Lees de nieuwe versie en onderteken opnieuw.',
    vault_access_required:
      'U heeft geen toegang tot de Datakluis. Vraag toegang aan bij een datakluisbeheerder.',
    vault_no_open_case:
      'De gegevens in de Datakluis zijn alleen in te zien zolang deze werknemer een lopend verzuimdossier heeft.',
    vault_admin_required: 'Alleen een datakluisbeheerder kan dit doen.',
    vault_last_admin:
      'Er moet altijd minstens één datakluisbeheerder zijn. Wijs eerst een andere beheerder aan.',
    vault_request_exists: 'Uw aanvraag is al verstuurd en wacht op een datakluisbeheerder.',
    vault_already_has_access: 'U heeft al toegang tot de Datakluis.',
    vault_unreadable:
      'Deze gegevens zijn niet te lezen. Neem contact op met uw arbodienst; er is niets gewijzigd.',
  },
  fieldErrors: {
    invalid_phone: 'Vul een geldig telefoonnummer in.',
    letters_by_email_needs_address:
      'Vul een privé-e-mailadres in om brieven per e-mail te ontvangen.',
  },
} as const;
