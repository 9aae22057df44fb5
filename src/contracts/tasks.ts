/** Tasks of the Wet verbetering poortwachter (SPEC.md §2.7): the API's shapes. */
import { z } from 'zod';
import { addDays } from './civil-dates.js';
import { entityIdSchema, isoDateSchema, storedDateSchema } from './common.js';

export const taskStatuses = ['open', 'done', 'postponed', 'cancelled', 'set_aside'] as const;
export const taskStatusSchema = z.enum(taskStatuses);
export type TaskStatus = z.infer<typeof taskStatusSchema>;

export const taskSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  employeeId: z.uuid(),
  /** The employee's name as lists show it. */
  employeeName: z.string(),
  code: z.string(),
  /** In the reader's language. */
  name: z.string(),
  dueDate: storedDateSchema,
  /** The sick-day of the legal case the task falls due on. */
  dueSickDay: z.number().int(),
  status: taskStatusSchema,
  important: z.boolean(),
  postponable: z.boolean(),
  doneOn: storedDateSchema.nullable(),
  note: z.string().nullable(),
  /** The user the task was given to, with the name lists show; null when nobody in particular. */
  assignedTo: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type TaskView = z.infer<typeof taskSchema>;

/**
 * The dossier's timeline (GET /api/employees/:id/tasks): the employee's tasks and the cases they
 * belong to, in date order. A sickness case is a legal case (wachttijd) with today's sick-day and
 * week (`progress`, null on a day not sick); a pregnancy has its expected delivery instead.
 */
export const timelineCaseKinds = ['sickness', 'pregnancy'] as const;
export const employeeTasksResponseSchema = z.object({
  items: z.array(taskSchema),
  cases: z.array(
    z.object({
      caseId: z.uuid(),
      kind: z.enum(timelineCaseKinds),
      /** A legal case's first sick day; a pregnancy's first day. */
      firstDay: storedDateSchema,
      open: z.boolean(),
      progress: z
        .object({ sickDay: z.number().int(), week: z.number().int(), ofWeeks: z.number().int() })
        .nullable(),
      expectedDelivery: storedDateSchema.nullable(),
    }),
  ),
});
export type EmployeeTasks = z.infer<typeof employeeTasksResponseSchema>;
export type TimelineCase = EmployeeTasks['cases'][number];

export const taskListQuerySchema = z.object({
  status: taskStatusSchema.optional(),
  dueFrom: isoDateSchema.optional(),
  dueTo: isoDateSchema.optional(),
  departmentId: entityIdSchema.optional(),
  employeeId: entityIdSchema.optional(),
  /** Only the tasks given to the user asking ("aan mij toegewezen"). */
  assignedToMe: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type TaskListQuery = z.infer<typeof taskListQuerySchema>;

export const taskListResponseSchema = z.object({
  total: z.number().int(),
  items: z.array(taskSchema),
});
export type TaskList = z.infer<typeof taskListResponseSchema>;

export const taskParamsSchema = z.object({ taskId: entityIdSchema });
export const employeeTaskParamsSchema = z.object({ employeeId: entityIdSchema });

export const doneTaskRequestSchema = z.object({
  doneOn: isoDateSchema,
  note: z.string().max(2000).optional(),
});
export const postponeTaskRequestSchema = z.object({
  dueDate: isoDateSchema,
  reason: z.string().trim().min(1).max(2000),
});
export const cancelTaskRequestSchema = z.object({
  reason: z.string().trim().min(1).max(2000),
});
export const importantTaskRequestSchema = z.object({ important: z.boolean() });
/** Gives the task to a user of the employer who may see the employee's dossier, or to nobody. */
export const assignTaskRequestSchema = z.object({ userId: entityIdSchema.nullable() });

/** Whom a task may be given to: the users who may work on tasks and see the employee. */
export const taskAssigneesResponseSchema = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type TaskAssignees = z.infer<typeof taskAssigneesResponseSchema>;

/** The start-page widget: counts and the first items of late, now (within 7 days) and future. */
export const taskSummarySchema = z.object({
  late: z.object({ count: z.number().int(), items: z.array(taskSchema) }),
  now: z.object({ count: z.number().int(), items: z.array(taskSchema) }),
  future: z.object({ count: z.number().int(), items: z.array(taskSchema) }),
});
export type TaskSummary = z.infer<typeof taskSummarySchema>;

/** Where a task stands for the widget and the timeline: late, due within 7 days, or later. */
export type Urgency = 'late' | 'now' | 'future';
export const nowWindowDays = 7;

export function urgencyOf(dueDate: string, today: string): Urgency {
  if (dueDate < today) return 'late';
  return dueDate <= addDays(today, nowWindowDays) ? 'now' : 'future';
}

/**
 * The user's iCal feed of tasks: since when a URL exists (null: none). The URL itself only in the
 * answer that made it: the server keeps just its hash.
 */
export const calendarFeedStatusSchema = z.object({
  createdAt: z.iso.datetime({ offset: true }).nullable(),
  url: z.url().nullable(),
});
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatusSchema>;
export const calendarFeedParamsSchema = z.object({ file: z.string().max(200) });
