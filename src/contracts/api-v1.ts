import { z } from 'zod';
import { entityIdSchema, storedDateSchema } from './common.js';

/**
 * The resources of the REST API v1 (`/api/v1`, SPEC.md §2.10) as an employer's HR system reads
 * them. Lists are paged by an opaque cursor in the order of last change, so `updatedSince` and
 * `cursor` together synchronise: keep the last `nextCursor`, ask again later.
 */

/** A list's position: the last row's change time (PostgreSQL text, microseconds) and id. */
export type ApiCursor = { updatedAt: string; id: string };

const cursorPattern = /^[A-Za-z0-9_-]{1,200}$/;
const timestampText = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:\d{2})?|Z)$/;
const uuidText = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeApiCursor(cursor: ApiCursor): string {
  // ASCII only (a timestamp and a uuid), so btoa suffices; base64url without padding.
  return btoa(JSON.stringify([cursor.updatedAt, cursor.id]))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function decodeApiCursor(text: string): ApiCursor | undefined {
  if (!cursorPattern.test(text)) return undefined;
  try {
    const value: unknown = JSON.parse(atob(text.replace(/-/g, '+').replace(/_/g, '/')));
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [updatedAt, id] = value as unknown[];
    if (typeof updatedAt !== 'string' || !timestampText.test(updatedAt)) return undefined;
    if (typeof id !== 'string' || !uuidText.test(id)) return undefined;
    return { updatedAt, id };
  } catch {
    return undefined;
  }
}

const apiCursorSchema = z.string().transform((text, context) => {
  const cursor = decodeApiCursor(text);
  if (cursor) return cursor;
  context.addIssue({ code: 'custom', params: { code: 'invalid_cursor' } });
  return z.NEVER;
});

export const apiListQuerySchema = z
  .object({
    /** Only rows changed at or after this moment (ISO 8601 with offset). */
    updatedSince: z.iso.datetime({ offset: true }).optional(),
    cursor: apiCursorSchema.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
export type ApiListQuery = z.infer<typeof apiListQuerySchema>;

const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), nextCursor: z.string().nullable() });

export const apiDepartmentSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  name: z.string(),
  closedOn: storedDateSchema.nullable(),
});
export const apiDepartmentListSchema = z.object({ data: z.array(apiDepartmentSchema) });

export const apiEmploymentSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  startDate: storedDateSchema,
  endDate: storedDateSchema.nullable(),
});

export const apiEmployeeSchema = z.object({
  id: z.uuid(),
  personnelNumber: z.string().nullable(),
  firstName: z.string().nullable(),
  initials: z.string().nullable(),
  namePrefix: z.string().nullable(),
  lastName: z.string(),
  gender: z.string(),
  dateOfBirth: storedDateSchema,
  employments: z.array(apiEmploymentSchema),
  updatedAt: z.string(),
});
export type ApiEmployee = z.infer<typeof apiEmployeeSchema>;
export const apiEmployeePageSchema = pageOf(apiEmployeeSchema);

/**
 * An employee addressed by our id (a uuid) or by the HR system's personnel number, written
 * `personnelNumber:0012` (the number as the HR system knows it, leading zeros included).
 */
export const apiEmployeeKeySchema = z
  .string()
  .max(120)
  .transform((text, context) => {
    const byNumber = /^personnelNumber:(.{1,100})$/.exec(text);
    if (byNumber?.[1] !== undefined) return { personnelNumber: byNumber[1] } as const;
    const id = entityIdSchema.safeParse(text);
    if (id.success) return { id: id.data } as const;
    context.addIssue({ code: 'custom', params: { code: 'invalid_employee_key' } });
    return z.NEVER;
  });
export type ApiEmployeeKey = z.infer<typeof apiEmployeeKeySchema>;
export const apiEmployeeParamsSchema = z.object({ employee: apiEmployeeKeySchema }).strict();

/**
 * An absence addressed by our id (a uuid) or by the HR system's own absence id, written
 * `hrAbsenceId:AFW-2026-0417` (URL-encoded where needed).
 */
export const apiAbsenceKeySchema = z
  .string()
  .max(120)
  .transform((text, context) => {
    const byHrId = /^hrAbsenceId:(.{1,100})$/.exec(text);
    if (byHrId?.[1] !== undefined) return { hrAbsenceId: byHrId[1] } as const;
    const id = entityIdSchema.safeParse(text);
    if (id.success) return { id: id.data } as const;
    context.addIssue({ code: 'custom', params: { code: 'invalid_absence_key' } });
    return z.NEVER;
  });
export type ApiAbsenceKey = z.infer<typeof apiAbsenceKeySchema>;
export const apiAbsenceParamsSchema = z.object({ absence: apiAbsenceKeySchema }).strict();

export const apiAbsenceSchema = z.object({
  id: z.uuid(),
  /** The HR system's own id of the absence, when it gave one. */
  hrAbsenceId: z.string().nullable(),
  employeeId: z.uuid(),
  personnelNumber: z.string().nullable(),
  firstDay: storedDateSchema,
  /** The last sick day; null while the employee is still sick. */
  lastDay: storedDateSchema.nullable(),
  /** The previous episode of the same legal case (a recurrence within 28 days), if any. */
  previousAbsenceId: z.uuid().nullable(),
  /** The percentage timeline: from each date on, until the next, the employee is so sick. */
  percentages: z.array(z.object({ validFrom: storedDateSchema, percentage: z.number().int() })),
  updatedAt: z.string(),
});
export type ApiAbsence = z.infer<typeof apiAbsenceSchema>;
export const apiAbsencePageSchema = pageOf(apiAbsenceSchema);

/**
 * A task of a legal case (the Wet verbetering poortwachter protocol, or WAZO for a pregnancy),
 * as the HR system reads it: `code` names the protocol's task, `absenceId` the first absence of
 * the legal case it belongs to.
 */
export const apiTaskSchema = z.object({
  id: z.uuid(),
  employeeId: z.uuid(),
  absenceId: z.uuid(),
  code: z.string(),
  /** 0 for a task that does not repeat; 0, 1, 2 … for the repetitions of one that does. */
  occurrence: z.number().int(),
  dueDate: storedDateSchema,
  /** The sick day (counted from the legal case's first sick day) the task is due on. */
  dueSickDay: z.number().int(),
  status: z.enum(['open', 'done', 'postponed', 'cancelled', 'set_aside']),
  important: z.boolean(),
  doneOn: storedDateSchema.nullable(),
  updatedAt: z.string(),
});
export type ApiTask = z.infer<typeof apiTaskSchema>;
export const apiTaskPageSchema = pageOf(apiTaskSchema);
