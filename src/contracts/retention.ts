import { z } from 'zod';
import { entityIdSchema } from './common.js';

/**
 * Retention (DOMAIN.md §5): absence data is kept a number of years after the employment ends,
 * case files a number of years after the case ends (both 2 by default, per employer), and a
 * dossier tag exempts the whole dossier from the clean-up.
 */

/** "Lopende rechtszaak" and "Uitgesloten van opschoning". */
export const dossierTags = ['legal_proceedings', 'excluded_from_cleanup'] as const;
export const dossierTagSchema = z.enum(dossierTags);
export type DossierTag = z.infer<typeof dossierTagSchema>;

/** A tag that is set, since when (who set it: the audit log). */
export const dossierTagEntrySchema = z.object({ tag: dossierTagSchema, setAt: z.string() });
export type DossierTagEntry = z.infer<typeof dossierTagEntrySchema>;
export const dossierTagsResponseSchema = z.object({ tags: z.array(dossierTagEntrySchema) });
export type DossierTagsResponse = z.infer<typeof dossierTagsResponseSchema>;

/** The default retention in years, and the range an employer may choose. */
export const defaultRetentionYears = 2;
export const minRetentionYears = 1;
export const maxRetentionYears = 20;
export const retentionYearsSchema = z.number().int().min(minRetentionYears).max(maxRetentionYears);

/** What the clean-up erases of a dossier: all of it, or some ended cases. */
export const erasureScopes = ['employee', 'cases'] as const;
export type ErasureScope = (typeof erasureScopes)[number];

export const expiredDossierSchema = z.object({
  employeeId: entityIdSchema,
  name: z.string(),
  personnelNumber: z.string().nullable(),
  /** employee: the whole dossier (all employments ended); cases: the expired cases only. */
  scope: z.enum(erasureScopes),
  /** The cases that would be erased (all of them for scope employee). */
  caseIds: z.array(entityIdSchema),
  /** The first day the data was expired. */
  expiredSince: z.string(),
  /** The tags that keep it (exempt); empty for what the clean-up erases. */
  tags: z.array(dossierTagSchema),
});
export type ExpiredDossier = z.infer<typeof expiredDossierSchema>;

export const retentionEmployerSchema = z.object({
  employerId: entityIdSchema,
  employerName: z.string(),
  absenceRetentionYears: z.number(),
  caseRetentionYears: z.number(),
  expired: z.array(expiredDossierSchema),
  exempt: z.array(expiredDossierSchema),
});
export type RetentionEmployer = z.infer<typeof retentionEmployerSchema>;

export const retentionPreviewResponseSchema = z.object({
  date: z.string(),
  employers: z.array(retentionEmployerSchema),
});
export type RetentionPreview = z.infer<typeof retentionPreviewResponseSchema>;

/** "Nu opschonen": the expired data of one employer, or of one of its dossiers. */
export const retentionEraseRequestSchema = z.strictObject({
  employerId: entityIdSchema,
  employeeId: entityIdSchema.optional(),
});

export const retentionEraseResponseSchema = z.object({
  erasedDossiers: z.number(),
  erasedCases: z.number(),
});
export type RetentionEraseResult = z.infer<typeof retentionEraseResponseSchema>;
