import type { MessageTree } from '../message-tree.js';
import type { tasksMessages as nl } from '../nl/tasks.js';

/** Taken (SPEC.md §2.7): the tasks of the Wet verbetering poortwachter. */
export const tasksMessages: MessageTree<typeof nl> = {
  ui: {
    state: {
      late: 'Late',
      now: 'Do now',
      future: 'Planned',
      done: 'Done',
      postponed: 'Postponed',
      cancelled: 'Cancelled',
      set_aside: 'Set aside by the system',
    },
    status: {
      open: 'Open',
      done: 'Done',
      postponed: 'Postponed',
      cancelled: 'Cancelled',
      set_aside: 'Set aside by the system',
    },
    important: 'Important',
    assignedTo: 'For {{name}}',
    saved: 'The task has been updated.',
    actions: {
      label: 'Actions for {{name}}',
      done: 'Done…',
      postpone: 'Postpone…',
      notPostponable: 'Legal deadline: cannot be postponed.',
      cancel: 'Cancel task…',
      assign: 'Assign…',
      important: 'Mark as important',
      notImportant: 'No longer important',
    },
    forms: {
      taskLine: '{{name}} for {{employee}}, due {{date}}',
      doneTitle: 'Task done',
      doneOn: 'Done on',
      doneSubmit: 'Save as done',
      postponeTitle: 'Postpone task',
      newDueDate: 'New date',
      reason: 'Reason',
      postponeSubmit: 'Postpone',
      cancelTitle: 'Cancel task',
      cancelWarning: 'A cancelled task no longer needs doing and cannot be reopened.',
      cancelSubmit: 'Cancel task',
      assignTitle: 'Assign task',
      assignee: 'Assign to',
      assigneeHelp: "Users who work on tasks and may see this employee's file.",
      nobody: 'Nobody in particular',
      assignSubmit: 'Assign',
    },
    widget: {
      all: 'All tasks',
      late: 'Late',
      now: 'Do now',
      future: 'Future tasks',
    },
    timeline: {
      /** The dossier section's title after the kind of its cases' tasks. */
      titles: {
        all: 'Tasks',
        sickness: 'Gatekeeper deadlines',
        pregnancy: 'Pregnancy (WAZO)',
      },
      empty: 'There are no tasks: there is no sickness absence or pregnancy.',
      since: 'Sick since {{date}}',
      pregnantSince: 'Pregnancy since {{date}}',
      expectedDelivery: 'Due on {{date}}',
      progress: 'Day {{sickDay}} · week {{week}} of {{ofWeeks}}',
      due: '{{date}} (sick day {{sickDay}})',
      doneOn: 'done on {{date}}',
    },
    page: {
      title: 'Tasks',
      description:
        'The tasks of the Gatekeeper Improvement Act for the employees within your scope.',
      empty: 'No tasks match the filters.',
    },
    filters: {
      status: 'Status',
      anyStatus: 'All',
      dueFrom: 'Due from',
      dueTo: 'Due up to and including',
      assignedToMe: 'Assigned to me',
    },
    calendar: {
      name: 'Verzuim: tasks',
      title: 'Calendar',
      intro:
        "Put your open tasks in your own calendar (Outlook, Google, Apple) with a secret link. The calendar holds only the task and the employee's initials; the link in an event opens the file after login.",
      introOperator:
        "Put the tasks assigned to you, at every employer, in your own calendar (Outlook, Google, Apple) with a secret link. The calendar holds only the task and the employee's initials.",
      none: 'You have no calendar link yet.',
      since:
        'Your calendar link exists since {{date}}. It is shown only once; make a new one if you need it again.',
      create: 'Make calendar link',
      renew: 'Make new link',
      confirmTitle: 'Make a new calendar link?',
      confirmMessage:
        'The current link stops working. Calendars that use it show your tasks again only once you add the new link.',
      confirm: 'Make new link',
      url: 'Your secret calendar link',
      urlHelp: 'Copy it now: it is not shown again. Share it with nobody.',
      copy: 'Copy',
      copied: 'Copied',
    },
    columns: {
      due: 'Due',
      task: 'Task',
      employee: 'Employee',
      state: 'State',
      actions: 'Actions',
    },
  },
  errors: {
    task_not_open: 'This task is already done, cancelled or set aside; that is no longer possible.',
    task_not_postponable: 'This task has a legal deadline and cannot be postponed.',
  },
  fieldErrors: {
    task_done_in_future: 'The date it was done cannot be in the future.',
    task_postpone_not_later: "Choose a date after the task's current date.",
    task_assignee_not_allowed:
      "This user cannot be given this task: only users who work on tasks and may see this employee's file.",
  },
};
