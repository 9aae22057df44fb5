import { describe, expect, it } from 'vitest';
import { newWebhookSecret, signWebhook, verifyWebhook } from './standard-webhooks.js';

// The published vector of the Standard Webhooks reference library
// (standard-webhooks/standard-webhooks, libraries/javascript/src/webhook.test.ts, "sign function works").
const vector = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

describe('Standard Webhooks signatures', () => {
  it('signs the published test vector to the published signature', () => {
    expect(signWebhook(vector)).toBe(vector.signature);
  });

  it('signs the same with or without the whsec_ prefix of the secret', () => {
    expect(signWebhook({ ...vector, secret: vector.secret.slice('whsec_'.length) })).toBe(
      vector.signature,
    );
  });

  const headers = {
    id: vector.id,
    timestamp: String(vector.timestamp),
    signature: vector.signature,
  };
  const now = { nowSeconds: vector.timestamp + 10 };

  it('verifies the vector, also among other signatures of the header', () => {
    expect(verifyWebhook(vector.secret, headers, vector.body, now)).toBe(true);
    const several = `v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v2,abc ${vector.signature}`;
    expect(verifyWebhook(vector.secret, { ...headers, signature: several }, vector.body, now)).toBe(
      true,
    );
  });

  it('refuses a changed body, another secret, a missing header and an old timestamp', () => {
    expect(verifyWebhook(vector.secret, headers, '{"test": 1}', now)).toBe(false);
    expect(verifyWebhook(newWebhookSecret(), headers, vector.body, now)).toBe(false);
    expect(verifyWebhook(vector.secret, { ...headers, id: undefined }, vector.body, now)).toBe(
      false,
    );
    expect(
      verifyWebhook(vector.secret, headers, vector.body, { nowSeconds: vector.timestamp + 301 }),
    ).toBe(false);
  });

  it('makes secrets of 32 random bytes behind whsec_', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(secret);
  });
});
