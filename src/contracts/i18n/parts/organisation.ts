import type { MessageTree } from '../message-tree.js';

/** Organisation structure, employers, linked accounts, the role matrix and the audit log. */
const nl = {
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

const en: MessageTree<typeof nl> = {
  ui: {
    nav: {
      structure: 'Organisation structure',
      employers: 'Employers',
      audit: 'Audit log',
      roleMatrix: 'Role matrix',
    },
    structure: {
      title: 'Organisation structure',
      intro:
        'The departments of your organisation. The number is how many people are employed today, sub-departments included.',
      emptyTitle: 'No departments yet',
      emptyDescription: 'Add the first department to build up your organisation.',
      employeeCount: 'Employed: {{count}}',
      closedOn: 'Closed from {{date}}',
      managerIs: 'Manager: {{name}}',
      actionsFor: 'Actions for {{name}}',
      addTop: 'Add department',
      addBelow: 'Add sub-department',
      addBelowTitle: 'Add a department below {{name}}',
      rename: 'Rename',
      renameTitle: 'Rename {{name}}',
      move: 'Move',
      moveTitle: 'Move {{name}}',
      newParent: 'New place: below',
      topLevel: 'Top level (directly below the employer)',
      setManager: 'Set manager',
      managerTitle: 'Manager of {{name}}',
      manager: 'Manager',
      managerHelp:
        'A user of this employer with a manager or super user role. You can replace the manager later, not remove them.',
      noManagers: 'No suitable users found',
      close: 'Close department',
      closeTitle: 'Close {{name}}',
      closeConfirm:
        'The department is closed from today. It is kept with its history, but no departments or employees can be placed in it any more. This is only possible when nobody is employed in it and it has no open sub-departments.',
      name: 'Department name',
      done: {
        created: 'The department has been added.',
        renamed: 'The name has been changed.',
        moved: 'The department has been moved.',
        managerSet: 'The manager has been set.',
        closed: 'The department has been closed.',
      },
    },
    employers: {
      title: 'Employers',
      intro:
        'Every employer served by the occupational health service, with its settings and linked accounts.',
      empty: 'There are no employers yet.',
      caption: 'Employers served',
      add: 'Add employer',
      edit: 'Edit',
      editNamed: 'Edit {{name}}',
      name: 'Name',
      kvkNumber: 'Chamber of Commerce (KvK) number',
      kvkHelp: '8 digits, as in the Business Register.',
      hrIntegrationMode: 'HR system integration',
      hrIntegrationHelp:
        'With an integration the HR system supplies the data; those fields cannot be changed in Verzuim.',
      modes: {
        none: 'No integration',
        full: 'Full integration (master data and employments)',
        absenceOnly: 'Absence integration only (sick and recovery reports)',
      },
      contact: 'Contact person',
      contactName: 'Contact name',
      contactEmail: 'Contact e-mail address',
      fullTimeHours: 'Hours per week in a full-time working week',
      actions: 'Actions',
      saved: 'The employer has been saved.',
      created: 'Employer {{name}} has been added.',
    },
    linked: {
      title: 'Linked accounts',
      titleNamed: 'Linked accounts of {{name}}',
      intro:
        'Link an existing account to this employer with a role. The user then switches employer themselves, at the top right of the screen.',
      loginName: 'Login name of the existing account',
      role: 'Role at this employer',
      link: 'Link',
      linked: '{{loginName}} has been linked to {{name}}.',
      none: 'No accounts have been linked yet.',
      caption: 'Accounts of {{name}}',
      user: 'User',
      employerCount: 'Number of employers',
      unlink: 'Unlink',
      unlinkNamed: 'Unlink {{name}}',
      unlinkConfirm:
        '{{name}} loses access to {{employer}}. The account itself remains and still works for the other employers.',
      unlinked: 'The account has been unlinked.',
    },
    switch: {
      button: '{{name}}, switch employer',
      title: 'Switch employer',
      search: 'Search for an employer',
      none: 'No employers found.',
      truncated: 'Not every employer is shown. Search by name.',
      switched: 'You are now working for {{name}}.',
    },
    roleMatrix: {
      title: 'Role matrix',
      intro:
        'What each role can do. This table comes from the same rules Verzuim checks on every action.',
      caption: 'Permissions per role',
      permission: 'Permission',
      yes: 'Yes',
      no: 'No',
      rolesTitle: 'The roles',
      scopeNote:
        'Besides the role, the dossier access decides which employees you see: the whole employer, certain departments (with their sub-departments) or certain employees.',
      permissions: {
        usersManage: {
          name: 'User management',
          help: 'Add and change accounts, set roles and dossier access.',
        },
        accountsUnblock: {
          name: 'Unblock accounts',
          help: 'Release an account after too many failed login attempts.',
        },
        accountsLink: {
          name: 'Link accounts',
          help: 'Link one login name to several employers, or unlink it again.',
        },
        employersManage: {
          name: 'Manage employers',
          help: 'Create employers and change their settings.',
        },
        organisationRead: {
          name: 'View organisation structure',
          help: 'See the departments and the number of employees in each.',
        },
        organisationManage: {
          name: 'Manage organisation structure',
          help: 'Add, rename, move and close departments, and set managers.',
        },
        employeesSearch: {
          name: 'Search employees',
          help: 'Find employees within the dossier access by name.',
        },
        employeesRead: {
          name: 'View employee data',
          help: 'See personal data and employments.',
        },
        employeesWrite: {
          name: 'Change employee data',
          help: 'Add employees, change data and employments, report out of service.',
        },
        casesReport: {
          name: 'Report sick and recovered',
          help: 'Record sick reports, recovery reports and pregnancy.',
        },
        casesRead: {
          name: 'View absence',
          help: 'See absence cases and how they developed.',
        },
        dossierNotes: {
          name: 'Dossier notes',
          help: 'Read and write notes and contact moments in the dossier.',
        },
        dossierDocuments: {
          name: 'Dossier documents',
          help: 'Add documents to the dossier and open them.',
        },
        medicalNotes: {
          name: 'Medical notes',
          help: 'Only for the company doctor; no employer can ever read them.',
        },
        tasksWork: {
          name: 'Tasks',
          help: 'See and complete the tasks of the gatekeeper protocol.',
        },
        statisticsRead: {
          name: 'Statistics',
          help: 'View absence figures within your own dossier access.',
        },
        signalsReceive: {
          name: 'Receive signals',
          help: 'E-mails about deadlines and events in an absence case.',
        },
        auditRead: {
          name: 'View audit log',
          help: 'Search and export every change and every dossier read.',
        },
        protocolsManage: {
          name: 'Manage protocols',
          help: 'Manage the absence protocols and document templates of the service.',
        },
      },
      roles: {
        superUser:
          'Everything for their own employer within the dossier access, user management included; receives signals.',
        superUserNoSignals: 'As super user, but receives no signals.',
        superUserIntegration:
          'As super user, for an employer with an HR integration: master data and employments are read-only.',
        superUserIntegrationNoSignals: 'As super user integration, without signals.',
        superUserIntegrationSickOnly:
          'With an HR integration: only reports sick and recovered and sees the dossiers within access.',
        managerWithReports:
          'Sees the employees within access (usually the own department) and reports sick and recovered; receives signals.',
        managerWithoutReports: 'As manager, but does not report sick or recovered.',
        absenceReporter:
          'Searches employees and reports sick and recovered; sees no dossier content.',
        operatorAdmin:
          'Administrator of the occupational health service: employers, departments, linked accounts, unblocking and the audit log.',
        caseManager: 'Works the dossiers of the assigned employers for the health service.',
        companyDoctor: 'Company doctor: the only role that reads and writes medical notes.',
      },
    },
    audit: {
      title: 'Audit log',
      intro:
        'Every change and every read of a dossier, newest first. The audit log cannot be changed.',
      employer: 'Employer',
      loginName: 'User (login name)',
      action: 'Action',
      actionHelp: 'The start is enough, for example "departments."',
      subjectType: 'Subject type',
      subjectId: 'Subject reference',
      from: 'From date',
      to: 'To date (inclusive)',
      apply: 'Filter',
      export: 'Export as CSV',
      exportXlsx: 'Export as Excel',
      empty: 'No entries match this selection.',
      caption: 'Audit log, page {{page}}',
      time: 'Time',
      subject: 'Subject',
      origin: 'IP address and request',
      details: 'Details',
      previous: 'Previous',
      next: 'Next',
      page: 'Page {{page}}',
    },
  },
  errors: {
    department_closed: 'This department has already been closed.',
    department_has_open_sub_departments:
      'This department still has open sub-departments. Close or move them first.',
    department_has_employees:
      'People are still employed in this department today. Move them to another department first.',
    account_already_linked: 'This account is already linked to this employer.',
    last_employer_link:
      'This is the only employer of this account. An account is never unlinked from its last employer.',
    account_manages_departments:
      'This user manages a department at this employer. Appoint another manager first.',
    audit_export_too_large:
      'This selection has more than {{limit}} rows. Narrow it down, for example with a shorter period.',
  },
  fieldErrors: {
    department_move_cycle:
      'A department cannot be placed below itself or below one of its own sub-departments.',
    department_parent_closed: 'A department cannot be placed below a closed department.',
    department_nothing_to_change: 'Give the department a new name or a new place.',
    department_already_there: 'The department is already in this place.',
    manager_not_eligible: 'Choose a user of this employer with a manager or super user role.',
    unknown_login_name: 'There is no account with this login name.',
    operator_account_not_linkable:
      'This is an account of the occupational health service; it already works for every employer.',
  },
};

export const organisationMessages = { nl, en };
