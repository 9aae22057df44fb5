import type { Config } from '../config.js';
import type { Database } from '../db/connection.js';
import { type AuditWriter, createAuditWriter } from './audit/audit.js';
import { type Clock, systemClock } from './clock.js';
import { createKeyedHash, type KeyedHash } from './crypto/keyed-hash.js';
import { createSecretBox, loadKeys, type SecretBox } from './crypto/secret-box.js';
import { createLocalFileStorage, type FileStorage } from './files/files.js';
import { createMailer, type Mailer } from './mail/mailer.js';
import { createOutboxRepository, type OutboxRepository } from './outbox/outbox.repository.js';
import { createRateLimitCounters, type RateLimitCounters } from './http/rate-limit.js';
import { createOutboxSmsSender, type SmsSender } from './sms/sms.js';

/** The cross-cutting services every module may use, built once per process (or per test). */
export type Platform = {
  config: Config;
  database: Database;
  clock: Clock;
  secretBox: SecretBox;
  keyedHash: KeyedHash;
  mailer: Mailer;
  sms: SmsSender;
  outbox: OutboxRepository;
  audit: AuditWriter;
  files: FileStorage;
  /** The rate limits' counters, shared by every instance on the database. */
  rateLimits: RateLimitCounters;
};

export async function createPlatform(
  config: Config,
  database: Database,
  overrides: { clock?: Clock; mailer?: Mailer } = {},
): Promise<Platform> {
  const clock = overrides.clock ?? systemClock;
  const outbox = createOutboxRepository(database.db, { devCopies: config.devPages });
  const keys = await loadKeys(config.encryption);
  const keyedHash = createKeyedHash(keys);
  return {
    config,
    database,
    clock,
    secretBox: createSecretBox(keys),
    keyedHash,
    mailer: overrides.mailer ?? createMailer({ config, outbox, clock }),
    sms: createOutboxSmsSender(outbox, clock),
    outbox,
    audit: createAuditWriter({ db: database.db, clock }),
    files: createLocalFileStorage(config.filesDir),
    rateLimits: createRateLimitCounters({ database, clock, keyedHash }),
  };
}
