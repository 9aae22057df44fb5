import type { MessageTree } from '../message-tree.js';
import type { factorsMessages as nl } from '../nl/factors.js';

/** Second factors: choosing one at login, enrolling one, managing them in Instellingen, their mails. */
export const factorsMessages: MessageTree<typeof nl> = {
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
    webauthnFailed: 'The security key was not recognised, or the action was cancelled. Try again.',
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
    intro: 'These confirm that it is really you when you log in. Always keep at least one of them.',
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
};
