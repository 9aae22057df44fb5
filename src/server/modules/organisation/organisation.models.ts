/** Pure rules of the organisation tree: employers' KvK numbers and departments of any depth. */

/** A KvK (Chamber of Commerce) number has 8 digits; numbers issued today carry no check digit. */
export function isValidKvkNumber(value: string): boolean {
  return /^\d{8}$/.test(value) && value !== '00000000';
}

export type DepartmentNode = { id: string; parentId: string | null; name: string };
export type DepartmentTree<T extends DepartmentNode> = T & { children: DepartmentTree<T>[] };

/** Nests the flat rows under their parents, each level sorted by name (Dutch collation). */
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

/** The department and all below it: a scope on a department includes sub-departments, also later ones. */
export function departmentWithDescendants(
  rows: DepartmentNode[],
  departmentId: string,
): Set<string> {
  const childrenOf = new Map<string, string[]>();
  for (const row of rows) {
    if (row.parentId === null) continue;
    childrenOf.set(row.parentId, [...(childrenOf.get(row.parentId) ?? []), row.id]);
  }
  const result = new Set<string>();
  const pending = [departmentId];
  while (pending.length > 0) {
    const id = pending.pop() as string;
    if (result.has(id)) continue;
    result.add(id);
    pending.push(...(childrenOf.get(id) ?? []));
  }
  return result;
}

/** Moving a department under itself or one of its descendants would cut the tree loose. */
export function moveCreatesCycle(
  rows: DepartmentNode[],
  departmentId: string,
  newParentId: string | null,
): boolean {
  return newParentId !== null && departmentWithDescendants(rows, departmentId).has(newParentId);
}
