/**
 * Finding the department of an imported employment by its name or path.
 */

export type ImportDepartment = {
  id: string;
  parentId: string | null;
  name: string;
  closedOn: string | null;
};

const departmentKey = (name: string) =>
  name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

export type DepartmentLookup = (
  text: string,
  onDate: string,
) => { ok: true; id: string } | { ok: false; code: string };

/**
 * Finds a department by the text of the file: its name ("Verkoop") or, when the name is used
 * more than once, its path from the top with " / " or " > " between the levels
 * ("Hoofdkantoor / Verkoop"); a path may also start below the top ("Noord/Verkoop"). Case and
 * extra spaces do not matter. Only the given departments count (the employer's, within the
 * actor's scope): any other name is "not found", whether or not another employer has it. A
 * department closed on or before the employment starts is refused.
 */
export function departmentLookup(departments: readonly ImportDepartment[]): DepartmentLookup {
  const byId = new Map(departments.map((department) => [department.id, department]));
  const pathOf = (department: ImportDepartment): string[] => {
    const names: string[] = [];
    const seen = new Set<string>();
    let current: ImportDepartment | undefined = department;
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      names.unshift(departmentKey(current.name));
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    return names;
  };
  const paths = departments.map((department) => ({ department, path: pathOf(department) }));
  return (text, onDate) => {
    const whole = departmentKey(text);
    // A name that itself holds "/" or ">" is matched whole before the text is split.
    let candidates = paths.filter(({ path }) => path[path.length - 1] === whole);
    if (candidates.length === 0) {
      const wanted = text
        .split(/[/>]/)
        .map(departmentKey)
        .filter((part) => part !== '');
      candidates = paths.filter(
        ({ path }) =>
          wanted.length > 0 &&
          wanted.length <= path.length &&
          wanted.every((part, index) => path[path.length - wanted.length + index] === part),
      );
    }
    const [match, ...others] = candidates;
    if (!match) return { ok: false, code: 'import_department_not_found' };
    if (others.length > 0) return { ok: false, code: 'import_department_ambiguous' };
    const { department } = match;
    if (department.closedOn !== null && department.closedOn <= onDate) {
      return { ok: false, code: 'department_closed' };
    }
    return { ok: true, id: department.id };
  };
}
