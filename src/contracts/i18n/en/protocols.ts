import type { MessageTree } from '../message-tree.js';
import type { protocolsMessages as nl } from '../nl/protocols.js';

/** Protocollen (operator admin): the protocols of the tasks as data (SPEC.md §2.7). */
export const protocolsMessages: MessageTree<typeof nl> = {
  ui: {
    nav: 'Protocols',
    title: 'Protocols',
    intro:
      'The tasks a new case gets, with their deadlines. A change applies to cases opened afterwards; open cases keep the version they were opened with.',
    empty: 'This protocol has no tasks yet.',
    standard: 'Default',
    variantFor: 'Variant for {{employer}}',
    version: 'Version {{version}}',
    tasksOf: 'Tasks of {{name}}',
    columns: {
      code: 'Code',
      task: 'Task',
      due: 'Deadline',
      responsible: 'Responsible',
      postponable: 'May be postponed',
      actions: 'Actions',
    },
    yes: 'Yes',
    no: 'No',
    triggers: {
      case_start: 'Start of the case',
      sick_day: 'Sick-day',
      first_working_day_after_sick_day: 'First working day after sick-day',
      calendar_days: 'Calendar days after the first sick day',
      expected_delivery_date: 'Expected delivery date',
      end_of_employment: 'Last working day of the employment',
    },
    due: {
      sickDay: 'Sick-day {{offset}}',
      firstWorkingDayAfter: 'First working day after sick-day {{offset}}',
      days: '{{trigger}} {{offset}} days',
      repeats: ', then every {{every}} up to {{until}}',
    },
    responsible: {
      employer: 'Employer',
      employee: 'Employee',
      bedrijfsarts: 'Company doctor',
      casemanager: 'Case manager',
    },
    edit: 'Change',
    editNamed: 'Change {{name}}',
    remove: 'Remove',
    removeNamed: 'Remove {{name}}',
    removeConfirm:
      'The task {{name}} is taken out of the protocol. Cases opened afterwards no longer get it; open cases keep their tasks.',
    addTask: 'Add task',
    addTaskTo: 'Add a task to {{name}}',
    createVariant: 'Variant for an employer',
    createVariantOf: 'Variant for an employer of {{name}}',
    variantHelp:
      "The employer gets its own copy of this protocol; the employer's new cases use the variant from now on.",
    fields: {
      code: 'Code',
      codeHelp: 'Lower-case letters, digits and _; never changes.',
      nameNl: 'Name (Dutch)',
      nameEn: 'Name (English)',
      trigger: 'Deadline from',
      offset: 'Number of days',
      offsetHelp: 'Sick-days for a sick-day, else calendar days (negative: before).',
      repeatEvery: 'Repeat every (days)',
      repeatUntil: 'Repeat up to and including day',
      responsible: 'Responsible',
      postponable: 'May be postponed',
      setAsideOnClose: 'Set aside when the case closes',
      employer: 'Employer',
    },
    done: {
      changed: 'The task was changed; the protocol is now at version {{version}}.',
      added: 'The task was added; the protocol is now at version {{version}}.',
      removed: 'The task was removed; the protocol is now at version {{version}}.',
      variant: 'The variant for {{employer}} was created.',
    },
  },
  errors: {
    protocol_changed:
      'Someone else changed this protocol in the meantime. Reload the page and try again.',
    protocol_task_in_use: 'Another task of this protocol depends on this task. Change that first.',
    protocol_is_variant: 'Make a variant of the default protocol, not of a variant.',
    protocol_variant_exists: 'This employer already has its own variant of this protocol.',
  },
  fieldErrors: {
    protocol_sick_day_offset: 'A sick-day is 1 or more.',
    protocol_repetition_ends_before: 'The repetition must end after the first deadline.',
    protocol_responsible_twice: 'Name each responsible party once.',
    protocol_unknown_task: 'The protocol has no such task.',
    protocol_task_code_taken: 'The protocol already has a task with this code.',
    unknown_employer: 'This employer does not exist.',
  },
};
