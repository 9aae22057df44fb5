import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDepartmentTree } from './organisation.js';

const rows = [
  { id: 'zorg', parentId: null, name: 'Zorg' },
  { id: 'thuis', parentId: 'zorg', name: 'Thuiszorg' },
  { id: 'noord', parentId: 'thuis', name: 'Team Noord' },
  { id: 'zuid', parentId: 'thuis', name: 'Team Zuid' },
  { id: 'admin', parentId: null, name: 'Administratie' },
];

describe('the department tree', () => {
  it('nests departments under their parents, sorted by name at each level', () => {
    const tree = buildDepartmentTree(rows);
    expect(tree.map((node) => node.name)).toEqual(['Administratie', 'Zorg']);
    expect(tree[1]?.children[0]?.children.map((node) => node.name)).toEqual([
      'Team Noord',
      'Team Zuid',
    ]);
  });

  it('keeps every department exactly once in the tree, for any forest', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(30), { maxLength: 30 }), (parents) => {
        // Department i hangs under a department with a lower number, or at the top.
        const forest = parents.map((parent, index) => ({
          id: `d${index}`,
          parentId: index === 0 || parent % (index + 1) === index ? null : `d${parent % index}`,
          name: `Afdeling ${index}`,
        }));
        const seen: string[] = [];
        const walk = (nodes: ReturnType<typeof buildDepartmentTree>) => {
          for (const node of nodes) {
            seen.push(node.id);
            walk(node.children);
          }
        };
        walk(buildDepartmentTree(forest));
        expect(seen.sort()).toEqual(forest.map((row) => row.id).sort());
      }),
    );
  });
});
