/** Pure rules of the organisation. */

import { hrIntegrationModeSchema } from '../../../contracts/organisation.js';

/**
 * A stored HR mode as the API shows it; an unknown one reads as none. Built once: a Zod schema
 * built on every read was a measurable share of the dossier read's CPU (bench/README.md).
 */
export const storedHrIntegrationMode = hrIntegrationModeSchema.catch('none');

/** A KvK (Chamber of Commerce) number has 8 digits; numbers issued today carry no check digit. */
export function isValidKvkNumber(value: string): boolean {
  return /^\d{8}$/.test(value) && value !== '00000000';
}

type DepartmentLink = { id: string; parentId: string | null };

/**
 * The given departments with every department below them, each once. Ids that are not in
 * `departments` (another employer's, or unknown) are dropped, so they can never widen a scope.
 */
export function departmentsWithDescendants(
  departments: readonly DepartmentLink[],
  rootIds: readonly string[],
): string[] {
  const children = new Map<string, string[]>();
  for (const department of departments) {
    if (department.parentId === null) continue;
    children.set(department.parentId, [
      ...(children.get(department.parentId) ?? []),
      department.id,
    ]);
  }
  const known = new Set(departments.map((department) => department.id));
  const found = new Set<string>();
  const pending = rootIds.filter((id) => known.has(id));
  while (pending.length > 0) {
    const id = pending.pop() as string;
    if (found.has(id)) continue;
    found.add(id);
    pending.push(...(children.get(id) ?? []));
  }
  return [...found];
}

/** Would making `parentId` the parent of `departmentId` put the department below itself? */
export function moveCreatesCycle(
  departments: readonly DepartmentLink[],
  departmentId: string,
  parentId: string | null,
): boolean {
  if (parentId === null) return false;
  return departmentsWithDescendants(departments, [departmentId]).includes(parentId);
}

/**
 * Why a department cannot be closed, if it cannot: an open sub-department must be closed (or
 * moved) first, and nobody may be employed in it today, so no employee is left in a closed
 * department. History stays: a closed department is never deleted.
 */
export function closeRefusal(
  departments: readonly (DepartmentLink & { closedOn: string | null })[],
  departmentId: string,
  employedToday: number,
): 'has_open_sub_departments' | 'has_employees' | undefined {
  const openChild = departments.some(
    (department) => department.parentId === departmentId && department.closedOn === null,
  );
  if (openChild) return 'has_open_sub_departments';
  if (employedToday > 0) return 'has_employees';
  return undefined;
}
