import type { MessageTree } from '../message-tree.js';

/** Gebruikersbeheer (user management): the list, adding and editing users, Dossiertoegang. */
const nl = {
  ui: {
    title: 'Gebruikersbeheer',
    emptyTitle: 'Nog geen gebruikers',
    emptyDescription: 'Hier beheert u straks de accounts en rechten van uw organisatie.',
    forbiddenTitle: 'Geen toegang',
    forbiddenDescription: 'U heeft geen rechten om gebruikers te beheren.',
    search: 'Zoeken op naam of inlognaam',
    noMatches: 'Geen gebruikers gevonden die passen bij "{{query}}".',
    tableCaption: 'Gebruikers van {{employer}}',
    columns: {
      name: 'Naam',
      loginName: 'Inlognaam',
      email: 'E-mailadres',
      role: 'Rol',
      status: 'Accountstatus',
      actions: 'Acties',
    },
    status: {
      active: 'Actief',
      blocked: 'Geblokkeerd',
      expired: 'Verlopen',
      invited: 'Uitgenodigd',
    },
    roles: {
      super_user: 'Supergebruiker',
      super_user_no_signals: 'Supergebruiker zonder signalen',
      super_user_integration: 'Supergebruiker koppeling',
      super_user_integration_no_signals: 'Supergebruiker koppeling zonder signalen',
      super_user_integration_sick_only: 'Supergebruiker koppeling alleen ziek/hersteld',
      manager_with_reports: 'Leidinggevende met ziek/hersteld meldingen',
      manager_without_reports: 'Leidinggevende zonder ziek/hersteld meldingen',
      absence_reporter: 'Verzuimmelder',
      operator_admin: 'Beheerder',
      case_manager: 'Casemanager',
      company_doctor: 'Bedrijfsarts',
    },
    add: {
      button: '+ Gebruiker toevoegen',
      title: 'Gebruiker toevoegen',
      submit: 'Gebruiker toevoegen',
      done: '{{name}} is toegevoegd. De inloggegevens zijn per e-mail verstuurd naar {{email}}.',
    },
    form: {
      firstName: 'Voornaam',
      lastName: 'Achternaam',
      gender: 'Geslacht',
      genders: { m: 'Man', f: 'Vrouw', x: 'Anders / zeg ik liever niet' },
      email: 'E-mailadres',
      role: 'Gebruikersrol',
      chooseRole: 'Kies een rol',
      loginMethod: 'Inlogmethode',
      loginMethodPassword: 'Inlognaam/wachtwoord',
      loginName: 'Inlognaam',
      loginNameHint:
        'Bijvoorbeeld het e-mailadres of een combinatie van naam en bedrijf. Elke inlognaam bestaat maar één keer.',
      validityPeriod: 'Specifieke geldigheidsperiode instellen',
      validityPeriodHint: 'Alleen nodig voor een tijdelijk account. Beide dagen tellen mee.',
      validFrom: 'Geldig vanaf',
      validUntil: 'Geldig tot en met',
      twoFactor: 'Tweestapsverificatie (verplicht)',
      twoFactorHint:
        'Staat altijd aan, om de persoonsgegevens van de werknemers te beschermen. Alleen de arbodienst kan dit wijzigen.',
      inheritScope: 'Autorisatie-overname',
      inheritScopeHint:
        'Neemt deze gebruiker de autorisaties van de bovenliggende gebruikersgroep over? Dat is toegang tot het gehele bedrijf.',
      inheritScopeYes:
        'Ja, de autorisaties voor de organisatiestructuur overnemen (gehele bedrijf)',
      inheritScopeNo: 'Nee, ik stel de dossiertoegang zelf in',
      inheritScopeNoWarning:
        'Let op: stel na het opslaan de dossiertoegang in. Zonder autorisatie ziet de gebruiker geen werknemers.',
    },
    detail: {
      back: 'Terug naar Gebruikersbeheer',
      statusLabel: 'Accountstatus',
      tabs: { details: 'Gegevens', authorisations: 'Autorisaties' },
      save: 'Wijzigingen opslaan',
      saved: 'De gegevens van {{name}} zijn opgeslagen.',
      accountTitle: 'Account beheren',
      selfNote: 'U kunt uw eigen account niet deactiveren.',
      deactivatedOn: 'Gedeactiveerd op {{date}}.',
      reset: {
        button: 'Wachtwoord opnieuw versturen',
        title: 'Wachtwoord opnieuw versturen',
        confirm:
          '{{name}} krijgt een e-mail op {{email}} met een link om een nieuw wachtwoord in te stellen. De link is een uur geldig.',
        submit: 'E-mail versturen',
        done: 'De e-mail voor een nieuw wachtwoord is naar {{name}} verstuurd.',
      },
      deactivate: {
        button: 'Meteen deactiveren',
        title: 'Account meteen deactiveren',
        confirm:
          '{{name}} kan daarna niet meer inloggen en wordt direct overal uitgelogd. Het account en de geschiedenis blijven bewaard; u kunt het later weer activeren.',
        submit: 'Deactiveren',
        done: 'Het account van {{name}} is gedeactiveerd.',
      },
      reactivate: {
        button: 'Opnieuw activeren',
        title: 'Account opnieuw activeren',
        confirm:
          '{{name}} kan daarna weer inloggen, met wachtwoord en tweede factor. Rol, geldigheidsperiode en dossiertoegang blijven zoals ze zijn.',
        submit: 'Activeren',
        done: 'Het account van {{name}} is weer actief.',
      },
    },
    role: {
      title: 'Gebruikersrol beheren',
      save: 'Rol opslaan',
      saved: 'De rol van {{name}} is gewijzigd.',
    },
    scope: {
      title: 'Dossiertoegang beheren',
      treeLabel: 'Organisatiestructuur met dossiertoegang',
      treeHelp:
        'Open een niveau met het driehoekje. Een vinkje bij het bedrijf geeft toegang tot iedereen, bij een afdeling tot de werknemers van die afdeling en de onderliggende afdelingen, bij een werknemer alleen tot die werknemer.',
      wholeEmployer: '{{employer}} (het volledige bedrijf)',
      expand: '{{name}} openklappen',
      collapse: '{{name}} dichtklappen',
      closed: 'Opgeheven afdeling',
      noDepartments: 'Er zijn nog geen afdelingen.',
      noEmployees: 'Geen werknemers in deze afdeling.',
      selectedEmployees: 'Gekozen werknemers: {{names}}',
      nothingSelected: 'Er is niets aangevinkt. Zonder autorisatie ziet {{name}} geen werknemers.',
      save: 'Dossiertoegang opslaan',
      saved: 'De dossiertoegang van {{name}} is opgeslagen.',
    },
    noScopeNotice: {
      title: 'U ziet geen werknemers',
      text: 'Zonder autorisatie ziet u geen werknemers. Vraag een supergebruiker van uw organisatie om uw dossiertoegang in te stellen.',
    },
    unblock: {
      button: 'Deblokkeren',
      buttonLabel: '{{name}} deblokkeren',
      title: 'Gebruiker deblokkeren',
      confirm:
        '{{name}} ({{loginName}}) kan daarna weer inloggen met wachtwoord en tweede factor. De gebruiker krijgt hierover een e-mail.',
      submit: 'Deblokkeren',
      done: '{{name}} is gedeblokkeerd en kan weer inloggen.',
    },
  },
  errors: {
    cannot_deactivate_self: 'U kunt uw eigen account niet deactiveren.',
    last_user_manager:
      'Dit kan niet: dan heeft uw organisatie geen actieve supergebruiker meer die gebruikers kan beheren. Geef eerst een andere gebruiker de rol supergebruiker.',
    account_deactivated: 'Dit account is gedeactiveerd. Activeer het eerst opnieuw.',
  },
  fieldErrors: {
    login_name_taken: 'Deze inlognaam is al in gebruik. Kies een andere.',
    valid_until_before_valid_from: 'De einddatum mag niet voor de begindatum liggen.',
    unknown_department: 'Een van de gekozen afdelingen bestaat niet (meer) bij deze werkgever.',
    unknown_employee: 'Een van de gekozen werknemers bestaat niet (meer) bij deze werkgever.',
  },
} as const;

const en: MessageTree<typeof nl> = {
  ui: {
    title: 'User management',
    emptyTitle: 'No users yet',
    emptyDescription: 'This is where you will manage the accounts and rights of your organisation.',
    forbiddenTitle: 'No access',
    forbiddenDescription: 'You do not have permission to manage users.',
    search: 'Search by name or login name',
    noMatches: 'No users found matching "{{query}}".',
    tableCaption: 'Users of {{employer}}',
    columns: {
      name: 'Name',
      loginName: 'Login name',
      email: 'Email address',
      role: 'Role',
      status: 'Status',
      actions: 'Actions',
    },
    status: {
      active: 'Active',
      blocked: 'Blocked',
      expired: 'Expired',
      invited: 'Invited',
    },
    roles: {
      super_user: 'Super user',
      super_user_no_signals: 'Super user without signals',
      super_user_integration: 'Super user (HR integration)',
      super_user_integration_no_signals: 'Super user (HR integration) without signals',
      super_user_integration_sick_only:
        'Super user (HR integration), sick and recovery reports only',
      manager_with_reports: 'Manager with sick and recovery reports',
      manager_without_reports: 'Manager without sick and recovery reports',
      absence_reporter: 'Absence reporter',
      operator_admin: 'Administrator',
      case_manager: 'Case manager',
      company_doctor: 'Company doctor',
    },
    add: {
      button: '+ Add user',
      title: 'Add user',
      submit: 'Add user',
      done: '{{name}} has been added. The login details have been e-mailed to {{email}}.',
    },
    form: {
      firstName: 'First name',
      lastName: 'Last name',
      gender: 'Gender',
      genders: { m: 'Male', f: 'Female', x: 'Other / prefer not to say' },
      email: 'E-mail address',
      role: 'User role',
      chooseRole: 'Choose a role',
      loginMethod: 'Login method',
      loginMethodPassword: 'Login name/password',
      loginName: 'Login name',
      loginNameHint:
        'For example the e-mail address or a combination of name and company. Each login name exists only once.',
      validityPeriod: 'Set a specific validity period',
      validityPeriodHint: 'Only needed for a temporary account. Both days count.',
      validFrom: 'Valid from',
      validUntil: 'Valid up to and including',
      twoFactor: 'Two-step verification (required)',
      twoFactorHint:
        "Always on, to protect the employees' personal data. Only the occupational health service can change this.",
      inheritScope: 'Inherit authorisation',
      inheritScopeHint:
        'Does this user take over the authorisations of the user group above? That is access to the whole company.',
      inheritScopeYes:
        'Yes, take over the authorisations for the organisation structure (whole company)',
      inheritScopeNo: 'No, I will set the file access myself',
      inheritScopeNoWarning:
        'Note: set the file access after saving. Without authorisation the user sees no employees.',
    },
    detail: {
      back: 'Back to user management',
      statusLabel: 'Account status',
      tabs: { details: 'Details', authorisations: 'Authorisations' },
      save: 'Save changes',
      saved: "{{name}}'s details have been saved.",
      accountTitle: 'Manage account',
      selfNote: 'You cannot deactivate your own account.',
      deactivatedOn: 'Deactivated on {{date}}.',
      reset: {
        button: 'Send password again',
        title: 'Send password again',
        confirm:
          '{{name}} will receive an e-mail at {{email}} with a link to set a new password. The link is valid for one hour.',
        submit: 'Send e-mail',
        done: 'The new-password e-mail has been sent to {{name}}.',
      },
      deactivate: {
        button: 'Deactivate now',
        title: 'Deactivate account now',
        confirm:
          '{{name}} will no longer be able to log in and is logged out everywhere at once. The account and its history are kept; you can reactivate it later.',
        submit: 'Deactivate',
        done: "{{name}}'s account has been deactivated.",
      },
      reactivate: {
        button: 'Reactivate',
        title: 'Reactivate account',
        confirm:
          '{{name}} will be able to log in again, with password and second factor. Role, validity period and file access stay as they are.',
        submit: 'Reactivate',
        done: "{{name}}'s account is active again.",
      },
    },
    role: {
      title: 'Manage user role',
      save: 'Save role',
      saved: "{{name}}'s role has been changed.",
    },
    scope: {
      title: 'Manage file access',
      treeLabel: 'Organisation structure with file access',
      treeHelp:
        'Open a level with the triangle. A tick at the company gives access to everyone, at a department to the employees of that department and its sub-departments, at an employee to that employee only.',
      wholeEmployer: '{{employer}} (the whole company)',
      expand: 'Expand {{name}}',
      collapse: 'Collapse {{name}}',
      closed: 'Closed department',
      noDepartments: 'There are no departments yet.',
      noEmployees: 'No employees in this department.',
      selectedEmployees: 'Chosen employees: {{names}}',
      nothingSelected: 'Nothing is ticked. Without authorisation {{name}} sees no employees.',
      save: 'Save file access',
      saved: "{{name}}'s file access has been saved.",
    },
    noScopeNotice: {
      title: 'You see no employees',
      text: 'Without authorisation you see no employees. Ask a super user of your organisation to set up your file access.',
    },
    unblock: {
      button: 'Unblock',
      buttonLabel: 'Unblock {{name}}',
      title: 'Unblock user',
      confirm:
        '{{name}} ({{loginName}}) will be able to log in again with their password and second factor. The user is notified by email.',
      submit: 'Unblock',
      done: '{{name}} has been unblocked and can log in again.',
    },
  },
  errors: {
    cannot_deactivate_self: 'You cannot deactivate your own account.',
    last_user_manager:
      'This is not possible: your organisation would have no active super user left to manage users. First give another user the super user role.',
    account_deactivated: 'This account is deactivated. Reactivate it first.',
  },
  fieldErrors: {
    login_name_taken: 'This login name is already in use. Choose another one.',
    valid_until_before_valid_from: 'The end date cannot be before the start date.',
    unknown_department: 'One of the chosen departments does not exist (any more) at this employer.',
    unknown_employee: 'One of the chosen employees does not exist (any more) at this employer.',
  },
};

export const usersMessages = { nl, en };
