/** Taken (SPEC.md §2.7): the tasks of the Wet verbetering poortwachter. */
export const tasksMessages = {
  ui: {
    state: {
      late: 'Te laat',
      now: 'Nu uitvoeren',
      future: 'Gepland',
      done: 'Uitgevoerd',
      postponed: 'Uitgesteld',
      cancelled: 'Vervallen',
      set_aside: 'Vervallen door systeem',
    },
    status: {
      open: 'Openstaand',
      done: 'Uitgevoerd',
      postponed: 'Uitgesteld',
      cancelled: 'Vervallen',
      set_aside: 'Vervallen door systeem',
    },
    important: 'Belangrijk',
    assignedTo: 'Voor {{name}}',
    saved: 'De taak is bijgewerkt.',
    actions: {
      label: 'Acties voor {{name}}',
      done: 'Uitgevoerd…',
      postpone: 'Uitstellen…',
      notPostponable: 'Wettelijke termijn: kan niet worden uitgesteld.',
      cancel: 'Laten vervallen…',
      assign: 'Toewijzen…',
      important: 'Markeren als belangrijk',
      notImportant: 'Niet meer belangrijk',
    },
    forms: {
      taskLine: '{{name}} voor {{employee}}, uiterlijk {{date}}',
      doneTitle: 'Taak uitgevoerd',
      doneOn: 'Uitgevoerd op',
      doneSubmit: 'Opslaan als uitgevoerd',
      postponeTitle: 'Taak uitstellen',
      newDueDate: 'Nieuwe datum',
      reason: 'Reden',
      postponeSubmit: 'Uitstellen',
      cancelTitle: 'Taak laten vervallen',
      cancelWarning:
        'Een vervallen taak hoeft niet meer te worden uitgevoerd en kan niet worden heropend.',
      cancelSubmit: 'Laten vervallen',
      assignTitle: 'Taak toewijzen',
      assignee: 'Toewijzen aan',
      assigneeHelp:
        'Gebruikers die taken uitvoeren en het dossier van deze werknemer mogen inzien.',
      nobody: 'Niemand in het bijzonder',
      assignSubmit: 'Toewijzen',
    },
    widget: {
      all: 'Alle taken',
      late: 'Te laat',
      now: 'Nu uitvoeren',
      future: 'Toekomstige taken',
    },
    timeline: {
      /** The dossier section's title after the kind of its cases' tasks. */
      titles: {
        all: 'Taken',
        sickness: 'Poortwachter',
        pregnancy: 'Zwangerschap (WAZO)',
      },
      empty: 'Er zijn geen taken: er is geen ziekteverzuim of zwangerschap.',
      since: 'Ziek sinds {{date}}',
      pregnantSince: 'Zwangerschap sinds {{date}}',
      expectedDelivery: 'Uitgerekend op {{date}}',
      progress: 'Dag {{sickDay}} · week {{week}} van {{ofWeeks}}',
      due: '{{date}} (ziektedag {{sickDay}})',
      doneOn: 'uitgevoerd op {{date}}',
    },
    page: {
      title: 'Taken',
      description:
        'De taken van de Wet verbetering poortwachter voor de werknemers binnen uw bereik.',
      empty: 'Er zijn geen taken die aan de filters voldoen.',
    },
    filters: {
      status: 'Stand van de taak',
      anyStatus: 'Alle',
      dueFrom: 'Uiterlijk vanaf',
      dueTo: 'Uiterlijk tot en met',
      assignedToMe: 'Aan mij toegewezen',
    },
    calendar: {
      name: 'Verzuim: taken',
      title: 'Agenda',
      intro:
        'Zet uw openstaande taken in uw eigen agenda (Outlook, Google, Apple) met een geheime link. In de agenda staan alleen de taak en de initialen van de werknemer; de link in een afspraak opent het dossier na inloggen.',
      introOperator:
        'Zet de taken die aan u zijn toegewezen, bij alle werkgevers, in uw eigen agenda (Outlook, Google, Apple) met een geheime link. In de agenda staan alleen de taak en de initialen van de werknemer.',
      none: 'U hebt nog geen agendalink.',
      since:
        'Uw agendalink bestaat sinds {{date}}. De link wordt maar één keer getoond; maak een nieuwe als u hem opnieuw nodig hebt.',
      create: 'Agendalink maken',
      renew: 'Nieuwe link maken',
      confirmTitle: 'Nieuwe agendalink maken?',
      confirmMessage:
        'De huidige link werkt daarna niet meer. Agenda’s die hem gebruiken, tonen uw taken pas weer als u de nieuwe link toevoegt.',
      confirm: 'Nieuwe link maken',
      url: 'Uw geheime agendalink',
      urlHelp: 'Kopieer hem nu: hij wordt niet opnieuw getoond. Deel hem met niemand.',
      copy: 'Kopiëren',
      copied: 'Gekopieerd',
    },
    columns: {
      due: 'Uiterlijk',
      task: 'Taak',
      employee: 'Werknemer',
      state: 'Stand',
      actions: 'Acties',
    },
  },
  errors: {
    task_not_open: 'Deze taak is al afgerond, vervallen of opzijgezet; dat kan niet meer.',
    task_not_postponable: 'Deze taak heeft een wettelijke termijn en kan niet worden uitgesteld.',
  },
  fieldErrors: {
    task_done_in_future: 'De datum van uitvoering kan niet in de toekomst liggen.',
    task_postpone_not_later: 'Kies een datum na de huidige datum van de taak.',
    task_assignee_not_allowed:
      'Deze gebruiker kan deze taak niet krijgen: alleen gebruikers die taken uitvoeren en het dossier van deze werknemer mogen inzien.',
  },
} as const;
