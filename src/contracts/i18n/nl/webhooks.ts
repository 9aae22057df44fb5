/** Page "Koppelingen", section Webhook: events posted to the HR system (issue 13). */
export const webhooksMessages = {
  ui: {
    title: 'Webhook naar uw HR-systeem',
    intro:
      'Verzuim kan gebeurtenissen direct naar uw HR-systeem sturen. Elk bericht is ondertekend volgens Standard Webhooks; controleer de handtekening met het geheim.',
    url: 'Adres (URL)',
    urlHint: 'Het adres van uw HR-systeem dat de berichten ontvangt; in productie altijd https.',
    enabled: 'Webhook aan',
    events: 'Gebeurtenissen',
    eventNames: {
      caseOpened: 'Verzuimgeval geopend',
      caseChanged: 'Verzuimgeval gewijzigd',
      caseClosed: 'Verzuimgeval afgesloten',
      taskDue: 'Taak moet nu gebeuren (uiterste datum bereikt)',
      caseWithdrawn: 'Ziekmelding ingetrokken',
    },
    save: 'Webhook opslaan',
    saved: 'De webhook is opgeslagen.',
    secretCreated: 'Geheim aangemaakt of vernieuwd op {{date}}',
    rotate: 'Geheim vernieuwen',
    rotateTitle: 'Nieuw geheim voor de webhook?',
    rotateText:
      'Berichten worden vanaf nu met het nieuwe geheim ondertekend; het oude geheim werkt meteen niet meer. Zet het nieuwe geheim direct in het HR-systeem.',
    rotateConfirm: 'Ja, nieuw geheim',
    secretTitle: 'Bewaar het geheim van de webhook nu',
    secretText:
      'Dit geheim wordt maar één keer getoond. Uw HR-systeem controleert er de handtekening van elk bericht mee. Kwijt? Vernieuw dan het geheim.',
    secret: 'Geheim',
    done: 'Ik heb het geheim bewaard',
    remove: 'Webhook verwijderen',
    removeTitle: 'Webhook verwijderen?',
    removeText:
      'Het adres, het geheim, berichten die nog wachten en het verzendlogboek worden verwijderd. Verzuim stuurt daarna niets meer naar uw HR-systeem.',
    removeConfirm: 'Ja, verwijderen',
    removed: 'De webhook is verwijderd.',
    sendTest: 'Testbericht versturen',
    testSent: 'Testbericht verstuurd: {{status}}',
    testFailed: 'Testbericht niet afgeleverd: {{status}}',
    log: 'Afleverlog',
    logEmpty: 'Er zijn nog geen berichten verstuurd.',
    createdAt: 'Tijdstip',
    type: 'Gebeurtenis',
    status: 'Afleverstatus',
    attempts: 'Pogingen',
    statuses: {
      pending: 'Wordt opnieuw geprobeerd',
      delivered: 'Afgeleverd',
      failed: 'Mislukt',
    },
    nextAttempt: 'Volgende poging {{date}}',
    attempt: '{{date}} · {{status}} · duur {{duration}} ms',
    noAnswer: 'geen antwoord',
  },
  fieldErrors: {
    webhook_url_https: 'Gebruik een adres dat met https:// begint.',
    duplicate_event: 'Elke gebeurtenis kan maar één keer worden gekozen.',
  },
} as const;
