import type { MessageTree } from '../message-tree.js';
import type { startMessages as nl } from '../nl/start.js';
import { factorsMessages } from './factors.js';

/**
 * What the login frame shows before anyone is logged in (the login steps, the links of e-mails, the
 * 404 page), and the errors those pages may show: the first file the browser loads. The rest is
 * in `app.ts`, loaded with the app frame.
 * In English (UK).
 */
export const startMessages: MessageTree<typeof nl> = {
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
    clearChoice: 'Clear selection',
  },
  language: {
    label: 'Language',
    description: 'The language of screens and e-mails. Applied at once.',
    nl: 'Nederlands',
    en: 'English (UK)',
    saved: 'Your language has been saved.',
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
  factors: factorsMessages,
  notFound: {
    title: 'Page not found',
    description: 'The page you are looking for does not exist or has been moved.',
  },
  errors: {
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
    malformed_upload:
      'The upload could not be read: the form data is incomplete or damaged. Send the file again.',
    unsupported_media_type: 'This type of data is not supported.',
    internal: 'An unexpected error occurred. Please try again later.',
    rate_limited: 'Too many attempts. Please wait a moment and try again.',
    service_unavailable: 'The service is briefly unavailable. Please try again in a moment.',
    password_incorrect: 'The password is incorrect.',
    invalid_credentials: 'The login name or password is incorrect.',
    invalid_code: 'The code is incorrect or has expired.',
    network: 'No connection to the server. Check your internet connection.',
    field: {
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
