import type { MessageTree } from '../message-tree.js';
import type { usersMessages as nl } from '../nl/users.js';

/** Gebruikersbeheer (user management): the list, adding and editing users, Dossiertoegang. */
export const usersMessages: MessageTree<typeof nl> = {
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
