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
