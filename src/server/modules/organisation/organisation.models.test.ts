import { describe, expect, it } from 'vitest';
import { isValidKvkNumber } from './organisation.models.js';

describe('KvK numbers', () => {
  it('accepts exactly eight digits', () => {
    expect(isValidKvkNumber('12345678')).toBe(true);
    expect(isValidKvkNumber('1234567')).toBe(false);
    expect(isValidKvkNumber('123456789')).toBe(false);
    expect(isValidKvkNumber('1234567a')).toBe(false);
    expect(isValidKvkNumber('00000000')).toBe(false);
  });
});
