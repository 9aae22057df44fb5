import type { MessageTree } from '../message-tree.js';

/** The datakluis (data vault): agreement, Datakluisbeheer, the personal-data section. */
const nl = {
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

const en: MessageTree<typeof nl> = {
  ui: {
    nav: 'Data vault',
    permissions: {
      agreement: {
        name: 'Sign the data vault user agreement',
        help: 'Signs the data vault agreement on behalf of the employer and so becomes data vault administrator. Who else has access to the data vault is decided by the administrators.',
      },
      careRequest: {
        name: 'View the data vault during an open case',
        help: 'Sees an employee’s BSN and address only while the employee has an open absence case; every view is recorded.',
      },
    },
    gate: {
      title: 'Data vault user agreement',
      intro:
        'Before your organisation can work with Verzuim, a super user must sign the user agreement for the data vault digitally. In the data vault you keep the citizen service numbers (BSN) and addresses of your employees, encrypted.',
      textLabel: 'Text of the user agreement',
      signTitle: 'Sign digitally',
      signIntro:
        'Enter the name and e-mail address of the person legally authorised to represent your organisation. This may be you. We send the confirmation to this address.',
      authorisedName: 'Name of the authorised person',
      authorisedEmail: 'E-mail address of the authorised person',
      authorisedEmailHint: 'The confirmation of the signature goes to this address.',
      accept:
        'I have read the user agreement (version {{version}}) and sign it on behalf of my organisation',
      acceptRequired: 'Please tick that you have read and sign the agreement.',
      becomesAdmin:
        'After signing you become data vault administrator. You can then give others access and appoint more administrators.',
      sign: 'Sign',
      signed: 'The agreement has been signed. The confirmation was sent to {{email}}.',
      waitTitle: 'Your organisation must sign the agreement first',
      waitText:
        'A super user of your organisation must first sign the user agreement for the data vault. After that you can work with Verzuim. Please contact a super user if this takes too long.',
    },
    page: {
      title: 'Data vault',
      intro:
        'The data vault holds the employees’ citizen service numbers (BSN) and addresses, encrypted. Only users with access can view them; every view is recorded.',
      adminTitle: 'Data vault management',
      adminIntro:
        'Decide who has access to the data vault, decide on requests and view the agreements. Access to the data vault changes none of a user’s other rights.',
      tabs: {
        authorisation: 'Authorisation',
        requests: 'Requests',
        agreements: 'Agreements',
      },
    },
    self: {
      hasAccess: 'You have access to the data vault.',
      noAccess: 'You have no access to the data vault.',
      pending: 'Your request for access is waiting for a data vault administrator.',
      request: 'Request access',
      requested:
        'Your request has been sent. You will get an e-mail once an administrator has decided.',
    },
    authorisation: {
      intro:
        'Use the switches to give access or appoint an administrator. There is no limit on administrators, but there is always at least one. We advise a second administrator for absences.',
      name: 'User',
      access: 'Access',
      admin: 'Administrator',
      accessFor: 'Data vault access for {{name}}',
      adminFor: 'Data vault administrator: {{name}}',
      saved: 'The authorisation of {{name}} has been changed.',
    },
    requests: {
      intro:
        'Requests from users who want access to the data vault. The requester gets your decision by e-mail.',
      empty: 'There are no requests.',
      requestedAt: 'Requested on',
      status: 'Status',
      actions: 'Actions',
      pending: 'Awaiting decision',
      approved: 'Approved',
      refused: 'Refused',
      approve: 'Approve',
      refuse: 'Refuse',
      confirmRefuseTitle: 'Refuse request',
      confirmRefuse:
        'Are you sure you want to refuse the request of {{name}}? {{name}} will get an e-mail about it.',
      approvedNotice: '{{name}} now has access to the data vault and gets an e-mail.',
      refusedNotice: 'The request of {{name}} was refused; {{name}} gets an e-mail.',
    },
    documents: {
      intro:
        'The agreements of the data vault. Every version stays available to view and download.',
      name: 'Agreement',
      version: 'Version',
      versionOf: 'Version of {{name}}',
      view: 'View',
      download: 'Download',
      fingerprint: 'Fingerprint (SHA-256) of this text: {{sha256}}',
      user_agreement: 'User agreement',
      sla: 'Service level agreement',
      licence_terms: 'Licence terms',
      service_description: 'Service description',
    },
    widget: {
      title: 'Data vault access requests',
      pending: 'Access requests waiting for your decision: {{count}}',
      none: 'No requests for data vault access are waiting.',
      open: 'Go to requests',
    },
    section: {
      bsn: 'BSN (citizen service number)',
      address: 'Address',
      phone: 'Phone number',
      privateEmail: 'Private e-mail address',
      lettersByEmail: 'Letters by e-mail',
      yes: 'Yes',
      no: 'No',
      none: 'Not filled in',
      notStored: 'There is no data in the data vault for this employee yet.',
      withheld: 'You can see the data vault only while this employee has an open absence case.',
      reveal: 'Show',
      hide: 'Hide',
      revealLogged: 'Every time you show the data, it is recorded.',
      noReveal:
        'You cannot view this data. The occupational health service can only do so while the employee has an open absence case.',
      stepUpTitle: 'Confirm it is you',
      stepUpIntro:
        'To show data from the data vault, enter your password and second factor again. This stays valid for 5 minutes.',
    },
    mail: {
      signed: {
        subject: 'Confirmation: data vault user agreement signed',
        body: 'Dear {{name}},\n\nThe data vault user agreement has been signed on behalf of your organisation (version {{version}}, signed on {{signedAt}}). The fingerprint (SHA-256) of the signed text is:\n\n{{sha256}}\n\nThe agreement is in Verzuim under Data vault management > Agreements:\n\n{{url}}\n\nDid you not expect this? Please contact your occupational health service.',
      },
      approved: {
        subject: 'You have access to the data vault',
        body: 'Dear {{name}},\n\nA data vault administrator has approved your request: you can now view citizen service numbers (BSN) and addresses in the data vault. Verzuim asks for your password and second factor when you do.\n\n{{url}}',
      },
      refused: {
        subject: 'Your data vault request was refused',
        body: 'Dear {{name}},\n\nA data vault administrator has refused your request for access to the data vault. Your other rights in Verzuim stay the same. If you do need access, please contact a data vault administrator of your organisation.\n\n{{url}}',
      },
    },
  },
  errors: {
    agreement_required:
      'Your organisation must first sign the data vault user agreement. Until then you cannot work in Verzuim.',
    agreement_already_signed: 'The user agreement has already been signed.',
    agreement_super_user_only: 'Only a super user can sign the agreement.',
    agreement_version_outdated:
      'A new version of the agreement has been published in the meantime. Please read it and sign again.',
    vault_access_required:
      'You have no access to the data vault. Ask a data vault administrator for access.',
    vault_no_open_case:
      'The data vault can only be viewed while this employee has an open absence case.',
    vault_admin_required: 'Only a data vault administrator can do this.',
    vault_last_admin:
      'There must always be at least one data vault administrator. Appoint another administrator first.',
    vault_request_exists: 'Your request has been sent and is waiting for an administrator.',
    vault_already_has_access: 'You already have access to the data vault.',
    vault_unreadable:
      'This data cannot be read. Please contact your occupational health service; nothing was changed.',
  },
  fieldErrors: {
    invalid_phone: 'Enter a valid phone number.',
    letters_by_email_needs_address: 'Enter a private e-mail address to receive letters by e-mail.',
  },
};

export const vaultMessages = { nl, en };
