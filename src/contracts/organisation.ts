import { z } from 'zod';

/** One department of the employer's tree, flat; the web nests them by `parentId`. */
export const departmentSummarySchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  closedOn: z.string().nullable(),
  /** Employees employed in this department today (not counting sub-departments). */
  employeeCount: z.number().int().min(0),
});
export type DepartmentSummary = z.infer<typeof departmentSummarySchema>;

export const organisationStructureResponseSchema = z.object({
  employer: z.object({ id: z.string(), name: z.string() }),
  departments: z.array(departmentSummarySchema),
});
export type OrganisationStructure = z.infer<typeof organisationStructureResponseSchema>;
