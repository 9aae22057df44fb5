import { z } from 'zod';
import { apiAbsenceKeySchema } from './api-v1.js';
import { pregnancyLeaveSchema, reportPregnancyRequestSchema } from './cases.js';
import { storedDateSchema } from './common.js';
import { documentCategorySchema, documentKindSchema } from './dossier.js';

/**
 * The pregnancies and dossier documents of the REST API v1 (SPEC.md §2.10, issue 13): an
 * employee's pregnancy (WAZO) reported and read under the absence scopes, a document uploaded to
 * the employee's dossier under `documents:write`.
 */

/**
 * Zwangerschap melden from the HR system: the fields of the app's form, unknown keys refused.
 * `lastWorkingDay` defaults to the latest the window allows.
 */
export const apiReportPregnancySchema = reportPregnancyRequestSchema.strict();
export type ApiReportPregnancy = z.output<typeof apiReportPregnancySchema>;

/** A pregnancy case with its expected and actual delivery and the leave computed from them. */
export const apiPregnancySchema = z.object({
  id: z.uuid(),
  employeeId: z.uuid(),
  /** From the report (or the leave's start when reported late) until its end. */
  firstDay: storedDateSchema,
  /** Null while open; after the birth the last day of the maternity leave. */
  lastDay: storedDateSchema.nullable(),
  /** Null while open; `birth`, `miscarriage`, `abortion`, `out_of_service` or `other`. */
  endReason: z.string().nullable(),
  expectedDelivery: storedDateSchema,
  multipleBirth: z.boolean(),
  lastWorkingDay: storedDateSchema,
  freeDayBetween: z.boolean(),
  actualDelivery: storedDateSchema.nullable(),
  leave: pregnancyLeaveSchema,
});
export type ApiPregnancy = z.infer<typeof apiPregnancySchema>;
export const apiPregnancyListSchema = z.object({ data: z.array(apiPregnancySchema) });

/**
 * The text fields of a document upload (multipart/form-data, before the part `file`): the
 * category, and optionally the absence (or pregnancy) of the employee it belongs to, by our id
 * or `hrAbsenceId:<id>`.
 */
export const apiDocumentFieldsSchema = z
  .object({
    category: documentCategorySchema,
    absenceId: apiAbsenceKeySchema.optional(),
  })
  .strict();
export type ApiDocumentFields = z.output<typeof apiDocumentFieldsSchema>;

/** A document as the upload answers it. */
export const apiDocumentSchema = z.object({
  id: z.uuid(),
  employeeId: z.uuid(),
  /** Our id of the absence or pregnancy it is linked to, if any. */
  absenceId: z.uuid().nullable(),
  category: documentCategorySchema,
  /** The cleaned name, its extension matching `kind`. */
  fileName: z.string(),
  /** What the content is, decided from the bytes (not from the name or the part's type). */
  kind: documentKindSchema,
  sizeBytes: z.number().int(),
  /** The name of the API client that uploaded it, as the dossier shows it. */
  uploadedByName: z.string(),
  uploadedAt: z.string(),
});
export type ApiDocument = z.infer<typeof apiDocumentSchema>;
