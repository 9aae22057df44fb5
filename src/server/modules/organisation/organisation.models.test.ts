import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  departmentsWithDescendants,
  isValidKvkNumber,
  moveCreatesCycle,
} from './organisation.models.js';

describe('KvK numbers', () => {
  it('accepts exactly eight digits', () => {
    expect(isValidKvkNumber('12345678')).toBe(true);
    expect(isValidKvkNumber('1234567')).toBe(false);
    expect(isValidKvkNumber('123456789')).toBe(false);
    expect(isValidKvkNumber('1234567a')).toBe(false);
    expect(isValidKvkNumber('00000000')).toBe(false);
  });
});

describe('department tree rules', () => {
  // a ─ b ─ c, and d on its own
  const tree = [
    { id: 'a', parentId: null },
    { id: 'b', parentId: 'a' },
    { id: 'c', parentId: 'b' },
    { id: 'd', parentId: null },
  ];

  it('a department in a scope brings every department below it, each once', () => {
    expect(departmentsWithDescendants(tree, ['a']).sort()).toEqual(['a', 'b', 'c']);
    expect(departmentsWithDescendants(tree, ['b', 'c']).sort()).toEqual(['b', 'c']);
    expect(departmentsWithDescendants(tree, ['d'])).toEqual(['d']);
  });

  it('an unknown department id (another employer’s) never widens a scope', () => {
    expect(departmentsWithDescendants(tree, ['elsewhere'])).toEqual([]);
  });

  it('a department cannot move below itself or below one of its own sub-departments', () => {
    expect(moveCreatesCycle(tree, 'a', 'c')).toBe(true);
    expect(moveCreatesCycle(tree, 'a', 'a')).toBe(true);
    expect(moveCreatesCycle(tree, 'c', 'd')).toBe(false);
    expect(moveCreatesCycle(tree, 'b', null)).toBe(false);
  });

  it('for any tree, the descendants are closed under "child of" (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { minLength: 1, maxLength: 30 }), (parents) => {
        // Department i has parent parents[i] when that index is smaller: always a forest.
        const forest = parents.map((parent, index) => ({
          id: String(index),
          parentId: parent < index ? String(parent) : null,
        }));
        const found = new Set(departmentsWithDescendants(forest, ['0']));
        for (const department of forest) {
          if (department.parentId !== null && found.has(department.parentId)) {
            expect(found.has(department.id)).toBe(true);
          }
        }
      }),
    );
  });
});
