import {
  createHash,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
  randomUUID,
  sign,
} from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestUser, type TestApp, type TestUser } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { webAuthnSettingsFrom } from './factors.usecases.js';

const publicUrl = 'https://verzuim.example.test';
const rpId = 'verzuim.example.test';

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest();

/**
 * A software security key: an EC P-256 key pair and a signature counter, answering
 * registration with attestation "none" and authentication with an ES256 assertion, exactly
 * as a browser would hand them to @simplewebauthn/browser's caller.
 */
function createSoftwareKey() {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const credentialId = randomBytes(32);
  let signCount = 0;
  const jwk = publicKey.export({ format: 'jwk' });
  const coseKey = new Map<number, number | Uint8Array>([
    [1, 2], // kty: EC2
    [3, -7], // alg: ES256
    [-1, 1], // crv: P-256
    [-2, Buffer.from(jwk.x ?? '', 'base64url')],
    [-3, Buffer.from(jwk.y ?? '', 'base64url')],
  ]);

  let userPresent = true;
  function authData(options: { rpId: string; attested: boolean }) {
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(signCount);
    // Flags: user present (0x01), user verified (0x04), attested credential data (0x40).
    const flags = Buffer.from([(userPresent ? 0x01 : 0) | 0x04 | (options.attested ? 0x40 : 0)]);
    const parts = [sha256(options.rpId), flags, counter];
    if (options.attested) {
      const idLength = Buffer.alloc(2);
      idLength.writeUInt16BE(credentialId.length);
      parts.push(Buffer.alloc(16), idLength, credentialId, Buffer.from(isoCBOR.encode(coseKey)));
    }
    return Buffer.concat(parts);
  }

  function clientData(type: string, challenge: string, origin: string) {
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  }

  return {
    credentialId: b64url(credentialId),
    privateKey: privateKey as KeyObject,
    setSignCount(value: number) {
      signCount = value;
    },
    /** Like CDP's isBadUP: the key answers without the user having touched it. */
    setUserPresent(value: boolean) {
      userPresent = value;
    },
    register(options: Record<string, unknown>, origin = publicUrl, keyRpId = rpId) {
      const attestationObject = isoCBOR.encode(
        new Map<string, unknown>([
          ['fmt', 'none'],
          ['attStmt', new Map()],
          ['authData', authData({ rpId: keyRpId, attested: true })],
        ]) as never,
      );
      return {
        id: b64url(credentialId),
        rawId: b64url(credentialId),
        type: 'public-key',
        response: {
          clientDataJSON: b64url(
            clientData('webauthn.create', String(options['challenge']), origin),
          ),
          attestationObject: b64url(attestationObject),
          transports: ['usb'],
        },
        clientExtensionResults: {},
      };
    },
    assert(options: Record<string, unknown>, origin = publicUrl, keyRpId = rpId) {
      signCount += 1;
      const data = authData({ rpId: keyRpId, attested: false });
      const client = clientData('webauthn.get', String(options['challenge']), origin);
      const signature = sign('sha256', Buffer.concat([data, sha256(client)]), privateKey);
      return {
        id: b64url(credentialId),
        rawId: b64url(credentialId),
        type: 'public-key',
        response: {
          clientDataJSON: b64url(client),
          authenticatorData: b64url(data),
          signature: b64url(signature),
        },
        clientExtensionResults: {},
      };
    },
  };
}

describeEachDatabase('security keys (WebAuthn)', (context) => {
  let testApp: TestApp;
  let user: TestUser;
  let key: ReturnType<typeof createSoftwareKey>;
  beforeAll(async () => {
    testApp = await createTestApp(context.database, { PUBLIC_URL: publicUrl });
    user = await createTestUser(testApp);
    key = createSoftwareKey();
  });
  afterAll(async () => {
    await testApp.close();
  });

  const factors = () => testApp.modules.factors;
  const loginWith = async (
    sessionId: string,
    answer: (options: Record<string, unknown>) => Record<string, unknown>,
  ) => {
    const challenge = await factors().startChallenge(user.userId, sessionId, 'webauthn');
    if (challenge.kind !== 'webauthn') throw new Error('expected WebAuthn options');
    return factors().verify(user.userId, sessionId, {
      kind: 'webauthn',
      response: answer(challenge.options),
    });
  };

  it('registers a key with rpID = host and the exact origin of the public URL', async () => {
    const sessionId = randomUUID();
    const options = await factors().startWebAuthnEnrolment(user.userId, sessionId);
    expect(options['rp']).toMatchObject({ id: rpId, name: 'Verzuim' });
    expect(options['authenticatorSelection']).toMatchObject({ userVerification: 'preferred' });
    const result = await factors().confirmWebAuthnEnrolment(
      user.userId,
      sessionId,
      key.register(options),
      'YubiKey blauw',
    );
    expect(result.factor).toMatchObject({ kind: 'webauthn', label: 'YubiKey blauw' });
    expect(await factors().listKinds(user.userId)).toContain('webauthn');
  });

  it('excludes registered keys from new registrations, and refuses the same key twice', async () => {
    const sessionId = randomUUID();
    const options = await factors().startWebAuthnEnrolment(user.userId, sessionId);
    expect(options['excludeCredentials']).toEqual([
      expect.objectContaining({ id: key.credentialId, type: 'public-key' }),
    ]);
    await expect(
      factors().confirmWebAuthnEnrolment(user.userId, sessionId, key.register(options), undefined),
    ).rejects.toMatchObject({ code: 'key_already_registered' });
  });

  it('refuses a registration signed for another origin or RP ID', async () => {
    const other = createSoftwareKey();
    const sessionId = randomUUID();
    const options = await factors().startWebAuthnEnrolment(user.userId, sessionId);
    await expect(
      factors().confirmWebAuthnEnrolment(
        user.userId,
        sessionId,
        other.register(options, 'https://evil.example'),
        undefined,
      ),
    ).rejects.toMatchObject({ code: 'enrolment_failed' });
    const again = await factors().startWebAuthnEnrolment(user.userId, sessionId);
    await expect(
      factors().confirmWebAuthnEnrolment(
        user.userId,
        sessionId,
        other.register(again, publicUrl, 'evil.example'),
        undefined,
      ),
    ).rejects.toMatchObject({ code: 'enrolment_failed' });
  });

  it('logs in with the key', async () => {
    expect(await loginWith(randomUUID(), (options) => key.assert(options))).toBe(true);
  });

  it('refuses a replayed challenge: the same assertion a second time', async () => {
    const sessionId = randomUUID();
    const challenge = await factors().startChallenge(user.userId, sessionId, 'webauthn');
    if (challenge.kind !== 'webauthn') throw new Error('expected WebAuthn options');
    const assertion = key.assert(challenge.options);
    expect(
      await factors().verify(user.userId, sessionId, { kind: 'webauthn', response: assertion }),
    ).toBe(true);
    expect(
      await factors().verify(user.userId, sessionId, { kind: 'webauthn', response: assertion }),
    ).toBe(false);
  });

  it('refuses a challenge after 5 minutes, and one issued to another session', async () => {
    const sessionId = randomUUID();
    const challenge = await factors().startChallenge(user.userId, sessionId, 'webauthn');
    if (challenge.kind !== 'webauthn') throw new Error('expected WebAuthn options');
    const otherSession = await factors().verify(user.userId, randomUUID(), {
      kind: 'webauthn',
      response: key.assert(challenge.options),
    });
    expect(otherSession).toBe(false);
    const late = await factors().startChallenge(user.userId, sessionId, 'webauthn');
    if (late.kind !== 'webauthn') throw new Error('expected WebAuthn options');
    testApp.clock.advance(5 * 60_000 + 1000);
    expect(
      await factors().verify(user.userId, sessionId, {
        kind: 'webauthn',
        response: key.assert(late.options),
      }),
    ).toBe(false);
  });

  it('refuses an assertion for a wrong origin or RP ID', async () => {
    expect(
      await loginWith(randomUUID(), (options) => key.assert(options, 'https://evil.example')),
    ).toBe(false);
    expect(
      await loginWith(randomUUID(), (options) => key.assert(options, publicUrl, 'evil.example')),
    ).toBe(false);
    expect(
      await loginWith(randomUUID(), (options) =>
        key.assert(options, 'http://verzuim.example.test'),
      ),
    ).toBe(false);
  });

  it('refuses an assertion made without user presence (nobody touched the key)', async () => {
    key.setUserPresent(false);
    try {
      expect(await loginWith(randomUUID(), (options) => key.assert(options))).toBe(false);
    } finally {
      key.setUserPresent(true);
    }
    expect(await loginWith(randomUUID(), (options) => key.assert(options))).toBe(true);
  });

  it('refuses an assertion signed by another key presenting the same credential id', async () => {
    const impostor = createSoftwareKey();
    const forged = (options: Record<string, unknown>) => {
      const assertion = impostor.assert(options);
      return { ...assertion, id: key.credentialId, rawId: key.credentialId };
    };
    expect(await loginWith(randomUUID(), forged)).toBe(false);
  });

  it('refuses a counter that goes backwards (a cloned key) and records it in the audit log', async () => {
    const regressions = async () =>
      (
        await context.database.sql.query(
          "select 1 from audit_log where user_id = $1 and action = 'factors.webauthn_counter_regression'",
          [user.userId],
        )
      ).rows.length;
    expect(await loginWith(randomUUID(), (options) => key.assert(options))).toBe(true);
    const before = await regressions();
    key.setSignCount(0); // the next assertion carries counter 1, far below the stored one
    expect(await loginWith(randomUUID(), (options) => key.assert(options))).toBe(false);
    expect(await regressions()).toBe(before + 1);
    key.setSignCount(100);
    expect(await loginWith(randomUUID(), (options) => key.assert(options))).toBe(true);
  });

  it('refuses a login proof with a key once it is removed from the account', async () => {
    const spare = createSoftwareKey();
    const sessionId = randomUUID();
    const options = await factors().startWebAuthnEnrolment(user.userId, sessionId);
    const { factor } = await factors().confirmWebAuthnEnrolment(
      user.userId,
      sessionId,
      spare.register(options),
      'Reservesleutel',
    );
    expect(await loginWith(randomUUID(), (challenge) => spare.assert(challenge))).toBe(true);
    await factors().removeFactor(user.userId, factor.id, null);
    // The other key is still registered, so a WebAuthn challenge is still offered.
    expect(await loginWith(randomUUID(), (challenge) => spare.assert(challenge))).toBe(false);
    expect(await loginWith(randomUUID(), (challenge) => key.assert(challenge))).toBe(true);
  });

  it('offers no WebAuthn challenge to a user without a key', async () => {
    const other = await createTestUser(testApp);
    await expect(
      factors().startChallenge(other.userId, randomUUID(), 'webauthn'),
    ).rejects.toMatchObject({
      code: 'webauthn_unavailable',
    });
  });
});

describe('WebAuthn relying party from the public URL', () => {
  it('uses the host as RP ID and the exact origin', () => {
    expect(webAuthnSettingsFrom('https://verzuim.example.nl')).toMatchObject({
      rpId: 'verzuim.example.nl',
      origin: 'https://verzuim.example.nl',
    });
    expect(webAuthnSettingsFrom('https://app.example.nl:8443/')).toMatchObject({
      rpId: 'app.example.nl',
      origin: 'https://app.example.nl:8443',
    });
  });

  it('reads a loopback address as localhost, since an IP cannot be an RP ID', () => {
    expect(webAuthnSettingsFrom('http://127.0.0.1:3100')).toMatchObject({
      rpId: 'localhost',
      origin: 'http://localhost:3100',
    });
  });
});
