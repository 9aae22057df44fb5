import { z } from 'zod';
import { entityIdSchema } from './common.js';

/**
 * Re-integration and UWV documents made from templates (issue 14): a document of a kind is made
 * for a sickness case from its template, prefilled from the dossier, edited as a draft (every
 * save a new version), made final (a PDF in the dossier, category UWV), signed off by employer
 * and employee, and fulfils the poortwachter task of its kind. Shapes shared by server and web.
 *
 * A template is an entry of `reintegrationTemplates`: its kind, the protocol task it fulfils and
 * its editable sections (their labels in the catalogue, `reintegration.sections.<section>`). The
 * other kinds of issue 14 (evaluations, eerstejaarsevaluatie, eindevaluatie,
 * re-integratieverslag, 42e-weeksmelding) are more entries here.
 */
export const reintegrationTemplates = {
  problem_analysis: {
    taskCode: 'probleemanalyse',
    sections: ['workPossible', 'expectedDuration', 'adjustments', 'reintegrationAdvice'],
  },
  action_plan: {
    taskCode: 'plan_van_aanpak',
    sections: ['goal', 'activities', 'agreements', 'caseManager', 'evaluation', 'employeeView'],
  },
} as const;

export const reintegrationKinds = Object.keys(reintegrationTemplates) as ReintegrationKind[];
export type ReintegrationKind = keyof typeof reintegrationTemplates;
export const reintegrationKindSchema = z.enum(['problem_analysis', 'action_plan']);

export type ReintegrationSection =
  (typeof reintegrationTemplates)[ReintegrationKind]['sections'][number];

export const reintegrationFieldMaxLength = 10_000;

/** The editable sections' texts, by section key; the template decides which keys belong. */
export const reintegrationFieldsSchema = z.record(
  z.string().min(1).max(60),
  z.string().max(reintegrationFieldMaxLength),
);
export type ReintegrationFields = z.infer<typeof reintegrationFieldsSchema>;

export const newReintegrationDocumentSchema = z.strictObject({
  kind: reintegrationKindSchema,
  /** The sickness case (its first episode's case id, as its tasks are linked to). */
  caseId: entityIdSchema,
});
export type NewReintegrationDocument = z.infer<typeof newReintegrationDocumentSchema>;

export const saveReintegrationDocumentSchema = z.strictObject({
  fields: reintegrationFieldsSchema,
  /** The version the editor started from: a save over a newer version is refused (409). */
  version: z.number().int().min(1),
});
export type SaveReintegrationDocument = z.infer<typeof saveReintegrationDocumentSchema>;

export const signOffPartySchema = z.enum(['employer', 'employee']);
export type SignOffParty = z.infer<typeof signOffPartySchema>;

export const signOffSchema = z.strictObject({ party: signOffPartySchema });

const byAt = z.object({ byName: z.string(), at: z.string() }).nullable();

export const reintegrationDocumentSchema = z.object({
  id: z.string(),
  employeeId: z.string(),
  caseId: z.string(),
  kind: reintegrationKindSchema,
  status: z.enum(['draft', 'final']),
  version: z.number().int(),
  /** Facts from the dossier at creation, shown above the sections and printed in the PDF. */
  facts: z.object({ employeeName: z.string(), firstSickDay: z.string() }),
  fields: reintegrationFieldsSchema,
  /** The poortwachter task it fulfils (done when the document is made final), if any. */
  taskId: z.string().nullable(),
  /** The PDF in the dossier's documents once final. */
  dossierDocumentId: z.string().nullable(),
  created: z.object({ byName: z.string(), at: z.string() }),
  updated: z.object({ byName: z.string(), at: z.string() }),
  finalized: byAt,
  /** The employer's sign-off: the employer-side user who confirmed, and when. */
  employerSignOff: byAt,
  /** The employee's sign-off (employees have no login): who recorded it, and when. */
  employeeSignOff: byAt,
  versions: z.array(
    z.object({ version: z.number().int(), savedByName: z.string(), savedAt: z.string() }),
  ),
});
export type ReintegrationDocument = z.infer<typeof reintegrationDocumentSchema>;

export const reintegrationDocumentListSchema = z.object({
  documents: z.array(reintegrationDocumentSchema),
});
export type ReintegrationDocumentList = z.infer<typeof reintegrationDocumentListSchema>;

/** The catalogue keys of the kinds' titles (web and PDF), written out so each key is a literal. */
export const reintegrationKindKeys: Record<ReintegrationKind, string> = {
  problem_analysis: 'reintegration.kinds.problem_analysis',
  action_plan: 'reintegration.kinds.action_plan',
};

/** The catalogue keys of the sections' labels (web and PDF). */
export const reintegrationSectionKeys: Record<ReintegrationSection, string> = {
  workPossible: 'reintegration.sections.workPossible',
  expectedDuration: 'reintegration.sections.expectedDuration',
  adjustments: 'reintegration.sections.adjustments',
  reintegrationAdvice: 'reintegration.sections.reintegrationAdvice',
  goal: 'reintegration.sections.goal',
  activities: 'reintegration.sections.activities',
  agreements: 'reintegration.sections.agreements',
  caseManager: 'reintegration.sections.caseManager',
  evaluation: 'reintegration.sections.evaluation',
  employeeView: 'reintegration.sections.employeeView',
};
