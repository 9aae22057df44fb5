import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildDepartmentTree,
  departmentWithDescendants,
  isValidKvkNumber,
  moveCreatesCycle,
} from './organisation.models.js';

const rows = [
  { id: 'zorg', parentId: null, name: 'Zorg' },
  { id: 'thuis', parentId: 'zorg', name: 'Thuiszorg' },
  { id: 'noord', parentId: 'thuis', name: 'Team Noord' },
  { id: 'zuid', parentId: 'thuis', name: 'Team Zuid' },
  { id: 'admin', parentId: null, name: 'Administratie' },
];

describe('KvK numbers', () => {
  it('accepts exactly eight digits', () => {
    expect(isValidKvkNumber('12345678')).toBe(true);
    expect(isValidKvkNumber('1234567')).toBe(false);
    expect(isValidKvkNumber('123456789')).toBe(false);
    expect(isValidKvkNumber('1234567a')).toBe(false);
    expect(isValidKvkNumber('00000000')).toBe(false);
  });
});

describe('the department tree', () => {
  it('nests departments under their parents, sorted by name at each level', () => {
    const tree = buildDepartmentTree(rows);
    expect(tree.map((node) => node.name)).toEqual(['Administratie', 'Zorg']);
    expect(tree[1]?.children[0]?.children.map((node) => node.name)).toEqual([
      'Team Noord',
      'Team Zuid',
    ]);
  });

  it('includes every level below a department in its scope', () => {
    expect([...departmentWithDescendants(rows, 'zorg')].sort()).toEqual(
      ['noord', 'thuis', 'zorg', 'zuid'].sort(),
    );
    expect([...departmentWithDescendants(rows, 'noord')]).toEqual(['noord']);
  });

  it('refuses a move under the department itself or one of its descendants', () => {
    expect(moveCreatesCycle(rows, 'zorg', 'noord')).toBe(true);
    expect(moveCreatesCycle(rows, 'zorg', 'zorg')).toBe(true);
    expect(moveCreatesCycle(rows, 'noord', 'admin')).toBe(false);
    expect(moveCreatesCycle(rows, 'thuis', null)).toBe(false);
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
