/**
 * Protocols as data (SPEC.md §2.7, DOMAIN.md §2): the API's shapes for the operator admin's
 * Protocollen screen. A protocol version never changes; every edit answers with the next version.
 */
import { z } from 'zod';
import { entityIdSchema } from './common.js';

/**
 * When a task falls due. The sick-day triggers count sick-days of the legal case (the offset is a
 * sick-day number); the others count calendar days from a date of the case (negative: before).
 */
export const taskTriggers = [
  'case_start',
  'sick_day',
  /** The first working day (Mon–Fri) strictly after sick-day `offset`: the 42nd-week report. */
  'first_working_day_after_sick_day',
  'calendar_days',
  'expected_delivery_date',
  /** The last working day of the employment, plus `offset` calendar days. */
  'end_of_employment',
] as const;
export const taskTriggerSchema = z.enum(taskTriggers);
export type TaskTrigger = z.infer<typeof taskTriggerSchema>;

export const isSickDayTrigger = (trigger: TaskTrigger) =>
  trigger === 'sick_day' || trigger === 'first_working_day_after_sick_day';

export const responsibleParties = ['employer', 'employee', 'bedrijfsarts', 'casemanager'] as const;
export const responsibleSchema = z.enum(responsibleParties);
export type Responsible = z.infer<typeof responsibleSchema>;

/** The longest offset or repetition end: three years of days, beyond any legal deadline. */
export const maxProtocolOffset = 1095;

const nameSchema = z.object({
  nl: z.string().trim().min(1).max(200),
  en: z.string().trim().min(1).max(200),
});

export const protocolTaskCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,59}$/);

const offsetSchema = z.number().int().min(-maxProtocolOffset).max(maxProtocolOffset);

export const protocolTaskSchema = z.object({
  code: protocolTaskCodeSchema,
  name: nameSchema,
  trigger: taskTriggerSchema,
  offset: offsetSchema,
  repetition: z
    .object({
      every: z.number().int().min(1).max(maxProtocolOffset),
      until: z.number().int().min(1).max(maxProtocolOffset),
    })
    .nullable(),
  responsible: z.array(responsibleSchema).min(1).max(responsibleParties.length),
  postponable: z.boolean(),
  setAsideOnClose: z.boolean(),
  /** Due earlier when the task `task` is done: `days` calendar days after its done date. */
  earlierAfterDone: z
    .object({ task: protocolTaskCodeSchema, days: z.number().int().min(0).max(365) })
    .nullable(),
});
export type ProtocolTaskView = z.infer<typeof protocolTaskSchema>;

export const protocolSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.object({ nl: z.string(), en: z.string() }),
  /** Null for the arbodienst's default; else the employer whose variant this is. */
  employerId: z.uuid().nullable(),
  employerName: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  tasks: z.array(protocolTaskSchema),
});
export type ProtocolView = z.infer<typeof protocolSchema>;

export const protocolListResponseSchema = z.object({ items: z.array(protocolSchema) });

export const protocolParamsSchema = z.object({ protocolId: entityIdSchema });
export const protocolTaskParamsSchema = protocolParamsSchema.extend({
  taskCode: protocolTaskCodeSchema,
});

/** A change of a task: its names and its offset (the rest of a task stays as it is). */
export const changeProtocolTaskRequestSchema = z.object({ name: nameSchema, offset: offsetSchema });
export type ChangeProtocolTaskRequest = z.infer<typeof changeProtocolTaskRequestSchema>;

export const addProtocolTaskRequestSchema = protocolTaskSchema;

export const createProtocolVariantRequestSchema = z.object({ employerId: entityIdSchema });
