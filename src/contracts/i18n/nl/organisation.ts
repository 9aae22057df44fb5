/** Organisation structure, employers, linked accounts, the role matrix and the audit log. */
export const organisationMessages = {
  ui: {
    nav: {
      structure: 'Organisatiestructuur',
      employers: 'Werkgevers',
      audit: 'Auditlog',
      roleMatrix: 'Rollenmatrix',
    },
    structure: {
      title: 'Organisatiestructuur',
      intro:
        'De afdelingen van uw organisatie. Het getal is het aantal medewerkers dat vandaag in dienst is, inclusief de onderliggende afdelingen.',
      emptyTitle: 'Nog geen afdelingen',
      emptyDescription: 'Voeg de eerste afdeling toe om uw organisatie op te bouwen.',
      employeeCount: 'Medewerkers in dienst: {{count}}',
      closedOn: 'Opgeheven per {{date}}',
      managerIs: 'Leidinggevende: {{name}}',
      actionsFor: 'Acties voor {{name}}',
      addTop: 'Afdeling toevoegen',
      addBelow: 'Onderliggende afdeling toevoegen',
      addBelowTitle: 'Afdeling toevoegen onder {{name}}',
      rename: 'Naam wijzigen',
      renameTitle: 'Naam wijzigen van {{name}}',
      move: 'Verplaatsen',
      moveTitle: '{{name}} verplaatsen',
      newParent: 'Nieuwe plaats: onder',
      topLevel: 'Bovenste niveau (direct onder de werkgever)',
      setManager: 'Leidinggevende instellen',
      managerTitle: 'Leidinggevende van {{name}}',
      manager: 'Leidinggevende',
      managerHelp:
        'Een gebruiker van deze werkgever met de rol leidinggevende of supergebruiker. U kunt de leidinggevende later vervangen, niet verwijderen.',
      noManagers: 'Geen geschikte gebruikers gevonden',
      close: 'Opheffen',
      closeTitle: '{{name}} opheffen',
      closeConfirm:
        'De afdeling wordt vandaag opgeheven. Zij blijft met haar geschiedenis bewaard, maar u kunt er geen afdelingen of medewerkers meer onder plaatsen. Dit kan alleen als er niemand meer in dienst is en er geen open onderliggende afdelingen zijn.',
      name: 'Naam van de afdeling',
      done: {
        created: 'De afdeling is toegevoegd.',
        renamed: 'De naam is gewijzigd.',
        moved: 'De afdeling is verplaatst.',
        managerSet: 'De leidinggevende is ingesteld.',
        closed: 'De afdeling is opgeheven.',
      },
    },
    employers: {
      title: 'Werkgevers',
      intro:
        'Alle werkgevers die bij de arbodienst zijn aangesloten, met hun instellingen en gekoppelde accounts.',
      empty: 'Er zijn nog geen werkgevers.',
      caption: 'Aangesloten werkgevers',
      add: 'Werkgever toevoegen',
      edit: 'Wijzigen',
      editNamed: '{{name}} wijzigen',
      name: 'Naam',
      kvkNumber: 'KvK-nummer',
      kvkHelp: '8 cijfers, zoals in het Handelsregister.',
      hrIntegrationMode: 'Koppeling met HR-systeem',
      hrIntegrationHelp:
        'Bij een koppeling levert het HR-systeem de gegevens aan; die velden zijn dan in Verzuim niet te wijzigen.',
      modes: {
        none: 'Geen koppeling',
        full: 'Volledige koppeling (stamgegevens en dienstverbanden)',
        absenceOnly: 'Alleen verzuimkoppeling (ziek- en herstelmeldingen)',
      },
      contact: 'Contactpersoon',
      contactName: 'Naam contactpersoon',
      contactEmail: 'E-mailadres contactpersoon',
      fullTimeHours: 'Uren per week bij een volledige werkweek',
      absenceInsurer: 'Verzuimverzekeraar',
      absenceInsurerHelp:
        'De verzekeraar van het verzuim van deze werkgever; het rapport Ziektetrajecten per verzekeraar groepeert erop.',
      actions: 'Acties',
      saved: 'De werkgever is opgeslagen.',
      created: 'Werkgever {{name}} is toegevoegd.',
    },
    linked: {
      title: 'Gekoppelde accounts',
      titleNamed: 'Gekoppelde accounts van {{name}}',
      intro:
        'Koppel een bestaand account aan deze werkgever met een rol. De gebruiker wisselt daarna zelf van werkgever, rechtsboven in het scherm.',
      loginName: 'Inlognaam van het bestaande account',
      role: 'Rol bij deze werkgever',
      link: 'Koppelen',
      linked: '{{loginName}} is gekoppeld aan {{name}}.',
      none: 'Er zijn nog geen accounts gekoppeld.',
      caption: 'Accounts van {{name}}',
      user: 'Gebruiker',
      employerCount: 'Aantal werkgevers',
      unlink: 'Ontkoppelen',
      unlinkNamed: '{{name}} ontkoppelen',
      unlinkConfirm:
        '{{name}} verliest de toegang tot {{employer}}. Het account zelf blijft bestaan en werkt nog bij de andere werkgevers.',
      unlinked: 'Het account is ontkoppeld.',
    },
    care: {
      title: 'Casemanagers en bedrijfsartsen',
      titleNamed: 'Casemanagers en bedrijfsartsen van {{name}}',
      intro:
        'Wijs casemanagers en bedrijfsartsen van de arbodienst toe aan deze werkgever of aan één afdeling. Hun werklijst toont de werkgevers die aan hen zijn toegewezen.',
      person: 'Casemanager of bedrijfsarts',
      node: 'Werkt voor',
      wholeEmployer: 'De hele werkgever',
      assign: 'Toewijzen',
      assigned: 'De toewijzing is opgeslagen.',
      noCandidates: 'Geen casemanager of bedrijfsarts gevonden.',
      none: 'Er is nog niemand toegewezen.',
      caption: 'Toegewezen aan {{name}}',
      unassign: 'Toewijzing beëindigen',
      unassignNamed: 'Toewijzing van {{name}} beëindigen',
      unassignConfirm:
        '{{name}} ziet {{employer}} (of deze afdeling) niet meer in de werklijst. Het account zelf blijft bestaan.',
      unassigned: 'De toewijzing is beëindigd.',
    },
    switch: {
      button: '{{name}}, werkgever wisselen',
      title: 'Werkgever wisselen',
      search: 'Zoek een werkgever',
      none: 'Geen werkgevers gevonden.',
      truncated: 'Niet alle werkgevers worden getoond. Zoek op naam.',
      switched: 'U werkt nu voor {{name}}.',
    },
    roleMatrix: {
      title: 'Rollenmatrix',
      intro:
        'Wat u met welke rol kunt doen. Deze tabel komt uit dezelfde regels die Verzuim bij elke handeling controleert.',
      caption: 'Rechten per rol',
      permission: 'Recht',
      yes: 'Ja',
      no: 'Nee',
      rolesTitle: 'De rollen',
      scopeNote:
        'Naast de rol bepaalt de dossiertoegang welke medewerkers u ziet: de hele werkgever, bepaalde afdelingen (met de onderliggende afdelingen) of bepaalde medewerkers.',
      permissions: {
        usersManage: {
          name: 'Gebruikersbeheer',
          help: 'Accounts toevoegen en wijzigen, rollen en dossiertoegang instellen.',
        },
        accountsUnblock: {
          name: 'Accounts deblokkeren',
          help: 'Een account vrijgeven na te veel mislukte inlogpogingen.',
        },
        accountsLink: {
          name: 'Accounts koppelen',
          help: 'Eén inlognaam aan meerdere werkgevers koppelen of weer ontkoppelen.',
        },
        employersManage: {
          name: 'Werkgevers beheren',
          help: 'Werkgevers aanmaken en hun instellingen wijzigen.',
        },
        organisationRead: {
          name: 'Organisatiestructuur bekijken',
          help: 'De afdelingen en het aantal medewerkers per afdeling zien.',
        },
        organisationManage: {
          name: 'Organisatiestructuur beheren',
          help: 'Afdelingen toevoegen, hernoemen, verplaatsen, opheffen en leidinggevenden instellen.',
        },
        employeesSearch: {
          name: 'Medewerkers zoeken',
          help: 'Medewerkers binnen de dossiertoegang op naam vinden.',
        },
        employeesRead: {
          name: 'Medewerkergegevens bekijken',
          help: 'Persoonsgegevens en dienstverbanden inzien.',
        },
        employeesWrite: {
          name: 'Medewerkergegevens wijzigen',
          help: 'Medewerkers toevoegen, gegevens en dienstverbanden wijzigen, uit dienst melden.',
        },
        casesReport: {
          name: 'Ziek en hersteld melden',
          help: 'Ziekmeldingen, herstelmeldingen en zwangerschap vastleggen.',
        },
        casesRead: {
          name: 'Verzuim bekijken',
          help: 'Verzuimgevallen en hun verloop inzien.',
        },
        dossierNotes: {
          name: 'Dossiernotities',
          help: 'Notities en contactmomenten in het dossier lezen en schrijven.',
        },
        dossierDocuments: {
          name: 'Dossierdocumenten',
          help: 'Documenten aan het dossier toevoegen en openen.',
        },
        medicalNotes: {
          name: 'Medische notities',
          help: 'Alleen voor de bedrijfsarts; geen werkgever kan ze ooit lezen.',
        },
        tasksWork: {
          name: 'Taken',
          help: 'Taken uit het poortwachterprotocol zien en afhandelen.',
        },
        statisticsRead: {
          name: 'Statistieken',
          help: 'Verzuimcijfers binnen de eigen dossiertoegang bekijken.',
        },
        signalsReceive: {
          name: 'Signalen ontvangen',
          help: 'E-mails over termijnen en gebeurtenissen in het verzuim.',
        },
        auditRead: {
          name: 'Auditlog bekijken',
          help: 'Alle wijzigingen en inzages doorzoeken en exporteren.',
        },
        protocolsManage: {
          name: 'Protocollen beheren',
          help: 'Verzuimprotocollen en documentsjablonen van de arbodienst beheren.',
        },
      },
      roles: {
        superUser:
          'Alles voor de eigen werkgever binnen de dossiertoegang, inclusief gebruikersbeheer; ontvangt signalen.',
        superUserNoSignals: 'Als supergebruiker, maar ontvangt geen signalen.',
        superUserIntegration:
          'Als supergebruiker, voor een werkgever met HR-koppeling: stamgegevens en dienstverbanden zijn alleen te lezen.',
        superUserIntegrationNoSignals: 'Als supergebruiker koppeling, zonder signalen.',
        superUserIntegrationSickOnly:
          'Bij een HR-koppeling: alleen ziek en hersteld melden en de dossiers binnen de toegang inzien.',
        managerWithReports:
          'Ziet de medewerkers binnen de toegang (meestal de eigen afdeling) en meldt ziek en hersteld; ontvangt signalen.',
        managerWithoutReports: 'Als leidinggevende, maar meldt niet zelf ziek of hersteld.',
        absenceReporter: 'Zoekt medewerkers en meldt ziek en hersteld; ziet geen dossierinhoud.',
        operatorAdmin:
          'Beheerder van de arbodienst: werkgevers, afdelingen, gekoppelde accounts, deblokkeren en de auditlog.',
        caseManager: 'Werkt de dossiers van de toegewezen werkgevers bij de arbodienst.',
        companyDoctor: 'Bedrijfsarts: de enige rol die medische notities leest en schrijft.',
      },
    },
    audit: {
      title: 'Auditlog',
      intro:
        'Elke wijziging en elke inzage van een dossier, nieuwste eerst. De auditlog kan niet worden gewijzigd.',
      employer: 'Werkgever',
      loginName: 'Gebruiker (inlognaam)',
      action: 'Handeling',
      actionHelp: 'Het begin is genoeg, bijvoorbeeld "departments."',
      subjectType: 'Soort onderwerp',
      subjectId: 'Kenmerk onderwerp',
      from: 'Vanaf datum',
      to: 'Tot en met datum',
      apply: 'Filteren',
      export: 'Exporteren als CSV',
      exportXlsx: 'Exporteren als Excel',
      empty: 'Geen regels gevonden bij deze selectie.',
      caption: 'Auditlog, pagina {{page}}',
      time: 'Tijdstip',
      subject: 'Onderwerp',
      origin: 'IP-adres en verzoek',
      details: 'Bijzonderheden',
      previous: 'Vorige',
      next: 'Volgende',
      page: 'Pagina {{page}}',
    },
  },
  errors: {
    care_already_assigned: 'Deze persoon is al toegewezen aan deze werkgever of afdeling.',
    department_closed: 'Deze afdeling is al opgeheven.',
    department_has_open_sub_departments:
      'Deze afdeling heeft nog open onderliggende afdelingen. Hef die eerst op of verplaats ze.',
    department_has_employees:
      'Er zijn vandaag nog medewerkers in dienst bij deze afdeling. Verplaats hen eerst naar een andere afdeling.',
    account_already_linked: 'Dit account is al gekoppeld aan deze werkgever.',
    last_employer_link:
      'Dit is de enige werkgever van dit account. Een account wordt nooit losgekoppeld van zijn laatste werkgever.',
    account_manages_departments:
      'Deze gebruiker is leidinggevende van een afdeling bij deze werkgever. Wijs eerst een andere leidinggevende aan.',
    audit_export_too_large:
      'Deze selectie bevat meer dan {{limit}} regels. Maak de selectie kleiner, bijvoorbeeld met een kortere periode.',
  },
  fieldErrors: {
    not_a_care_account: 'Kies een actieve casemanager of bedrijfsarts van de arbodienst.',
    department_move_cycle:
      'Een afdeling kan niet onder zichzelf of onder een van haar eigen onderliggende afdelingen komen.',
    department_parent_closed: 'Onder een opgeheven afdeling kunt u geen afdeling plaatsen.',
    department_nothing_to_change: 'Geef de afdeling een nieuwe naam of een nieuwe plaats.',
    department_already_there: 'De afdeling staat al op deze plaats.',
    manager_not_eligible:
      'Kies een gebruiker van deze werkgever met de rol leidinggevende of supergebruiker.',
    unknown_login_name: 'Er bestaat geen account met deze inlognaam.',
    operator_account_not_linkable:
      'Dit is een account van de arbodienst; dat werkt al voor alle werkgevers.',
  },
} as const;
