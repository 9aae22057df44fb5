import { hash, verify } from '@node-rs/argon2';
import { cheapPasswordHashing } from '../../config.js';

/** OWASP's argon2id baseline, set explicitly so a library default change cannot weaken it. */
const owaspParameters = {
  // Algorithm.Argon2id; the library's const enum cannot be imported under verbatimModuleSyntax.
  algorithm: 2,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Near argon2's minimum: the unit tests hash thousands of passwords (brute force, lockout). */
const cheapTestParameters = { ...owaspParameters, memoryCost: 64, timeCost: 1 } as const;

/** The argon2id cost: the OWASP baseline, unless this is a test run that asks for cheap hashing. */
export function passwordHashParametersFor(cheap: boolean) {
  return cheap ? cheapTestParameters : owaspParameters;
}

export const passwordHashParameters = passwordHashParametersFor(cheapPasswordHashing());

export function hashPassword(password: string): Promise<string> {
  return hash(password, passwordHashParameters);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** True when a stored hash was made with other parameters and should be replaced at login. */
export function needsRehash(passwordHash: string): boolean {
  const { memoryCost, timeCost, parallelism } = passwordHashParameters;
  return !passwordHash.startsWith(`$argon2id$v=19$m=${memoryCost},t=${timeCost},p=${parallelism}$`);
}

/** A hash of a random password, verified against when the login name is unknown, so timing does not tell. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('verzuim-timing-equaliser');
  return dummyHash;
}
