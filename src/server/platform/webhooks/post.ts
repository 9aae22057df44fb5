import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';

/** What one attempt to deliver came to; `statusCode` null when no answer came. */
export type PostOutcome = {
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  responseExcerpt: string | null;
};

export type PostOptions = {
  timeoutMs: number;
  excerptBytes: number;
  /** Production: refuse loopback, private and link-local addresses (SSRF). */
  publicAddressesOnly: boolean;
};

/** Addresses a webhook may not reach in production: this host, its networks, cloud metadata. */
const internal = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 4],
] as const)
  internal.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['::ffff:0:0', 96],
] as const)
  internal.addSubnet(network, prefix, 'ipv6');

export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return internal.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The address check sits in the socket's own DNS look-up, so the address connected to is the one
 * checked (no second resolution an attacker's DNS could answer differently).
 */
const guardedLookup: typeof dnsLookup = ((
  hostname: string,
  options: object,
  callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void,
) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((entry) => isInternalAddress(entry.address));
    if (refused) return callback(new Error(`address not allowed: ${refused.address}`), []);
    if ((options as { all?: boolean }).all) return callback(null, addresses);
    const [first] = addresses;
    if (!first) return callback(new Error('no address'), []);
    callback(null, first.address, first.family);
  });
}) as typeof dnsLookup;

/**
 * POSTs a JSON body once: no redirect is followed (a 3xx is the answer), the whole exchange is cut
 * off after `timeoutMs`, and of the answer only the first `excerptBytes` are read.
 */
export function postJson(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: PostOptions,
): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise<PostOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: Omit<PostOutcome, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve({ ...outcome, durationMs: elapsed() });
    };
    const target = new URL(url);
    if (options.publicAddressesOnly && isInternalAddress(target.hostname.replace(/^\[|\]$/g, ''))) {
      resolve({
        statusCode: null,
        durationMs: 0,
        error: 'address not allowed',
        responseExcerpt: null,
      });
      return;
    }
    const client = target.protocol === 'https:' ? https : http;
    const request = client.request(target, {
      method: 'POST',
      headers: {
        ...headers,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'user-agent': 'Verzuim-Webhooks/1',
      },
      ...(options.publicAddressesOnly ? { lookup: guardedLookup } : {}),
    });
    const timer = setTimeout(
      () =>
        finish({
          statusCode: null,
          error: `timeout after ${options.timeoutMs} ms`,
          responseExcerpt: null,
        }),
      options.timeoutMs,
    );
    request.on('error', (error) =>
      finish({ statusCode: null, error: error.message, responseExcerpt: null }),
    );
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () =>
        finish({
          statusCode: response.statusCode ?? null,
          error: null,
          responseExcerpt:
            size === 0
              ? null
              : Buffer.concat(chunks).subarray(0, options.excerptBytes).toString('utf8'),
        });
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= options.excerptBytes) done();
      });
      response.on('end', done);
      response.on('error', done);
    });
    request.end(body);
  });
}
