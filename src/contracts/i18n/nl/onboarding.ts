/** "Werkgever aansluiten" (issue 14): a new employer, its first departments and super user. */
export const onboardingMessages = {
  ui: {
    open: 'Werkgever aansluiten',
    title: 'Werkgever aansluiten',
    intro:
      'Sluit een nieuwe werkgever in één keer aan: de instellingen, de eerste afdelingen en de eerste supergebruiker, die een uitnodiging per e-mail krijgt.',
    back: 'Terug naar Werkgevers',
    previous: 'Vorige',
    next: 'Volgende',
    submit: 'Werkgever aansluiten',
    steps: {
      employer: 'Werkgever',
      employerDescription: 'Naam en instellingen',
      departments: 'Afdelingen',
      departmentsDescription: 'De eerste afdelingen',
      superUser: 'Supergebruiker',
      superUserDescription: 'Het eerste account',
      review: 'Controleren',
      reviewDescription: 'Alles nalopen',
    },
    protocol: 'Protocollen',
    protocolText:
      'De standaardprotocollen van de arbodienst gelden vanaf de eerste ziekmelding. Een eigen variant voor deze werkgever maakt u daarna onder Protocollen.',
    departments: {
      help: 'Minstens één afdeling. Een afdeling kan onder een eerdere afdeling in de lijst vallen; de rest van de structuur richt de werkgever later zelf in.',
      name: 'Naam van afdeling {{number}}',
      parent: 'Valt onder (afdeling {{number}})',
      top: 'Bovenste niveau',
      add: 'Afdeling toevoegen',
      remove: 'Afdeling {{number}} verwijderen',
    },
    superUser: {
      help: 'De eerste supergebruiker ontvangt een uitnodiging per e-mail om een wachtwoord en een tweede factor in te stellen, en ondertekent bij de eerste keer inloggen de gebruikersovereenkomst van de Datakluis.',
      locale: 'Taal van de uitnodiging en het account',
    },
    review: {
      intro:
        'Controleer de gegevens. Met "Werkgever aansluiten" wordt alles in één keer vastgelegd.',
      employer: 'Werkgever',
      departments: 'Afdelingen',
      superUser: 'Supergebruiker',
      below: 'onder {{parent}}',
      none: '—',
      agreement: 'Gebruikersovereenkomst Datakluis',
      agreementPending: 'Wacht op ondertekening door de supergebruiker',
      edit: 'Wijzigen',
    },
    done: {
      title: 'Werkgever {{name}} is aangesloten',
      invited:
        'De uitnodiging is verstuurd naar {{email}}. De supergebruiker stelt daarmee een wachtwoord en een tweede factor in.',
      notInvited:
        'De werkgever is aangesloten, maar de uitnodiging kon niet worden verstuurd. Kies de werkgever rechtsboven en stuur in Gebruikersbeheer een nieuwe link naar {{email}}.',
      agreement:
        'De gebruikersovereenkomst van de Datakluis wacht op ondertekening: tot dan kan niemand van de werkgever met Verzuim werken.',
      toEmployers: 'Naar Werkgevers',
      another: 'Nog een werkgever aansluiten',
    },
  },
  fieldErrors: {
    employer_name_taken: 'Er is al een werkgever met deze naam. Kies een andere naam.',
    departments_required: 'Voeg minstens één afdeling toe.',
    department_parent_unknown: 'Kies een afdeling die eerder in de lijst staat.',
    department_name_duplicate: 'Deze naam komt al voor op dezelfde plaats. Kies een andere naam.',
  },
} as const;
