import { describe, expect, it } from 'vitest';
import { cheapPasswordHashing } from '../../config.js';
import { passwordHashParametersFor } from './passwords.js';

const owasp = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

describe('password hash parameters', () => {
  it('are the OWASP baseline outside tests, whatever PASSWORD_HASH_CHEAP says', () => {
    for (const NODE_ENV of ['production', 'development', undefined]) {
      expect(cheapPasswordHashing({ NODE_ENV, PASSWORD_HASH_CHEAP: 'true' })).toBe(false);
    }
    expect(cheapPasswordHashing({ NODE_ENV: 'test' })).toBe(false);
    expect(passwordHashParametersFor(false)).toEqual(owasp);
  });

  it('are cheap only in a test process that asks for it', () => {
    expect(cheapPasswordHashing({ NODE_ENV: 'test', PASSWORD_HASH_CHEAP: 'true' })).toBe(true);
    expect(passwordHashParametersFor(true).memoryCost).toBeLessThan(owasp.memoryCost);
  });
});
