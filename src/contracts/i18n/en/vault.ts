import type { MessageTree } from '../message-tree.js';
import type { vaultMessages as nl } from '../nl/vault.js';

/** The datakluis (data vault): agreement, Datakluisbeheer, the personal-data section. */
export const vaultMessages: MessageTree<typeof nl> = {
  ui: {
    nav: 'Data vault',
    permissions: {
      agreement: {
        name: 'Sign the data vault user agreement',
        help: 'Signs the data vault agreement on behalf of the employer and so becomes data vault administrator. Who else has access to the data vault is decided by the administrators.',
      },
      careRequest: {
        name: 'View the data vault during an open case',
        help: 'Sees an employee’s BSN and address only while the employee has an open absence case; every view is recorded.',
      },
    },
    gate: {
      title: 'Data vault user agreement',
      intro:
        'Before your organisation can work with Verzuim, a super user must sign the user agreement for the data vault digitally. In the data vault you keep the citizen service numbers (BSN) and addresses of your employees, encrypted.',
      textLabel: 'Text of the user agreement',
      signTitle: 'Sign digitally',
      signIntro:
        'Enter the name and e-mail address of the person legally authorised to represent your organisation. This may be you. We send the confirmation to this address.',
      authorisedName: 'Name of the authorised person',
      authorisedEmail: 'E-mail address of the authorised person',
      authorisedEmailHint: 'The confirmation of the signature goes to this address.',
      accept:
        'I have read the user agreement (version {{version}}) and sign it on behalf of my organisation',
      acceptRequired: 'Please tick that you have read and sign the agreement.',
      becomesAdmin:
        'After signing you become data vault administrator. You can then give others access and appoint more administrators.',
      sign: 'Sign',
      signed: 'The agreement has been signed. The confirmation was sent to {{email}}.',
      waitTitle: 'Your organisation must sign the agreement first',
      waitText:
        'A super user of your organisation must first sign the user agreement for the data vault. After that you can work with Verzuim. Please contact a super user if this takes too long.',
    },
    page: {
      title: 'Data vault',
      intro:
        'The data vault holds the employees’ citizen service numbers (BSN) and addresses, encrypted. Only users with access can view them; every view is recorded.',
      adminTitle: 'Data vault management',
      adminIntro:
        'Decide who has access to the data vault, decide on requests and view the agreements. Access to the data vault changes none of a user’s other rights.',
      tabs: {
        authorisation: 'Authorisation',
        requests: 'Requests',
        agreements: 'Agreements',
      },
    },
    self: {
      hasAccess: 'You have access to the data vault.',
      noAccess: 'You have no access to the data vault.',
      pending: 'Your request for access is waiting for a data vault administrator.',
      request: 'Request access',
      requested:
        'Your request has been sent. You will get an e-mail once an administrator has decided.',
    },
    authorisation: {
      intro:
        'Use the switches to give access or appoint an administrator. There is no limit on administrators, but there is always at least one. We advise a second administrator for absences.',
      name: 'User',
      access: 'Access',
      admin: 'Administrator',
      accessFor: 'Data vault access for {{name}}',
      adminFor: 'Data vault administrator: {{name}}',
      saved: 'The authorisation of {{name}} has been changed.',
    },
    requests: {
      intro:
        'Requests from users who want access to the data vault. The requester gets your decision by e-mail.',
      empty: 'There are no requests.',
      requestedAt: 'Requested on',
      status: 'Status',
      actions: 'Actions',
      pending: 'Awaiting decision',
      approved: 'Approved',
      refused: 'Refused',
      approve: 'Approve',
      refuse: 'Refuse',
      confirmRefuseTitle: 'Refuse request',
      confirmRefuse:
        'Are you sure you want to refuse the request of {{name}}? {{name}} will get an e-mail about it.',
      approvedNotice: '{{name}} now has access to the data vault and gets an e-mail.',
      refusedNotice: 'The request of {{name}} was refused; {{name}} gets an e-mail.',
    },
    documents: {
      intro:
        'The agreements of the data vault. Every version stays available to view and download.',
      name: 'Agreement',
      version: 'Version',
      versionOf: 'Version of {{name}}',
      view: 'View',
      download: 'Download',
      fingerprint: 'Fingerprint (SHA-256) of this text: {{sha256}}',
      user_agreement: 'User agreement',
      sla: 'Service level agreement',
      licence_terms: 'Licence terms',
      service_description: 'Service description',
    },
    widget: {
      title: 'Data vault access requests',
      pending: 'Access requests waiting for your decision: {{count}}',
      none: 'No requests for data vault access are waiting.',
      open: 'Go to requests',
    },
    section: {
      bsn: 'BSN (citizen service number)',
      address: 'Address',
      phone: 'Phone number',
      privateEmail: 'Private e-mail address',
      lettersByEmail: 'Letters by e-mail',
      yes: 'Yes',
      no: 'No',
      none: 'Not filled in',
      notStored: 'There is no data in the data vault for this employee yet.',
      withheld: 'You can see the data vault only while this employee has an open absence case.',
      reveal: 'Show',
      hide: 'Hide',
      revealLogged: 'Every time you show the data, it is recorded.',
      noReveal:
        'You cannot view this data. The occupational health service can only do so while the employee has an open absence case.',
      stepUpTitle: 'Confirm it is you',
      stepUpIntro:
        'To show data from the data vault, enter your password and second factor again. This stays valid for 5 minutes.',
    },
    mail: {
      signed: {
        subject: 'Confirmation: data vault user agreement signed',
        body: 'Dear {{name}},\n\nThe data vault user agreement has been signed on behalf of your organisation (version {{version}}, signed on {{signedAt}}). The fingerprint (SHA-256) of the signed text is:\n\n{{sha256}}\n\nThe agreement is in Verzuim under Data vault management > Agreements:\n\n{{url}}\n\nDid you not expect this? Please contact your occupational health service.',
      },
      approved: {
        subject: 'You have access to the data vault',
        body: 'Dear {{name}},\n\nA data vault administrator has approved your request: you can now view citizen service numbers (BSN) and addresses in the data vault. Verzuim asks for your password and second factor when you do.\n\n{{url}}',
      },
      refused: {
        subject: 'Your data vault request was refused',
        body: 'Dear {{name}},\n\nA data vault administrator has refused your request for access to the data vault. Your other rights in Verzuim stay the same. If you do need access, please contact a data vault administrator of your organisation.\n\n{{url}}',
      },
    },
  },
  errors: {
    agreement_required:
      'Your organisation must first sign the data vault user agreement. Until then you cannot work in Verzuim.',
    agreement_already_signed: 'The user agreement has already been signed.',
    agreement_super_user_only: 'Only a super user can sign the agreement.',
    agreement_version_outdated:
      'A new version of the agreement has been published in the meantime. Please read it and sign again.',
    vault_access_required:
      'You have no access to the data vault. Ask a data vault administrator for access.',
    vault_no_open_case:
      'The data vault can only be viewed while this employee has an open absence case.',
    vault_admin_required: 'Only a data vault administrator can do this.',
    vault_last_admin:
      'There must always be at least one data vault administrator. Appoint another administrator first.',
    vault_request_exists: 'Your request has been sent and is waiting for an administrator.',
    vault_already_has_access: 'You already have access to the data vault.',
    vault_unreadable:
      'This data cannot be read. Please contact your occupational health service; nothing was changed.',
  },
  fieldErrors: {
    invalid_phone: 'Enter a valid phone number.',
    letters_by_email_needs_address: 'Enter a private e-mail address to receive letters by e-mail.',
  },
};
