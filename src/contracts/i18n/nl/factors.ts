/** Second factors: choosing one at login, enrolling one, managing them in Instellingen, their mails. */
export const factorsMessages = {
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
} as const;
