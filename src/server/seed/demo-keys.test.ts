import { describe, expect, it } from 'vitest';
import { demoTotpSecret } from './demo-keys.js';

describe('the demo users’ authenticator keys from a configured base key', () => {
  const base = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

  it('gives demo the base key and every other user a key of its own, the same on every run', () => {
    const logins = ['demo', 'manager', 'melder', 'beheerder', 'nieuwbv'];
    const keys = logins.map((loginName) => demoTotpSecret(base, loginName));
    expect(keys[0]).toBe(base);
    expect(new Set(keys).size).toBe(logins.length);
    for (const key of keys.slice(1)) expect(key).toMatch(/^[A-Z2-7]{32}$/);
    expect(demoTotpSecret(base, 'manager')).toBe(keys[1]);
    expect(demoTotpSecret('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 'manager')).not.toBe(keys[1]);
  });
});
