import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Signatures in the Standard Webhooks format (https://www.standardwebhooks.com): the receiver
 * gets `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature`
 * (`v1,<base64 HMAC-SHA256 of "id.timestamp.body">`), keyed with the secret's base64 bytes.
 */

const secretPrefix = 'whsec_';

/** A new secret: `whsec_` and 32 random bytes in base64 (the spec allows 24 to 64). */
export function newWebhookSecret(): string {
  return secretPrefix + randomBytes(32).toString('base64');
}

function keyOf(secret: string): Buffer {
  const encoded = secret.startsWith(secretPrefix) ? secret.slice(secretPrefix.length) : secret;
  return Buffer.from(encoded, 'base64');
}

/** The value of `webhook-signature` for one message. */
export function signWebhook(message: {
  secret: string;
  id: string;
  timestamp: number;
  body: string;
}): string {
  const signed = `${message.id}.${message.timestamp}.${message.body}`;
  return `v1,${createHmac('sha256', keyOf(message.secret)).update(signed, 'utf8').digest('base64')}`;
}

/** The three headers of a signed message. */
export function webhookHeaders(message: {
  secret: string;
  id: string;
  timestamp: number;
  body: string;
}): Record<string, string> {
  return {
    'webhook-id': message.id,
    'webhook-timestamp': String(message.timestamp),
    'webhook-signature': signWebhook(message),
  };
}

/**
 * What a receiver checks: one of the space-separated `v1` signatures matches, and the timestamp
 * lies within `toleranceSeconds` of `nowSeconds` (against replays). Used by the tests as any
 * receiver would; docs/webhooks.md shows the same steps.
 */
export function verifyWebhook(
  secret: string,
  headers: { id?: string; timestamp?: string; signature?: string },
  body: string,
  { nowSeconds, toleranceSeconds = 5 * 60 }: { nowSeconds: number; toleranceSeconds?: number },
): boolean {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds) return false;
  const expected = Buffer.from(
    signWebhook({ secret, id, timestamp: Number(timestamp), body }).slice(3),
    'base64',
  );
  return signature.split(' ').some((candidate) => {
    const [version, value] = candidate.split(',');
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
