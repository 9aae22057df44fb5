import type { Messages } from './messages.js';
import { accessMessages } from './parts/access.js';
import { employeesMessages } from './parts/employees.js';
import { dossierMessages } from './parts/dossier.js';
import { casesMessages } from './parts/cases.js';
import { sickTodayMessages } from './parts/sick-today.js';
import { tasksMessages } from './parts/tasks.js';
import { organisationMessages } from './parts/organisation.js';
import { usersMessages } from './parts/users.js';
import { integrationMessages } from './parts/integration.js';
import { vaultMessages } from './parts/vault.js';
import { auditMessages } from './parts/audit.js';

/** The English (UK) catalogue. Typed as `Messages`: a missing or extra key fails typecheck. */
export const en: Messages = {
  app: {
    name: 'Verzuim',
  },
  common: {
    form: {
      blockingFields: 'Cannot save yet. Please check: {{fields}}.',
    },
    loading: 'Loading…',
    skipToContent: 'Skip to content',
    retry: 'Try again',
    backToHome: 'Back to the home page',
    errorTitle: 'Something went wrong',
    cancel: 'Cancel',
    save: 'Save',
    close: 'Close',
  },
  language: {
    label: 'Language',
    description: 'The language of screens and e-mails. Applied at once.',
    nl: 'Nederlands',
    en: 'English (UK)',
    saved: 'Your language has been saved.',
  },
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
  auth: {
    login: {
      title: 'Log in',
      intro: 'Log in with your login name and password. We will then ask for a verification code.',
      loginName: 'Login name',
      password: 'Password',
      submit: 'Log in',
      togglePasswordVisibility: 'Show or hide the password',
      forgotLink: 'Forgot your login details?',
      expired: 'Your session has expired. Log in again to continue where you were.',
      loggedOut: 'You have been logged out.',
      idle: 'You were logged out automatically after a period of inactivity. Log in again to continue.',
    },
    secondFactor: {
      title: 'Two-step verification',
      intro: 'Open your authenticator app and enter the six-digit code shown for Verzuim.',
      code: 'Verification code',
      codeDescription: 'Six digits, without spaces.',
      codeInvalidFormat: 'Enter exactly six digits.',
      submit: 'Confirm',
      backToLogin: 'Back to log in',
    },
    idleWarning: {
      title: 'Are you still there?',
      text: 'You have been inactive for a while: you will be logged out automatically in {{time}}.',
      stay: 'Stay logged in',
    },
    logout: {
      failed: 'Logging out failed. Please try again.',
    },
    mail: {
      resetPassword: {
        subject: 'Set a new password for Verzuim',
        body: 'Dear {{name}},\n\nA new password was requested for your account {{loginName}}. Use this link to set a new password (it is valid for {{minutes}} minutes and works once):\n\n{{url}}\n\nDid you not ask for this? Then you can ignore this e-mail; your password stays the same.',
      },
      loginNames: {
        subject: 'Your login name for Verzuim',
        body: 'Dear {{name}},\n\nYou asked for your login name. These login names belong to this e-mail address:\n\n{{loginNames}}\n\nDid you not ask for this? Then you can ignore this e-mail.',
      },
      invite: {
        subject: 'Your Verzuim account',
        body: 'Dear {{name}},\n\nAn account has been created for you in Verzuim. Your login name is: {{loginName}}\n\nUse this link to choose a password and set up two-step verification (it is valid for {{hours}} hours and works once):\n\n{{url}}',
      },
      passwordChanged: {
        subject: 'Your Verzuim password has been changed',
        body: 'Dear {{name}},\n\nThe password of your account {{loginName}} has just been changed. If you did not do this yourself, contact your occupational health service at once.',
      },
      confirmEmail: {
        subject: 'Confirm your new e-mail address for Verzuim',
        body: 'Dear {{name}},\n\nUse this link to confirm that {{email}} becomes the e-mail address of your account {{loginName}} (it works once):\n\n{{url}}',
      },
      emailChangeRequested: {
        subject: 'Your Verzuim e-mail address is being changed',
        body: 'Dear {{name}},\n\nA change of the e-mail address of your account {{loginName}} to {{email}} was requested. If you did not do this yourself, contact your occupational health service at once.',
      },
      blocked: {
        subject: 'Your Verzuim account has been blocked',
        body: 'Dear {{name}},\n\nYour account {{loginName}} has been blocked after too many failed login attempts. Until the block is lifted you cannot log in, not even with the right password; the login screen then only says that the login name or password is incorrect.\n\nRequest a new password at {{url}} (this lifts the block), or contact a super user of your organisation or your occupational health service.\n\nWas this not you? Then someone else is trying to log in with your login name. Your account is protected now; report it to your occupational health service.',
      },
      unblocked: {
        subject: 'Your Verzuim account has been unblocked',
        body: 'Dear {{name}},\n\nThe block on your account {{loginName}} has been lifted. You can log in again at {{url}}',
      },
    },
    forgot: {
      title: 'Forgot your login details',
      intro:
        'Request a new password or your login name. We will e-mail the address that belongs to your account.',
      passwordTitle: 'Request a new password',
      passwordIntro: 'Enter your login name. We will send you a link to set a new password.',
      passwordSubmit: 'Request link',
      passwordSent:
        'If this login name exists, you will receive an e-mail with a link within a few minutes. The link is valid for one hour.',
      loginNameTitle: 'Request your login name',
      loginNameIntro:
        'Enter your e-mail address. We will send you the login name or names that belong to it.',
      loginNameSubmit: 'Request login name',
      loginNameSent:
        'If accounts belong to this e-mail address, you will receive an e-mail with the login name within a few minutes.',
      email: 'E-mail address',
      emailInvalid: 'Enter a valid e-mail address.',
    },
    newPassword: {
      rulesIntro: 'Your new password:',
      ruleLength: 'is at least 12 characters long (a sentence of a few words works well);',
      ruleCommon: 'is not a commonly used password;',
      ruleLoginName: 'does not contain your login name.',
      password: 'New password',
      repeat: 'Repeat the new password',
      mismatch: 'The two passwords are not the same.',
    },
    reset: {
      title: 'Set a new password',
      intro: 'Choose a new password. Then log in as usual, with your second factor too.',
      submit: 'Save password',
      done: 'Your new password has been saved. Log in with your new password.',
      requestNew: 'Request a new link',
    },
    setup: {
      title: 'Set up your account',
      intro: 'Welcome to Verzuim. First choose a password, then set up two-step verification.',
      stepPassword: 'Password',
      stepFactor: 'Second factor',
      passwordSubmit: 'Save password and continue',
      askNewLink:
        'Ask a super user of your organisation or your occupational health service for a new invitation.',
    },
    confirmEmail: {
      title: 'Confirm your new e-mail address',
      done: 'Your new e-mail address has been confirmed. We will send e-mails to this address from now on.',
    },
  },
  dashboard: {
    title: 'Home',
    welcome: 'Welcome, {{name}}',
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
    emptyDescription:
      'Once absence has been recorded, you will see absence rates and reporting frequencies here.',
  },
  users: usersMessages.en.ui,
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
  notFound: {
    title: 'Page not found',
    description: 'The page you are looking for does not exist or has been moved.',
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
  factors: {
    kinds: {
      totp: 'Authenticator app',
      sms: 'SMS code',
      webauthn: 'Security key',
      backup_code: 'Backup code',
    },
    login: {
      chooseMethod: 'Another way to log in',
      smsIntro: 'We will send a six-digit code to your mobile number {{phone}}.',
      smsSend: 'Send SMS code',
      smsSent: 'The code was sent to {{phone}} and is valid for 5 minutes.',
      smsResend: 'Resend SMS',
      smsCode: 'Code from the SMS',
      webauthnIntro:
        'Insert your security key or hold it against the reader, and touch it when it flashes.',
      webauthnStart: 'Log in with security key',
      webauthnFailed:
        'The security key was not recognised, or the action was cancelled. Try again.',
      backupIntro: 'Enter one of your backup codes. Each code works only once.',
      backupCode: 'Backup code',
      backupCodeDescription: '24 characters; capitals, spaces and hyphens do not matter.',
      backupCodeInvalidFormat: 'A backup code consists of 24 letters and digits.',
      troubleTitle: 'Login failed?',
      troubleIntro:
        'No code received, or do you not have your phone or key at hand? Choose another way below.',
      useBackupCode: 'Use a backup code',
      backupUsedTitle: 'You used a backup code',
      backupUsedText:
        'That code no longer works. Create a new set of backup codes, so that you always have one to fall back on.',
      generateNow: 'Create new backup codes',
      later: 'Not now',
      continue: 'Continue',
    },
    settings: {
      title: 'Two-step verification',
      intro:
        'These confirm that it is really you when you log in. Always keep at least one of them.',
      empty: 'You have not set up a second factor yet.',
      addedOn: 'Added on {{date}}',
      remove: 'Remove',
      removeTitle: 'Remove factor',
      removeConfirm: 'Are you sure you want to remove “{{name}}”?',
      removed: 'The factor has been removed.',
      add: 'Add factor',
      mobilePhone: 'Mobile number for SMS codes',
      noPhone: 'There is no verified mobile number.',
      changePhone: 'Change mobile number',
      addPhone: 'Add mobile number',
      phoneChanged: 'The mobile number has been changed.',
      backupCodes: 'Backup codes',
      backupRemaining: '{{count}} unused backup codes left.',
      newBackupCodes: 'Create new backup codes',
      newBackupCodesWarning: 'Your current backup codes will stop working.',
      cancel: 'Cancel',
    },
    enrol: {
      title: 'Set up a second factor',
      choose: 'Choose how you will confirm your logins from now on.',
      totpDescription: 'Codes from an app such as Google Authenticator or Microsoft Authenticator.',
      smsDescription:
        'A code by SMS. Less secure than an app or key: choose this only if nothing else is possible.',
      webauthnDescription: 'A USB or NFC security key, such as a YubiKey.',
      totpInstructions:
        'Scan the QR code with your authenticator app (or type in the secret key, or open the link on your phone), then enter the code the app shows.',
      totpQrCode: 'Scan this QR code with your authenticator app',
      totpSecret: 'Secret key',
      totpOpenLink: 'Open in authenticator app',
      code: 'Verification code',
      confirm: 'Confirm',
      phone: 'Mobile number',
      phoneDescription: 'For example 06 12345678, or a foreign number starting with +.',
      phoneSend: 'Send code',
      phoneSent: 'We have sent a code to {{phone}}.',
      keyLabel: 'Name of the key',
      keyLabelDescription: 'So you recognise it later, for example “blue YubiKey”.',
      keyRegister: 'Register key',
      keyFailed: 'Registering the key was cancelled or failed. Try again.',
      back: 'Choose another method',
      done: 'The factor has been added.',
    },
    backupCodes: {
      title: 'Your backup codes',
      intro:
        'Keep these codes somewhere safe, for example in a password manager. Each code works once. We show them only once.',
      copy: 'Copy codes',
      copied: 'Copied',
      saved: 'I have saved the codes',
    },
    sms: {
      text: 'Your Verzuim code is {{code}}. It is valid for 5 minutes. Do not share it with anyone.',
    },
    mail: {
      backupCodesGenerated: {
        subject: 'New backup codes for Verzuim',
        text: 'Dear {{name}},\n\nA new set of backup codes has just been created for your Verzuim account. Your earlier codes no longer work.\n\nDid you not do this yourself? Contact a super user of your organisation straight away.',
      },
      backupCodeUsed: {
        subject: 'Someone logged in with a backup code',
        text: 'Dear {{name}},\n\nSomeone has just logged in to your Verzuim account with a backup code. You have {{remaining}} unused codes left.\n\nDid you not do this yourself? Contact a super user of your organisation straight away.',
      },
      phoneChanged: {
        subject: 'Your mobile number for Verzuim has been changed',
        text: 'Dear {{name}},\n\nSMS codes for your Verzuim account now go to {{phone}}; the previous number no longer receives them.\n\nDid you not do this yourself? Contact a super user of your organisation straight away.',
      },
    },
  },
  access: accessMessages.en.ui,
  employees: employeesMessages.en.ui,
  dossier: dossierMessages.en.ui,
  cases: casesMessages.en.ui,
  tasks: tasksMessages.en.ui,
  sickToday: sickTodayMessages.en.ui,
  organisation: organisationMessages.en.ui,
  integration: integrationMessages.en.ui,
  vault: vaultMessages.en.ui,
  audit: auditMessages.en.ui,
  errors: {
    ...accessMessages.en.errors,
    ...employeesMessages.en.errors,
    ...dossierMessages.en.errors,
    ...casesMessages.en.errors,
    ...tasksMessages.en.errors,
    ...organisationMessages.en.errors,
    ...usersMessages.en.errors,
    ...integrationMessages.en.errors,
    ...vaultMessages.en.errors,
    account_blocked:
      'Your account has been blocked after too many failed login attempts. Contact a super user of your organisation or your occupational health service to lift the block. You can also request a new password.',
    invalid_link: 'This link is invalid, already used or expired. Please request a new link.',
    setup_incomplete: 'Set up a second factor first.',
    factor_last_one: 'This is your last second factor. Add another one before removing it.',
    factor_not_found: 'This factor does not exist (any more).',
    sms_send_limit:
      'Too many SMS codes were sent in a short time. You can have a new code sent in {{minutes}} min.; a code you received earlier can still be entered, or use another way.',
    sms_unavailable: 'Your account has no verified mobile number.',
    webauthn_unavailable: 'Your account has no registered security key.',
    phone_invalid: 'This is not a valid mobile number.',
    enrolment_failed: 'The code or key is wrong or has expired. Nothing was added.',
    key_already_registered: 'This security key is already registered.',
    step_up_required:
      'Please confirm your password and second factor again to change this setting.',
    validation: 'Check the marked fields.',
    not_found: 'The requested item was not found.',
    unauthenticated: 'Your session has expired. Please log in again.',
    forbidden: 'You do not have access to this part of the application.',
    payload_too_large: 'The data sent is too large.',
    bad_request: 'The request is not valid.',
    malformed_json: 'The request could not be read.',
    unsupported_media_type: 'This type of data is not supported.',
    internal: 'An unexpected error occurred. Please try again later.',
    rate_limited: 'Too many attempts. Please wait a moment and try again.',
    password_incorrect: 'The password is incorrect.',
    invalid_credentials: 'The login name or password is incorrect.',
    invalid_code: 'The code is incorrect or has expired.',
    network: 'No connection to the server. Check your internet connection.',
    field: {
      ...accessMessages.en.fieldErrors,
      ...employeesMessages.en.fieldErrors,
      ...dossierMessages.en.fieldErrors,
      ...casesMessages.en.fieldErrors,
      ...tasksMessages.en.fieldErrors,
      ...organisationMessages.en.fieldErrors,
      ...usersMessages.en.fieldErrors,
      ...integrationMessages.en.fieldErrors,
      ...vaultMessages.en.fieldErrors,
      password_too_short: 'Choose a password of at least 12 characters.',
      password_too_long: 'A password can be at most 1000 characters long.',
      password_common: 'This password is on lists of commonly used passwords. Choose another.',
      password_contains_login_name: 'Your password must not contain your login name.',
      password_contains_employer_name: "Your password must not contain your employer's name.",
      current_password_wrong: 'This is not your current password.',
      required: 'This field is required.',
      invalid_type: 'This value has an invalid type.',
      too_small: 'This value is too short or too small.',
      too_big: 'This value is too long or too large.',
      invalid_format: 'This value has an invalid format.',
      unknown_key: 'This field is not recognised.',
      date_out_of_range: 'Choose a date from {{first}} to {{last}}.',
      invalid_characters:
        'This text contains a character that cannot be stored (such as a NUL character).',
      invalid_value: 'This value is not allowed.',
      invalid_kvk_number: 'A Chamber of Commerce (KvK) number has 8 digits.',
      employment_change_outside_employment:
        'This date falls outside the employment; choose a date between its start and end.',
      employment_version_exists:
        'A change already starts on this date; correct that change instead of adding another.',
    },
  },
};
