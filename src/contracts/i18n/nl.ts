import { accessMessages } from './parts/access.js';
import { employeesMessages } from './parts/employees.js';
import { dossierMessages } from './parts/dossier.js';
import { casesMessages } from './parts/cases.js';
import { sickTodayMessages } from './parts/sick-today.js';
import { tasksMessages } from './parts/tasks.js';
import { organisationMessages } from './parts/organisation.js';
import { usersMessages } from './parts/users.js';
import { integrationMessages } from './parts/integration.js';
import { vaultMessages } from './parts/vault.js';
import { auditMessages } from './parts/audit.js';

/**
 * The Dutch message catalogue: the source of truth for keys. `en.ts` must have exactly the same
 * keys (enforced by the `Messages` type and by catalogues.test.ts). Interpolation: `{{name}}`.
 *
 * Key conventions: camelCase for UI texts; `errors.<code>` and `errors.field.<code>` use the
 * snake_case error codes the server sends, so the server can look a message up by its code.
 */
export const nl = {
  app: {
    name: 'Verzuim',
  },
  common: {
    form: {
      blockingFields: 'Opslaan lukt nog niet. Controleer: {{fields}}.',
    },
    loading: 'Bezig met laden…',
    skipToContent: 'Naar de inhoud',
    retry: 'Opnieuw proberen',
    backToHome: 'Terug naar de startpagina',
    errorTitle: 'Er is iets misgegaan',
    cancel: 'Annuleren',
    save: 'Opslaan',
    close: 'Sluiten',
  },
  language: {
    label: 'Taal',
    description: 'De taal van schermen en e-mails. Wordt direct toegepast.',
    nl: 'Nederlands',
    en: 'English (UK)',
    saved: 'Uw taalkeuze is opgeslagen.',
  },
  layout: {
    mainNavigation: 'Hoofdmenu',
    openNavigation: 'Menu openen',
    closeNavigation: 'Menu sluiten',
    noEmployer: 'Geen werkgever gekoppeld',
  },
  nav: {
    employeeSearch: 'Dossier zoeken',
    home: 'Startpagina',
    userManagement: 'Gebruikersbeheer',
    statistics: 'Statistieken',
    questions: 'Vragen',
    settings: 'Instellingen',
    collapse: 'Inklappen',
    expand: 'Uitklappen',
    logout: 'Uitloggen',
  },
  auth: {
    login: {
      title: 'Inloggen',
      intro: 'Log in met uw inlognaam en wachtwoord. Daarna vragen wij om een verificatiecode.',
      loginName: 'Inlognaam',
      password: 'Wachtwoord',
      submit: 'Inloggen',
      togglePasswordVisibility: 'Wachtwoord tonen of verbergen',
      forgotLink: 'Inloggegevens vergeten?',
      expired: 'Uw sessie is verlopen. Log opnieuw in; daarna gaat u verder waar u was.',
      loggedOut: 'U bent uitgelogd.',
      idle: 'U bent automatisch uitgelogd omdat u een tijd niets heeft gedaan. Log opnieuw in om verder te gaan.',
    },
    secondFactor: {
      title: 'Tweestapsverificatie',
      intro: 'Open uw authenticator-app en voer de code van zes cijfers in die bij Verzuim hoort.',
      code: 'Verificatiecode',
      codeDescription: 'Zes cijfers, zonder spaties.',
      codeInvalidFormat: 'Voer precies zes cijfers in.',
      submit: 'Bevestigen',
      backToLogin: 'Terug naar inloggen',
    },
    idleWarning: {
      title: 'Bent u er nog?',
      text: 'Omdat u een tijd niets heeft gedaan, wordt u over {{time}} automatisch uitgelogd.',
      stay: 'Ingelogd blijven',
    },
    logout: {
      failed: 'Uitloggen is niet gelukt. Probeer het opnieuw.',
    },
    mail: {
      resetPassword: {
        subject: 'Nieuw wachtwoord instellen voor Verzuim',
        body: 'Beste {{name}},\n\nEr is een nieuw wachtwoord aangevraagd voor uw account {{loginName}}. Via deze link stelt u een nieuw wachtwoord in (de link is {{minutes}} minuten geldig en werkt één keer):\n\n{{url}}\n\nHeeft u dit niet aangevraagd? Dan kunt u deze e-mail negeren; uw wachtwoord blijft ongewijzigd.',
      },
      loginNames: {
        subject: 'Uw inlognaam voor Verzuim',
        body: 'Beste {{name}},\n\nU heeft uw inlognaam opgevraagd. Bij dit e-mailadres horen deze inlognamen:\n\n{{loginNames}}\n\nHeeft u dit niet aangevraagd? Dan kunt u deze e-mail negeren.',
      },
      invite: {
        subject: 'Uw account voor Verzuim',
        body: 'Beste {{name}},\n\nEr is een account voor u aangemaakt in Verzuim. Uw inlognaam is: {{loginName}}\n\nVia deze link kiest u een wachtwoord en stelt u de tweestapsverificatie in (de link is {{hours}} uur geldig en werkt één keer):\n\n{{url}}',
      },
      passwordChanged: {
        subject: 'Uw wachtwoord voor Verzuim is gewijzigd',
        body: 'Beste {{name}},\n\nHet wachtwoord van uw account {{loginName}} is zojuist gewijzigd. Heeft u dit niet zelf gedaan? Neem dan direct contact op met uw arbodienst.',
      },
      confirmEmail: {
        subject: 'Bevestig uw nieuwe e-mailadres voor Verzuim',
        body: 'Beste {{name}},\n\nBevestig met deze link dat {{email}} het nieuwe e-mailadres van uw account {{loginName}} wordt (de link werkt één keer):\n\n{{url}}',
      },
      emailChangeRequested: {
        subject: 'Uw e-mailadres voor Verzuim wordt gewijzigd',
        body: 'Beste {{name}},\n\nVoor uw account {{loginName}} is gevraagd het e-mailadres te wijzigen in {{email}}. Heeft u dit niet zelf gedaan? Neem dan direct contact op met uw arbodienst.',
      },
      blocked: {
        subject: 'Uw account voor Verzuim is geblokkeerd',
        body: 'Beste {{name}},\n\nUw account {{loginName}} is geblokkeerd na te veel mislukte inlogpogingen. Tot de blokkering is opgeheven, lukt inloggen niet, ook niet met het juiste wachtwoord; het inlogscherm zegt dan alleen dat de inlognaam of het wachtwoord onjuist is.\n\nVraag een nieuw wachtwoord aan via {{url}} (dat heft de blokkering op), of neem contact op met een supergebruiker van uw organisatie of met uw arbodienst.\n\nHeeft u dit niet zelf gedaan? Dan probeert iemand anders in te loggen met uw inlognaam. Uw account is nu beschermd; meld het bij uw arbodienst.',
      },
      unblocked: {
        subject: 'Uw account voor Verzuim is gedeblokkeerd',
        body: 'Beste {{name}},\n\nDe blokkering van uw account {{loginName}} is opgeheven. U kunt weer inloggen via {{url}}',
      },
    },
    forgot: {
      title: 'Inloggegevens vergeten',
      intro:
        'Vraag een nieuw wachtwoord of uw inlognaam aan. U ontvangt een e-mail op het adres dat bij uw account hoort.',
      passwordTitle: 'Wachtwoord aanvragen',
      passwordIntro:
        'Vul uw inlognaam in. Wij sturen u een link waarmee u een nieuw wachtwoord instelt.',
      passwordSubmit: 'Link aanvragen',
      passwordSent:
        'Als deze inlognaam bestaat, ontvangt u binnen enkele minuten een e-mail met een link. De link is een uur geldig.',
      loginNameTitle: 'Inlognaam opvragen',
      loginNameIntro:
        'Vul uw e-mailadres in. Wij sturen u de inlognaam of inlognamen die bij dit adres horen.',
      loginNameSubmit: 'Inlognaam opvragen',
      loginNameSent:
        'Als er accounts bij dit e-mailadres horen, ontvangt u binnen enkele minuten een e-mail met de inlognaam.',
      email: 'E-mailadres',
      emailInvalid: 'Vul een geldig e-mailadres in.',
    },
    newPassword: {
      rulesIntro: 'Uw nieuwe wachtwoord:',
      ruleLength: 'is minstens 12 tekens lang (een zin van een paar woorden werkt goed);',
      ruleCommon: 'is geen veelgebruikt wachtwoord;',
      ruleLoginName: 'bevat uw inlognaam niet.',
      password: 'Nieuw wachtwoord',
      repeat: 'Herhaal het nieuwe wachtwoord',
      mismatch: 'De twee wachtwoorden zijn niet gelijk.',
    },
    reset: {
      title: 'Nieuw wachtwoord instellen',
      intro: 'Kies een nieuw wachtwoord. Daarna logt u in zoals altijd, ook met uw tweede factor.',
      submit: 'Wachtwoord opslaan',
      done: 'Uw nieuwe wachtwoord is opgeslagen. Log in met uw nieuwe wachtwoord.',
      requestNew: 'Nieuwe link aanvragen',
    },
    setup: {
      title: 'Account instellen',
      intro:
        'Welkom bij Verzuim. Kies eerst een wachtwoord en stel daarna de tweestapsverificatie in.',
      stepPassword: 'Wachtwoord',
      stepFactor: 'Tweede factor',
      passwordSubmit: 'Wachtwoord opslaan en verder',
      askNewLink:
        'Vraag een supergebruiker van uw organisatie of uw arbodienst om een nieuwe uitnodiging.',
    },
    confirmEmail: {
      title: 'Nieuw e-mailadres bevestigen',
      done: 'Uw nieuwe e-mailadres is bevestigd. Wij sturen e-mails voortaan naar dit adres.',
    },
  },
  dashboard: {
    title: 'Startpagina',
    welcome: 'Welkom, {{name}}',
    widgets: {
      recentDossiers: {
        title: 'Recent bezochte dossiers',
        empty: 'U heeft nog geen dossiers bezocht.',
      },
      tasks: {
        title: 'Taken',
        empty: 'Er staan geen taken voor u klaar.',
      },
      organisation: {
        title: 'Organisatiestructuur',
        empty: 'Er zijn nog geen afdelingen vastgelegd.',
        employeeCount: 'Medewerkers in dienst: {{count}}',
      },
      currentAbsence: {
        title: 'Actueel verzuim',
        empty: 'Er is op dit moment niemand ziek gemeld.',
      },
      actions: {
        title: 'Acties',
        empty: 'Er zijn nu geen acties voor u beschikbaar.',
      },
    },
  },
  statistics: {
    title: 'Statistieken',
    emptyTitle: 'Nog geen statistieken',
    emptyDescription:
      'Zodra er verzuim is vastgelegd, ziet u hier de verzuimpercentages en meldingsfrequenties.',
  },
  users: usersMessages.nl.ui,
  settings: {
    title: 'Instellingen',
    tabs: {
      general: 'Algemeen',
      security: 'Beveiliging',
    },
    security: {
      unlockedUntil:
        'Beveiligingsinstellingen ontgrendeld tot {{time}}. Daarna vragen wij opnieuw om uw wachtwoord en tweede factor.',
      stepUpTitle: 'Bevestig dat u het bent',
      stepUpIntro:
        'Voer uw wachtwoord en daarna een code van uw tweede factor in. De beveiligingsinstellingen blijven dan 5 minuten open.',
      stepUpNext: 'Volgende',
      sendSms: 'Stuur mij een sms-code',
      smsSent: 'Wij hebben een code gestuurd naar het nummer dat eindigt op {{phone}}.',
      useKey: 'Gebruik mijn beveiligingssleutel',
      keyFailed:
        'De beveiligingssleutel gaf geen antwoord. Probeer het opnieuw of kies een andere manier.',
      passwordTitle: 'Wachtwoord wijzigen',
      passwordIntro: 'Na het wijzigen worden al uw andere sessies beëindigd.',
      currentPassword: 'Huidig wachtwoord',
      passwordSubmit: 'Wachtwoord wijzigen',
      passwordChanged: 'Uw wachtwoord is gewijzigd. Uw andere sessies zijn beëindigd.',
      emailTitle: 'E-mailadres wijzigen',
      emailIntro:
        'Wij sturen een bevestigingslink naar het nieuwe adres en een melding naar het huidige adres.',
      newEmail: 'Nieuw e-mailadres',
      emailSubmit: 'Bevestigingslink versturen',
      emailSent: 'Open de link in de e-mail op uw nieuwe adres om de wijziging af te ronden.',
      sessionsTitle: 'Sessies',
      sessionsIntro:
        'Waar u nu bent ingelogd. Herkent u een sessie niet? Beëindig die en wijzig uw wachtwoord.',
      device: 'Apparaat en browser',
      ipAddress: 'IP-adres',
      lastSeen: 'Laatst actief',
      actions: 'Acties',
      deviceName: '{{browser}} op {{os}}',
      unknownDevice: 'Onbekend apparaat',
      thisSession: 'Deze sessie',
      endSession: 'Beëindigen',
      endOthers: 'Alle andere sessies beëindigen',
    },
  },
  help: {
    title: 'Vragen',
    intro: 'Antwoorden op veelgestelde vragen over inloggen.',
    faq: {
      twoFactor: {
        question: 'Waarom moet ik naast mijn wachtwoord ook een code invoeren?',
        answer:
          'Verzuim bevat persoonsgegevens over gezondheid. Daarom is een tweede stap bij het inloggen verplicht: naast uw wachtwoord voert u een code in die alleen op uw eigen telefoon verschijnt. Zo kan niemand inloggen met alleen uw wachtwoord.',
      },
      authenticatorApp: {
        question: 'Welke app gebruik ik voor de verificatiecode?',
        answer:
          'Elke authenticator-app die tijdgebonden codes maakt, zoals Google Authenticator of Microsoft Authenticator. Wordt de code niet geaccepteerd? Controleer dan of de tijd op uw telefoon automatisch wordt ingesteld.',
      },
      forgotPassword: {
        question: 'Ik ben mijn wachtwoord of inlognaam vergeten. Wat nu?',
        answer:
          'Neem contact op met een supergebruiker binnen uw organisatie of met uw arbodienst. Om veiligheidsredenen geven wij wachtwoorden nooit per telefoon of e-mail door.',
      },
      accountBlocked: {
        question: 'Mijn account is geblokkeerd. Hoe kan ik weer inloggen?',
        answer:
          'Na vijf mislukte inlogpogingen op rij wordt uw account geblokkeerd en ontvangt u daarover een e-mail. Zolang de blokkering duurt, zegt het inlogscherm ook bij het juiste wachtwoord dat de inlognaam of het wachtwoord onjuist is. Vraag een nieuw wachtwoord aan via "Inloggegevens vergeten?"; dat heft de blokkering op. Een supergebruiker van uw organisatie of uw arbodienst kan de blokkering ook opheffen.',
      },
    },
  },
  notFound: {
    title: 'Pagina niet gevonden',
    description: 'De pagina die u zoekt bestaat niet of is verplaatst.',
  },
  dev: {
    outbox: {
      title: 'Uitgaande berichten (ontwikkeling)',
      intro:
        'E-mails en sms-berichten die niet echt zijn verstuurd, omdat er geen SMTP-server of sms-gateway is ingesteld. Het nieuwste bericht staat bovenaan; links zijn aan te klikken.',
      empty: 'Er zijn nog geen berichten verstuurd.',
      mail: 'E-mail',
      sms: 'Sms-bericht',
      to: 'Aan',
      subject: 'Onderwerp',
      sentAt: 'Verstuurd op',
    },
  },
  factors: {
    kinds: {
      totp: 'Authenticator-app',
      sms: 'Sms-code',
      webauthn: 'Beveiligingssleutel',
      backup_code: 'Back-upcode',
    },
    login: {
      chooseMethod: 'Andere manier van inloggen',
      smsIntro: 'Wij sturen een code van zes cijfers naar uw mobiele nummer {{phone}}.',
      smsSend: 'Sms-code versturen',
      smsSent: 'De code is verstuurd naar {{phone}} en is 5 minuten geldig.',
      smsResend: 'Sms opnieuw versturen',
      smsCode: 'Code uit de sms',
      webauthnIntro:
        'Steek uw beveiligingssleutel in de computer of houd hem tegen de lezer, en raak hem aan als hij knippert.',
      webauthnStart: 'Inloggen met beveiligingssleutel',
      webauthnFailed:
        'De beveiligingssleutel is niet herkend, of de handeling is afgebroken. Probeer het opnieuw.',
      backupIntro: 'Voer een van uw back-upcodes in. Elke code werkt maar één keer.',
      backupCode: 'Back-upcode',
      backupCodeDescription: '24 tekens; hoofdletters, spaties en streepjes maken niet uit.',
      backupCodeInvalidFormat: 'Een back-upcode bestaat uit 24 letters en cijfers.',
      troubleTitle: 'Inloggen mislukt?',
      troubleIntro:
        'Geen code ontvangen, of heeft u uw telefoon of sleutel niet bij de hand? Kies hieronder een andere manier.',
      useBackupCode: 'Gebruik back-up code',
      backupUsedTitle: 'U heeft een back-upcode gebruikt',
      backupUsedText:
        'Die code werkt nu niet meer. Maak een nieuwe set back-upcodes, zodat u er altijd een achter de hand heeft.',
      generateNow: 'Nieuwe back-upcodes maken',
      later: 'Niet nu',
      continue: 'Doorgaan',
    },
    settings: {
      title: 'Tweestapsverificatie',
      intro:
        'Met deze middelen bevestigt u dat u het zelf bent wanneer u inlogt. Houd er altijd minstens één.',
      empty: 'U heeft nog geen tweede factor ingesteld.',
      addedOn: 'Toegevoegd op {{date}}',
      remove: 'Verwijderen',
      removeTitle: 'Factor verwijderen',
      removeConfirm: 'Weet u zeker dat u “{{name}}” wilt verwijderen?',
      removed: 'De factor is verwijderd.',
      add: 'Factor toevoegen',
      mobilePhone: 'Mobiel nummer voor sms-codes',
      noPhone: 'Er is geen geverifieerd mobiel nummer.',
      changePhone: 'Mobiel nummer wijzigen',
      addPhone: 'Mobiel nummer toevoegen',
      phoneChanged: 'Het mobiele nummer is gewijzigd.',
      backupCodes: 'Back-upcodes',
      backupRemaining: 'Nog {{count}} ongebruikte back-upcodes.',
      newBackupCodes: 'Nieuwe back-upcodes maken',
      newBackupCodesWarning: 'Uw huidige back-upcodes werken daarna niet meer.',
      cancel: 'Annuleren',
    },
    enrol: {
      title: 'Tweede factor instellen',
      choose: 'Kies waarmee u voortaan uw inlog bevestigt.',
      totpDescription: 'Codes uit een app zoals Google Authenticator of Microsoft Authenticator.',
      smsDescription:
        'Een code per sms. Minder veilig dan een app of sleutel: kies dit alleen als het niet anders kan.',
      webauthnDescription: 'Een USB- of NFC-beveiligingssleutel, zoals een YubiKey.',
      totpInstructions:
        'Scan de QR-code met uw authenticator-app (of typ de geheime sleutel over, of open de link op uw telefoon) en voer daarna de code in die de app toont.',
      totpQrCode: 'Scan deze QR-code met uw authenticator-app',
      totpSecret: 'Geheime sleutel',
      totpOpenLink: 'Openen in authenticator-app',
      code: 'Verificatiecode',
      confirm: 'Bevestigen',
      phone: 'Mobiel nummer',
      phoneDescription: 'Bijvoorbeeld 06 12345678, of een buitenlands nummer met +.',
      phoneSend: 'Code versturen',
      phoneSent: 'Wij hebben een code gestuurd naar {{phone}}.',
      keyLabel: 'Naam van de sleutel',
      keyLabelDescription: 'Zodat u hem later herkent, bijvoorbeeld “YubiKey blauw”.',
      keyRegister: 'Sleutel registreren',
      keyFailed: 'Het registreren van de sleutel is afgebroken of mislukt. Probeer het opnieuw.',
      back: 'Andere methode kiezen',
      done: 'De factor is toegevoegd.',
    },
    backupCodes: {
      title: 'Uw back-upcodes',
      intro:
        'Bewaar deze codes op een veilige plek, bijvoorbeeld in een wachtwoordkluis. Elke code werkt één keer. Wij tonen ze maar één keer.',
      copy: 'Codes kopiëren',
      copied: 'Gekopieerd',
      saved: 'Ik heb de codes bewaard',
    },
    sms: {
      text: 'Uw Verzuim-code is {{code}}. Deze code is 5 minuten geldig. Deel hem met niemand.',
    },
    mail: {
      backupCodesGenerated: {
        subject: 'Nieuwe back-upcodes voor Verzuim',
        text: 'Beste {{name}},\n\nEr is zojuist een nieuwe set back-upcodes gemaakt voor uw Verzuim-account. Uw eerdere codes werken niet meer.\n\nHeeft u dit niet zelf gedaan? Neem dan direct contact op met een supergebruiker van uw organisatie.',
      },
      backupCodeUsed: {
        subject: 'Er is ingelogd met een back-upcode',
        text: 'Beste {{name}},\n\nEr is zojuist ingelogd op uw Verzuim-account met een back-upcode. U heeft nog {{remaining}} ongebruikte codes.\n\nHeeft u dit niet zelf gedaan? Neem dan direct contact op met een supergebruiker van uw organisatie.',
      },
      phoneChanged: {
        subject: 'Uw mobiele nummer voor Verzuim is gewijzigd',
        text: 'Beste {{name}},\n\nSms-codes voor uw Verzuim-account gaan voortaan naar {{phone}}; het vorige nummer ontvangt ze niet meer.\n\nHeeft u dit niet zelf gedaan? Neem dan direct contact op met een supergebruiker van uw organisatie.',
      },
    },
  },
  access: accessMessages.nl.ui,
  employees: employeesMessages.nl.ui,
  dossier: dossierMessages.nl.ui,
  cases: casesMessages.nl.ui,
  tasks: tasksMessages.nl.ui,
  sickToday: sickTodayMessages.nl.ui,
  organisation: organisationMessages.nl.ui,
  integration: integrationMessages.nl.ui,
  vault: vaultMessages.nl.ui,
  audit: auditMessages.nl.ui,
  errors: {
    ...accessMessages.nl.errors,
    ...employeesMessages.nl.errors,
    ...dossierMessages.nl.errors,
    ...casesMessages.nl.errors,
    ...tasksMessages.nl.errors,
    ...organisationMessages.nl.errors,
    ...usersMessages.nl.errors,
    ...integrationMessages.nl.errors,
    ...vaultMessages.nl.errors,
    account_blocked:
      'Uw account is geblokkeerd na te veel mislukte inlogpogingen. Neem contact op met een supergebruiker van uw organisatie of met uw arbodienst om de blokkering op te heffen. U kunt ook een nieuw wachtwoord aanvragen.',
    invalid_link: 'Deze link is ongeldig, al gebruikt of verlopen. Vraag een nieuwe link aan.',
    setup_incomplete: 'Stel eerst een tweede factor in.',
    factor_last_one:
      'Dit is uw laatste tweede factor. Voeg eerst een andere toe voordat u deze verwijdert.',
    factor_not_found: 'Deze factor bestaat niet (meer).',
    sms_send_limit:
      'Er zijn in korte tijd te veel sms-codes verstuurd. Over {{minutes}} min. kunt u een nieuwe code laten sturen; een eerder ontvangen code kunt u nog invullen, of gebruik een andere manier.',
    sms_unavailable: 'Voor uw account is geen geverifieerd mobiel nummer bekend.',
    webauthn_unavailable: 'Voor uw account is geen beveiligingssleutel geregistreerd.',
    phone_invalid: 'Dit is geen geldig mobiel nummer.',
    enrolment_failed: 'De code of sleutel klopt niet of is verlopen. Er is niets toegevoegd.',
    key_already_registered: 'Deze beveiligingssleutel is al geregistreerd.',
    step_up_required:
      'Bevestig eerst opnieuw uw wachtwoord en tweede factor om deze instelling te wijzigen.',
    validation: 'Controleer de gemarkeerde velden.',
    not_found: 'Het gevraagde item is niet gevonden.',
    unauthenticated: 'Uw sessie is verlopen. Log opnieuw in.',
    forbidden: 'U heeft geen toegang tot dit onderdeel.',
    payload_too_large: 'De verstuurde gegevens zijn te groot.',
    bad_request: 'Het verzoek is niet geldig.',
    malformed_json: 'Het verzoek kon niet worden gelezen.',
    unsupported_media_type: 'Dit soort gegevens wordt niet ondersteund.',
    internal: 'Er is een onverwachte fout opgetreden. Probeer het later opnieuw.',
    rate_limited: 'Te veel pogingen. Wacht even en probeer het daarna opnieuw.',
    password_incorrect: 'Het wachtwoord is onjuist.',
    invalid_credentials: 'De inlognaam of het wachtwoord is onjuist.',
    invalid_code: 'De code is onjuist of verlopen.',
    network: 'Geen verbinding met de server. Controleer uw internetverbinding.',
    field: {
      ...accessMessages.nl.fieldErrors,
      ...employeesMessages.nl.fieldErrors,
      ...dossierMessages.nl.fieldErrors,
      ...casesMessages.nl.fieldErrors,
      ...tasksMessages.nl.fieldErrors,
      ...organisationMessages.nl.fieldErrors,
      ...usersMessages.nl.fieldErrors,
      ...integrationMessages.nl.fieldErrors,
      ...vaultMessages.nl.fieldErrors,
      password_too_short: 'Kies een wachtwoord van minstens 12 tekens.',
      password_too_long: 'Een wachtwoord mag hoogstens 1000 tekens lang zijn.',
      password_common:
        'Dit wachtwoord komt voor in lijsten van veelgebruikte wachtwoorden. Kies een ander.',
      password_contains_login_name: 'Uw wachtwoord mag uw inlognaam niet bevatten.',
      password_contains_employer_name: 'Uw wachtwoord mag de naam van uw werkgever niet bevatten.',
      current_password_wrong: 'Dit is niet uw huidige wachtwoord.',
      required: 'Dit veld is verplicht.',
      invalid_type: 'Deze waarde heeft een ongeldig type.',
      too_small: 'Deze waarde is te kort of te klein.',
      too_big: 'Deze waarde is te lang of te groot.',
      invalid_format: 'Deze waarde heeft een ongeldig formaat.',
      unknown_key: 'Dit veld is onbekend.',
      date_out_of_range: 'Kies een datum van {{first}} tot en met {{last}}.',
      invalid_characters:
        'Deze tekst bevat een teken dat niet kan worden opgeslagen (zoals een NUL-teken).',
      invalid_value: 'Deze waarde is niet toegestaan.',
      invalid_kvk_number: 'Een KvK-nummer bestaat uit 8 cijfers.',
      employment_change_outside_employment:
        'Deze datum valt buiten het dienstverband; kies een datum tussen de begin- en einddatum.',
      employment_version_exists:
        'Op deze datum begint al een wijziging; corrigeer die wijziging in plaats van een nieuwe toe te voegen.',
    },
  },
} as const;
