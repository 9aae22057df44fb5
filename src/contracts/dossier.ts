import { z } from 'zod';
import { entityIdSchema, isoDateSchema, storedDateSchema } from './common.js';

/**
 * Trajectendossier (the case file of one employee): notes ("Contactmomenten"), documents with a
 * category, and the company doctor's medical notes. Shapes shared by server and web.
 */

/** How the contact took place; the labels live in the catalogue (`dossier.contactTypes.*`). */
export const contactTypes = ['phone', 'meeting', 'video', 'email', 'letter', 'other'] as const;
export const contactTypeSchema = z.enum(contactTypes);
export type ContactType = z.infer<typeof contactTypeSchema>;

/**
 * The document categories of "Overzichtsdocumenten". The list is fixed in code (not per
 * employer), so every overview and every report reads the same categories; add one here and its
 * label in the catalogue (`dossier.categories.*`).
 */
export const documentCategories = [
  'correspondence',
  'action_plan',
  'problem_analysis',
  'occupational_health_feedback',
  'uwv',
  'other',
] as const;
export const documentCategorySchema = z.enum(documentCategories);
export type DocumentCategory = z.infer<typeof documentCategorySchema>;

/**
 * What an uploaded file may be, decided by its content (magic bytes, and for Office files the
 * `[Content_Types].xml` inside the ZIP), never by its name or the browser's content type.
 */
export const documentKinds = ['pdf', 'png', 'jpeg', 'docx', 'xlsx'] as const;
export const documentKindSchema = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof documentKindSchema>;

export const noteTextMaxLength = 10_000;
export const withdrawReasonMaxLength = 500;

export const newNoteSchema = z.strictObject({
  contactDate: isoDateSchema,
  contactType: contactTypeSchema,
  text: z.string().trim().min(1).max(noteTextMaxLength),
  caseId: entityIdSchema.nullable().optional(),
});
export type NewNote = z.infer<typeof newNoteSchema>;

export const noteSchema = z.object({
  id: z.string(),
  contactDate: storedDateSchema,
  contactType: contactTypeSchema,
  text: z.string(),
  caseId: z.string().nullable(),
  authorName: z.string(),
  createdAt: z.string(),
});
export type Note = z.infer<typeof noteSchema>;

export const noteListResponseSchema = z.object({ notes: z.array(noteSchema) });
export type NoteListResponse = z.infer<typeof noteListResponseSchema>;

export const documentSchema = z.object({
  id: z.string(),
  category: documentCategorySchema,
  fileName: z.string(),
  kind: documentKindSchema,
  sizeBytes: z.number().int(),
  caseId: z.string().nullable(),
  uploadedByName: z.string(),
  uploadedAt: z.string(),
  /** Withdrawn documents stay in the file (it is a legal record), marked with why and when. */
  withdrawn: z.object({ at: z.string(), byName: z.string(), reason: z.string() }).nullable(),
});
export type DossierDocument = z.infer<typeof documentSchema>;

export const documentListResponseSchema = z.object({
  documents: z.array(documentSchema),
  /** The upload limit, so the web can refuse a too large file before sending it. */
  maxBytes: z.number().int(),
});
export type DocumentListResponse = z.infer<typeof documentListResponseSchema>;

export const withdrawDocumentSchema = z.strictObject({
  reason: z.string().trim().min(1).max(withdrawReasonMaxLength),
});

export const newMedicalNoteSchema = z.strictObject({
  text: z.string().trim().min(1).max(noteTextMaxLength),
});

export const medicalNoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
});
export type MedicalNote = z.infer<typeof medicalNoteSchema>;

export const medicalNoteListResponseSchema = z.object({ notes: z.array(medicalNoteSchema) });
export type MedicalNoteListResponse = z.infer<typeof medicalNoteListResponseSchema>;
