import { z } from 'zod';
import { retentionYearsSchema } from './retention.js';
import { entityIdSchema, isoDateSchema } from './common.js';

/** One department of the employer's tree, flat; the web nests them by `parentId`. */
export const departmentSummarySchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  closedOn: z.string().nullable(),
  /** Employees employed in this department today (not counting sub-departments). */
  employeeCount: z.number().int().min(0),
  /** The department's leidinggevende (manager), if one was set. */
  manager: z.object({ id: z.string(), displayName: z.string() }).nullable(),
});
export type DepartmentSummary = z.infer<typeof departmentSummarySchema>;

export const organisationStructureResponseSchema = z.object({
  employer: z.object({ id: z.string(), name: z.string(), hrIntegrationMode: z.string() }),
  departments: z.array(departmentSummarySchema),
});
export type OrganisationStructure = z.infer<typeof organisationStructureResponseSchema>;

const departmentName = z.string().trim().min(1).max(200);

export const createDepartmentRequestSchema = z.strictObject({
  name: departmentName,
  /** Null: a department at the top of the tree. */
  parentId: entityIdSchema.nullable(),
});

/** Rename and/or move: a move refuses to put a department below itself; `{}` changes nothing. */
export const updateDepartmentRequestSchema = z
  .strictObject({
    name: departmentName.optional(),
    parentId: entityIdSchema.nullable().optional(),
  })
  .refine((values) => values.name !== undefined || values.parentId !== undefined, {
    params: { code: 'department_nothing_to_change' },
  });

/** Close from a date (default today): the department stays, with its history, never deleted. */
export const closeDepartmentRequestSchema = z.strictObject({
  closedOn: isoDateSchema.optional(),
});

/** Managers are replaced, never removed: a department that had one keeps one. */
export const setDepartmentManagerRequestSchema = z.strictObject({
  managerUserId: entityIdSchema,
});

export const departmentResponseSchema = z.object({ department: departmentSummarySchema });

/** Users of the employer who may be a department's manager (a manager or super-user role). */
export const managerCandidatesResponseSchema = z.object({
  managers: z.array(z.object({ id: z.string(), displayName: z.string(), role: z.string() })),
});
export type ManagerCandidates = z.infer<typeof managerCandidatesResponseSchema>;

/** none | full | absence_only: how far the employer's HR system owns the employee data. */
export const hrIntegrationModes = ['none', 'full', 'absence_only'] as const;
export const hrIntegrationModeSchema = z.enum(hrIntegrationModes);
export type HrIntegrationMode = z.infer<typeof hrIntegrationModeSchema>;

export const employerSchema = z.object({
  id: z.string(),
  name: z.string(),
  kvkNumber: z.string().nullable(),
  hrIntegrationMode: hrIntegrationModeSchema,
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  /** Hours of a full-time week, for absence percentages ("2.5" steps are allowed). */
  fullTimeHoursPerWeek: z.string(),
  /** The employer's verzuimverzekeraar (absence insurer); null: not recorded. */
  absenceInsurer: z.string().nullable(),
  /** Bewaartermijnen (DOMAIN.md §5): years after the employment ends and after a case ends. */
  absenceRetentionYears: z.number(),
  caseRetentionYears: z.number(),
  createdAt: z.string(),
});
export type EmployerDetails = z.infer<typeof employerSchema>;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable();

/** Create or edit an employer; the KvK number is checked by the server (8 digits). */
export const employerRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kvkNumber: optionalText(8),
  hrIntegrationMode: hrIntegrationModeSchema,
  contactName: optionalText(200),
  contactEmail: z
    .union([z.literal(''), z.email().max(320)])
    .transform((value) => (value === '' ? null : value))
    .nullable(),
  fullTimeHoursPerWeek: z.number().min(1).max(80).multipleOf(0.01),
  /**
   * The verzuimverzekeraar by name ('' or null: none); absent: unchanged, so a client that does
   * not know the field does not erase it.
   */
  absenceInsurer: optionalText(200).optional(),
  /** Bewaartermijnen in years (1–20); absent: unchanged (2 on a new employer). */
  absenceRetentionYears: retentionYearsSchema.optional(),
  caseRetentionYears: retentionYearsSchema.optional(),
});
export type EmployerRequest = z.input<typeof employerRequestSchema>;

export const employerListResponseSchema = z.object({ employers: z.array(employerSchema) });
export const employerResponseSchema = z.object({ employer: employerSchema });

type DepartmentNode = { id: string; parentId: string | null; name: string };
export type DepartmentTree<T extends DepartmentNode> = T & { children: DepartmentTree<T>[] };

/** Nests the flat rows of the API under their parents, each level sorted by name (Dutch collation). */
export function buildDepartmentTree<T extends DepartmentNode>(rows: T[]): DepartmentTree<T>[] {
  const nodes = new Map(
    rows.map((row) => [row.id, { ...row, children: [] as DepartmentTree<T>[] }]),
  );
  const roots: DepartmentTree<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const byName = (a: DepartmentTree<T>, b: DepartmentTree<T>) => a.name.localeCompare(b.name, 'nl');
  const sortDeep = (list: DepartmentTree<T>[]) => {
    list.sort(byName);
    for (const node of list) sortDeep(node.children);
  };
  sortDeep(roots);
  return roots;
}
