import { factorsMessages } from './factors.js';

/**
 * What the login frame shows before anyone is logged in (the login steps, the links of e-mails, the
 * 404 page), and the errors those pages may show: the first file the browser loads. The rest is
 * in `app.ts`, loaded with the app frame.
 */
export const startMessages = {
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
    clearChoice: 'Keuze wissen',
  },
  language: {
    label: 'Taal',
    description: 'De taal van schermen en e-mails. Wordt direct toegepast.',
    nl: 'Nederlands',
    en: 'English (UK)',
    saved: 'Uw taalkeuze is opgeslagen.',
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
  factors: factorsMessages,
  notFound: {
    title: 'Pagina niet gevonden',
    description: 'De pagina die u zoekt bestaat niet of is verplaatst.',
  },
  errors: {
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
    malformed_upload:
      'De upload kon niet worden gelezen: de formuliergegevens zijn onvolledig of beschadigd. Verstuur het bestand opnieuw.',
    unsupported_media_type: 'Dit soort gegevens wordt niet ondersteund.',
    internal: 'Er is een onverwachte fout opgetreden. Probeer het later opnieuw.',
    rate_limited: 'Te veel pogingen. Wacht even en probeer het daarna opnieuw.',
    service_unavailable: 'De dienst is even niet bereikbaar. Probeer het zo opnieuw.',
    password_incorrect: 'Het wachtwoord is onjuist.',
    invalid_credentials: 'De inlognaam of het wachtwoord is onjuist.',
    invalid_code: 'De code is onjuist of verlopen.',
    network: 'Geen verbinding met de server. Controleer uw internetverbinding.',
    field: {
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
