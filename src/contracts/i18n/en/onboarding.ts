import type { MessageTree } from '../message-tree.js';
import type { onboardingMessages as nl } from '../nl/onboarding.js';

/** "Onboard employer" (issue 14): a new employer, its first departments and super user. */
export const onboardingMessages: MessageTree<typeof nl> = {
  ui: {
    open: 'Onboard employer',
    title: 'Onboard employer',
    intro:
      'Onboard a new employer in one go: its settings, its first departments and its first super user, who is invited by e-mail.',
    back: 'Back to Employers',
    previous: 'Previous',
    next: 'Next',
    submit: 'Onboard employer',
    steps: {
      employer: 'Employer',
      employerDescription: 'Name and settings',
      departments: 'Departments',
      departmentsDescription: 'The first departments',
      superUser: 'Super user',
      superUserDescription: 'The first account',
      review: 'Review',
      reviewDescription: 'Check everything',
    },
    protocol: 'Protocols',
    protocolText:
      "The occupational health service's default protocols apply from the first sick report. Make a variant of its own for this employer afterwards under Protocols.",
    departments: {
      help: 'At least one department. A department can sit below an earlier one in the list; the employer arranges the rest of its structure later.',
      name: 'Name of department {{number}}',
      parent: 'Below (department {{number}})',
      top: 'Top level',
      add: 'Add department',
      remove: 'Remove department {{number}}',
    },
    superUser: {
      help: 'The first super user receives an invitation by e-mail to set a password and a second factor, and signs the Data vault user agreement at the first login.',
      locale: 'Language of the invitation and the account',
    },
    review: {
      intro: 'Check the details. "Onboard employer" records everything at once.',
      employer: 'Employer',
      departments: 'Departments',
      superUser: 'Super user',
      below: 'below {{parent}}',
      none: '–',
      agreement: 'Data vault user agreement',
      agreementPending: 'Waiting for the super user to sign',
      edit: 'Change',
    },
    done: {
      title: 'Employer {{name}} has been onboarded',
      invited:
        'The invitation has been sent to {{email}}. With it the super user sets a password and a second factor.',
      notInvited:
        'The employer has been onboarded, but the invitation could not be sent. Choose the employer at the top right and send a new link to {{email}} from User management.',
      agreement:
        'The Data vault user agreement is waiting to be signed: until then nobody of the employer can work in Verzuim.',
      toEmployers: 'To Employers',
      another: 'Onboard another employer',
    },
  },
  fieldErrors: {
    employer_name_taken: 'There already is an employer with this name. Choose another name.',
    departments_required: 'Add at least one department.',
    department_parent_unknown: 'Choose a department that comes earlier in the list.',
    department_name_duplicate: 'This name already occurs in the same place. Choose another name.',
  },
} as const;
