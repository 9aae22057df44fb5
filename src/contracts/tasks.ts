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
});
export type TaskView = z.infer<typeof taskSchema>;

export const taskListQuerySchema = z.object({
  status: taskStatusSchema.optional(),
  dueFrom: isoDateSchema.optional(),
  dueTo: isoDateSchema.optional(),
  departmentId: entityIdSchema.optional(),
  employeeId: entityIdSchema.optional(),
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
