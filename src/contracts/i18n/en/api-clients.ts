import type { MessageTree } from '../message-tree.js';
import type { apiClientsMessages as nl } from '../nl/api-clients.js';

/** Page "Koppelingen": the employer's API clients for its HR system (issue 13). */
export const apiClientsMessages: MessageTree<typeof nl> = {
  ui: {
    title: 'Integrations',
    nav: 'Integrations',
    intro:
      'An integration lets your HR system read and write data through the Verzuim REST API (/api/v1). Each integration has its own client ID and secret; you see the secret only right after creating or rotating it.',
    add: 'Add integration',
    name: 'Name',
    nameHint: 'For example the name of the HR system, such as AFAS Production.',
    scopes: 'Permissions',
    clientId: 'Client ID',
    created: 'Created',
    status: 'Status',
    active: 'Active',
    revokedOn: 'Revoked on {{date}} by {{name}}',
    rotatedOn: 'Secret rotated on {{date}} by {{name}}',
    actions: 'Actions',
    rotate: 'Rotate secret',
    revoke: 'Revoke',
    save: 'Create',
    empty: 'There are no integrations yet. Add one to give your HR system access.',
    secretTitle: 'Store this secret now',
    secretText:
      'This secret is shown only once and Verzuim does not keep it. Put it in your HR system’s settings right away. Lost it? Rotate the secret.',
    clientSecret: 'Secret',
    copied: 'Copied',
    copy: 'Copy',
    done: 'I have stored the secret',
    revokeTitle: 'Revoke integration?',
    revokeText:
      'The HR system of integration "{{name}}" can no longer use the API, at once. Revoking cannot be undone.',
    revokeConfirm: 'Yes, revoke',
    rotateTitle: 'Create a new secret?',
    rotateText:
      'The current secret of "{{name}}" and every token issued stop working at once. Put the new secret in the HR system right away.',
    rotateConfirm: 'Yes, new secret',
    revoked: 'The integration has been revoked.',
    scopeNames: {
      employeesRead: 'Read employees',
      employeesWrite: 'Write employees',
      absencesRead: 'Read absences',
      absencesWrite: 'Report and change absences',
      tasksRead: 'Read tasks',
      documentsWrite: 'Add documents',
    },
    permission: {
      name: 'Manage integrations',
      help: 'Create, rotate and revoke the HR system’s API integrations.',
    },
  },
  errors: {
    api_concurrent_write:
      'Another request changed this employee at the same time. Send the request again.',
    api_not_given_to_hr_system:
      'The employer’s HR integration setting ({{mode}}) does not let the HR system change this data.',
    api_idempotency_key_reused:
      'This Idempotency-Key was used before with another request. Use a new key for a new request.',
    api_client_revoked: 'This integration has already been revoked.',
    api_invalid_token: 'No valid access token. Request a new token.',
    api_scope_missing: 'This token lacks the permission {{scope}}.',
  },
  fieldErrors: {
    api_employee_unknown: 'This employer has no such employee.',
    invalid_hr_id: 'Use 1 to 100 printable characters (ASCII), without spaces at the start or end.',
    invalid_idempotency_key: 'Use 1 to 255 printable characters (ASCII) without spaces.',
    api_employee_id_or_personnel_number: 'Give either employeeId or personnelNumber.',
    api_correction_empty: 'Give firstSickDay, percentage or classification to correct.',
    invalid_absence_key: 'Give our absence id (a uuid) or hrAbsenceId:<the HR system’s id>.',
    api_first_version_not_at_start: "The first version starts on the employment's startDate.",
    api_versions_out_of_order: 'List the versions oldest first, each from a later day.',
    api_hr_employment_id_repeated: 'Each hrEmploymentId may occur once.',
    api_hr_employment_id_taken: 'This hrEmploymentId belongs to another employee.',
    api_personnel_number_mismatch: 'The personnel number differs from the one in the address.',
    duplicate_scope: 'Each permission can be chosen once only.',
  },
};
