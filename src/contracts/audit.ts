import { z } from 'zod';
import { entityIdSchema, isoDateSchema } from './common.js';

/**
 * Every action the audit log records. The writer accepts only these, and the catalogues must name
 * each one in both languages (`AuditActionNames`), so a new action without names fails typecheck.
 */
export const auditActions = [
  /** A call of the REST API v1 by an API client (subject: the client). */
  'api.called',
  'api.token_issued',
  'api.token_refused',
  'api_clients.created',
  'api_clients.revoked',
  'api_clients.rotated',
  'audit.exported',
  'auth.account_blocked',
  'auth.email_change_requested',
  'auth.email_changed',
  'auth.invite_sent',
  'auth.login_failed',
  'auth.login_names_sent',
  'auth.login_refused',
  'auth.login_succeeded',
  'auth.logout',
  'auth.other_sessions_ended',
  'auth.password_changed',
  'auth.password_reset',
  'auth.password_reset_requested',
  'auth.password_reset_throttled',
  'auth.password_set',
  'auth.password_verified',
  'auth.second_factor_failed',
  'auth.session_ended',
  'auth.sessions_ended_after_factor_change',
  'auth.setup_completed',
  'auth.step_up_failed',
  'auth.step_up_succeeded',
  'authz_fail',
  'case.birth_recorded',
  'case.corrected',
  'case.ended',
  'case.flag_cleared',
  'case.flag_set',
  'case.percentage_changed',
  'case.pregnancy_corrected',
  'case.pregnancy_ended',
  'case.pregnancy_reported',
  'case.recovered',
  'case.reported_sick',
  'case.withdrawn',
  'cases.open_read',
  'cases.read',
  'cases.report_previewed',
  'cases.sick_today_exported',
  'cases.sick_today_read',
  'departments.closed',
  'departments.created',
  'departments.manager_set',
  'departments.updated',
  'dossier.document_downloaded',
  'dossier.document_refused',
  'dossier.document_uploaded',
  'dossier.document_withdrawn',
  'dossier.documents_listed',
  'dossier.feedback_added',
  'dossier.feedback_listed',
  'dossier.functional_advice_added',
  'dossier.functional_advice_listed',
  'dossier.note_added',
  'dossier.notes_listed',
  /** The notes of many employees read into a report (Trajecthistorie). */
  'dossier.notes_reported',
  'employees.created',
  'employees.details_updated',
  'employees.employment_added',
  'employees.employment_changed',
  'employees.employment_corrected',
  'employees.employment_ended',
  'employees.imported',
  'employees.manager_set',
  'employees.out_of_service',
  'employees.tag_removed',
  'employees.tag_set',
  'employees.viewed',
  'employers.created',
  /** Offboarding (issue 14): the employer was erased (details: counts per kind, never content). */
  'employers.offboarded',
  /** Offboarding (issue 14): the operator admin downloaded the employer's export (details: counts). */
  'employers.offboarding_exported',
  'employers.updated',
  'factors.added',
  /** A SIVI Verzuimmeldingen file made for the employer (details: counts, never names). */
  'integration.sivi_exported',
  'integration.sivi_imported',
  'factors.backup_code_used',
  'factors.backup_codes_generated',
  'factors.phone_changed',
  'factors.removed',
  'factors.sms_limit_reached',
  'factors.webauthn_counter_regression',
  'maintenance.seal_contexts_checked',
  'medical.note_added',
  'medical.notes_listed',
  'medical.seal_context_repaired',
  'protocol.task_added',
  'reintegration.document_created',
  'reintegration.document_finalized',
  'reintegration.document_saved',
  'reintegration.document_signed',
  'reintegration.documents_listed',
  /** The retention clean-up erased a dossier or cases (details: kinds, counts and ids only). */
  'retention.erased',
  /** The operator admin downloaded an employee's inzage export (AVG art. 15; details: counts). */
  'retention.subject_access_exported',
  'protocol.task_changed',
  'protocol.task_removed',
  'protocol.variant_created',
  'task.assigned',
  'task.cancelled',
  'task.done',
  'task.important',
  'task.postponed',
  'tasks.calendar_url_created',
  'tasks.read',
  'users.account_linked',
  'users.account_unlinked',
  'users.care_assigned',
  'users.care_unassigned',
  'users.created',
  'users.deactivated',
  'users.employer_switched',
  'users.listed',
  'users.password_reset_sent',
  'users.reactivated',
  'users.scope_changed',
  'users.sessions_end_refused',
  'users.sessions_ended',
  'users.unblock_refused',
  'users.unblocked',
  'users.updated',
  'vault.access_changed',
  'vault.access_requested',
  'vault.agreement_signed',
  'vault.personal_data_changed',
  'vault.request_approved',
  'vault.request_refused',
  /** The private e-mail address used for a letter the system sends (never the value). */
  'vault.mail_address_used',
  'vault.revealed',
  'vault.seal_context_repaired',
  'webhooks.configured',
  'webhooks.deleted',
  'webhooks.secret_rotated',
  'webhooks.test_sent',
] as const;
export type AuditAction = (typeof auditActions)[number];

const knownActions: ReadonlySet<string> = new Set(auditActions);

/** Whether a logged action is one of today's (an old log may hold retired ones). */
export function isAuditAction(action: string): action is AuditAction {
  return knownActions.has(action);
}

type Head<A extends string> = A extends `${infer H}.${string}` ? H : A;
type Tail<A extends string, H extends string> = A extends `${H}.${infer T}` ? T : never;

/** A name for every action, nested at its dots as the catalogues nest their keys. */
export type AuditActionNames<A extends string = AuditAction> = {
  readonly [H in Head<A>]: H extends A ? string : AuditActionNames<Tail<A, H>>;
};

/** Filters of the audit log viewer (operator admin); dates are Amsterdam days, both inclusive. */
export const auditFilterSchema = z.object({
  employerId: entityIdSchema.optional(),
  /** The acting user's login name (exact, any case). */
  loginName: z.string().trim().min(1).max(200).optional(),
  /** An action or the start of one: `departments.` finds every department action. */
  action: z.string().trim().min(1).max(100).optional(),
  subjectType: z.string().trim().min(1).max(100).optional(),
  subjectId: z.string().trim().min(1).max(200).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditPageQuerySchema = auditFilterSchema.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

export const auditEntrySchema = z.object({
  id: z.number(),
  occurredAt: z.string(),
  employerId: z.string().nullable(),
  employerName: z.string().nullable(),
  userId: z.string().nullable(),
  loginName: z.string().nullable(),
  action: z.string(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditPageResponseSchema = z.object({
  entries: z.array(auditEntrySchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  hasMore: z.boolean(),
});
export type AuditPage = z.infer<typeof auditPageResponseSchema>;
