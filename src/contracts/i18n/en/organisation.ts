import type { MessageTree } from '../message-tree.js';
import type { organisationMessages as nl } from '../nl/organisation.js';

/** Organisation structure, employers, linked accounts, the role matrix and the audit log. */
export const organisationMessages: MessageTree<typeof nl> = {
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
      absenceInsurer: 'Absence insurer',
      absenceInsurerHelp:
        "The insurer of this employer's absence; the report Sickness cases per insurer groups by it.",
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
    care: {
      title: 'Casemanagers and company doctors',
      titleNamed: 'Casemanagers and company doctors of {{name}}',
      intro:
        'Assign casemanagers and company doctors of the occupational health service to this employer or to one department. Their work list shows the employers assigned to them.',
      person: 'Casemanager or company doctor',
      node: 'Works for',
      wholeEmployer: 'The whole employer',
      assign: 'Assign',
      assigned: 'The assignment has been saved.',
      noCandidates: 'No casemanager or company doctor found.',
      none: 'Nobody has been assigned yet.',
      caption: 'Assigned to {{name}}',
      unassign: 'End assignment',
      unassignNamed: 'End the assignment of {{name}}',
      unassignConfirm:
        '{{name}} no longer sees {{employer}} (or this department) in the work list. The account itself remains.',
      unassigned: 'The assignment has been ended.',
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
    care_already_assigned: 'This person is already assigned to this employer or department.',
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
    not_a_care_account:
      'Choose an active casemanager or bedrijfsarts of the occupational health service.',
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
