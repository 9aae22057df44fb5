import type { MessageTree } from '../message-tree.js';
import type { appMessages as nl } from '../nl/app.js';
import { accessMessages } from './access.js';
import { auditMessages } from './audit.js';
import { casesMessages } from './cases.js';
import { dossierMessages } from './dossier.js';
import { reintegrationMessages } from './reintegration.js';
import { employeesMessages } from './employees.js';
import { apiClientsMessages } from './api-clients.js';
import { integrationMessages } from './integration.js';
import { onboardingMessages } from './onboarding.js';
import { organisationMessages } from './organisation.js';
import { protocolsMessages } from './protocols.js';
import { reportListsMessages } from './report-lists.js';
import { reportsMessages } from './reports.js';
import { retentionMessages } from './retention.js';
import { sickTodayMessages } from './sick-today.js';
import { signalsMessages } from './signals.js';
import { siviMessages } from './sivi.js';
import { tasksMessages } from './tasks.js';
import { usersMessages } from './users.js';
import { vaultMessages } from './vault.js';
import { webhooksMessages } from './webhooks.js';
import { worklistMessages } from './worklist.js';

/**
 * What the app behind the login shows: its frame, the start page, the settings and every area
 * (each in its own file), with the areas' errors. Loaded with the app frame (`src/web/i18n`).
 * In English (UK).
 */
export const appMessages: MessageTree<typeof nl> = {
  layout: {
    mainNavigation: 'Main menu',
    openNavigation: 'Open menu',
    closeNavigation: 'Close menu',
    noEmployer: 'No employer linked',
  },
  nav: {
    employeeSearch: 'Find a file',
    home: 'Home',
    userManagement: 'User management',
    statistics: 'Statistics',
    questions: 'Questions',
    settings: 'Settings',
    collapse: 'Collapse',
    expand: 'Expand',
    logout: 'Log out',
  },
  dashboard: {
    title: 'Home',
    welcome: 'Welcome, {{name}}',
    chooseEmployer: {
      title: 'Choose an employer',
      text: 'You work for every employer of the occupational health service. Choose an employer at the top right to see its employees, organisation and data vault.',
      widget: 'Choose an employer first.',
    },
    widgets: {
      recentDossiers: {
        title: 'Recently visited case files',
        empty: 'You have not visited any case files yet.',
      },
      tasks: {
        title: 'Tasks',
        empty: 'There are no tasks waiting for you.',
      },
      organisation: {
        title: 'Organisation structure',
        empty: 'No departments have been recorded yet.',
        employeeCount: 'Employees: {{count}}',
      },
      currentAbsence: {
        title: 'Current absence',
        empty: 'Nobody is reported sick at the moment.',
      },
      actions: {
        title: 'Actions',
        empty: 'There are no actions available to you right now.',
      },
    },
  },
  statistics: {
    title: 'Statistics',
    emptyTitle: 'No statistics yet',
  },
  users: usersMessages.ui,
  settings: {
    title: 'Settings',
    tabs: {
      general: 'General',
      security: 'Security',
    },
    security: {
      unlockedUntil:
        'Security settings unlocked until {{time}}. After that we will ask for your password and second factor again.',
      stepUpTitle: 'Confirm it is you',
      stepUpIntro:
        'Enter your password and then a code from your second factor. The security settings then stay open for 5 minutes.',
      stepUpNext: 'Next',
      sendSms: 'Send me an SMS code',
      smsSent: 'We have sent a code to the number ending in {{phone}}.',
      useKey: 'Use my security key',
      keyFailed: 'The security key did not answer. Try again or choose another way.',
      passwordTitle: 'Change password',
      passwordIntro: 'After the change, all your other sessions end.',
      currentPassword: 'Current password',
      passwordSubmit: 'Change password',
      passwordChanged: 'Your password has been changed. Your other sessions have ended.',
      emailTitle: 'Change e-mail address',
      emailIntro:
        'We will send a confirmation link to the new address and a notice to the current one.',
      newEmail: 'New e-mail address',
      emailSubmit: 'Send confirmation link',
      emailSent: 'Open the link in the e-mail at your new address to finish the change.',
      sessionsTitle: 'Sessions',
      sessionsIntro:
        'Where you are logged in now. Do not recognise a session? End it and change your password.',
      device: 'Device and browser',
      ipAddress: 'IP address',
      lastSeen: 'Last active',
      actions: 'Actions',
      deviceName: '{{browser}} on {{os}}',
      unknownDevice: 'Unknown device',
      thisSession: 'This session',
      endSession: 'End',
      endOthers: 'End all other sessions',
    },
  },
  help: {
    title: 'Questions',
    intro: 'Answers to frequently asked questions about logging in.',
    faq: {
      twoFactor: {
        question: 'Why do I have to enter a code as well as my password?',
        answer:
          'Verzuim holds personal health data, so a second step when logging in is mandatory: besides your password you enter a code that only appears on your own phone. That way nobody can log in with your password alone.',
      },
      authenticatorApp: {
        question: 'Which app do I use for the verification code?',
        answer:
          'Any authenticator app that generates time-based codes, such as Google Authenticator or Microsoft Authenticator. If the code is not accepted, check that the time on your phone is set automatically.',
      },
      forgotPassword: {
        question: 'I have forgotten my password or login name. What now?',
        answer:
          'Contact a super user in your organisation or your occupational health service. For security reasons we never give out passwords by phone or e-mail.',
      },
      accountBlocked: {
        question: 'My account is blocked. How can I log in again?',
        answer:
          'After five failed login attempts in a row your account is blocked and you receive an e-mail about it. While it is blocked, the login screen says the login name or password is incorrect, even for the right password. Request a new password through "Forgot your login details?"; that lifts the block. A super user in your organisation or your occupational health service can also unblock it.',
      },
    },
  },
  dev: {
    outbox: {
      title: 'Outbox (development)',
      intro:
        'E-mails and text messages that were not really sent, because no SMTP server or SMS gateway is configured. Newest first; links can be clicked.',
      empty: 'No messages have been sent yet.',
      mail: 'Email',
      sms: 'Text message',
      to: 'To',
      subject: 'Subject',
      sentAt: 'Sent at',
    },
  },
  access: accessMessages.ui,
  employees: employeesMessages.ui,
  dossier: dossierMessages.ui,
  reintegration: {
    ...reintegrationMessages.ui,
    kinds: reintegrationMessages.kinds,
    sections: reintegrationMessages.sections,
    pdf: reintegrationMessages.pdf,
  },
  cases: casesMessages.ui,
  tasks: tasksMessages.ui,
  protocols: protocolsMessages.ui,
  sickToday: sickTodayMessages.ui,
  reports: reportsMessages.ui,
  reportLists: reportListsMessages.ui,
  signals: signalsMessages,
  organisation: organisationMessages.ui,
  onboarding: onboardingMessages.ui,
  integration: integrationMessages.ui,
  sivi: siviMessages.ui,
  apiClients: apiClientsMessages.ui,
  webhooks: webhooksMessages.ui,
  worklist: worklistMessages.ui,
  retention: retentionMessages.ui,
  vault: vaultMessages.ui,
  audit: auditMessages.ui,
  errors: {
    ...accessMessages.errors,
    ...employeesMessages.errors,
    ...dossierMessages.errors,
    ...reintegrationMessages.errors,
    ...casesMessages.errors,
    ...tasksMessages.errors,
    ...protocolsMessages.errors,
    ...organisationMessages.errors,
    ...usersMessages.errors,
    ...integrationMessages.errors,
    ...siviMessages.errors,
    ...apiClientsMessages.errors,
    ...vaultMessages.errors,
    ...retentionMessages.errors,
    field: {
      ...accessMessages.fieldErrors,
      ...employeesMessages.fieldErrors,
      ...dossierMessages.fieldErrors,
      ...reintegrationMessages.fieldErrors,
      ...casesMessages.fieldErrors,
      ...tasksMessages.fieldErrors,
      ...protocolsMessages.fieldErrors,
      ...organisationMessages.fieldErrors,
      ...onboardingMessages.fieldErrors,
      ...usersMessages.fieldErrors,
      ...integrationMessages.fieldErrors,
      ...apiClientsMessages.fieldErrors,
      ...webhooksMessages.fieldErrors,
      ...vaultMessages.fieldErrors,
      ...retentionMessages.fieldErrors,
      ...reportsMessages.fieldErrors,
    },
  },
};
