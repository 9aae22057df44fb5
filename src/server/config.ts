import path from 'node:path';
import { z } from 'zod';

/**
 * The environment, validated once at start. This is the only file that reads process.env;
 * everything else receives a typed `Config`. docs/configuration.md lists every variable.
 */

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const postgresUrl = z
  .url()
  .refine(
    (value) => /^postgres(ql)?:\/\//.test(value),
    'must start with postgres:// or postgresql://',
  );

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: postgresUrl.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: booleanString.optional(),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(1024 * 1024),
  DOCUMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  TRUST_PROXY: z.string().optional(),
  SMTP_URL: z
    .url()
    .refine((value) => /^smtps?:\/\//.test(value), 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Verzuim <no-reply@verzuim.localhost>'),
  /** Seed the demo employer on an empty database; by default outside production only. */
  DEMO: booleanString.optional(),
  DEMO_PASSWORD: z.string().min(12).optional(),
  DEMO_TOTP_SECRET: z
    .string()
    .regex(/^[A-Z2-7]{16,}$/, 'must be a base32 secret of at least 16 characters')
    .optional(),
  /** Browser journeys: also seed an employer whose datakluis agreement is not signed yet. */
  DEMO_UNSIGNED_EMPLOYER: booleanString.default(false),
  JOBS_ENABLED: booleanString.default(true),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(8),
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(5 * 1024 * 1024),
  IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(100_000).default(5000),
  FULL_TIME_HOURS: z.coerce.number().min(1).max(60).default(40),
  /** The window of the documents signal; divides the hour so windows start on whole minutes. */
  SIGNALS_DOCUMENT_BATCH_MINUTES: z.coerce
    .number()
    .int('must be a whole number of minutes')
    .min(1, 'must be at least 1 (minute)')
    .max(60, 'must be at most 60 (minutes)')
    .refine(
      (minutes) => 60 % minutes === 0,
      'must divide 60 (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60)',
    )
    .default(10),
  RATE_LIMIT_AUTH_PER_IP: z.coerce.number().int().min(1).max(100_000).default(20),
  RATE_LIMIT_AUTH_PER_ACCOUNT: z.coerce.number().int().min(1).max(100_000).default(10),
  RATE_LIMIT_API_PER_CLIENT: z.coerce.number().int().min(1).max(1_000_000).default(600),
  ENCRYPTION_KEYS: z
    .string()
    .regex(
      /^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=)*$/,
      'must be keyId:base64-of-32-bytes, comma-separated, the current key first',
    )
    .optional(),
  ENCRYPTION_KEY_FILE: z.string().min(1).optional(),
  /** Bearer token for /metrics; in production /metrics is served only with one. */
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  /** /api/docs and /api/openapi.json; by default outside production only. */
  API_DOCS: booleanString.optional(),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  dataDir: string;
  /** Where uploaded files live when the storage is the local disk. */
  filesDir: string;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
  log: { level: string; pretty: boolean };
  bodyLimitBytes: number;
  /** The largest document a user may upload to a case file (multipart, not bodyLimit). */
  documentMaxBytes: number;
  /** Fastify's trustProxy: false, true, a hop count, or a list of addresses/CIDRs. */
  trustProxy: boolean | number | string[];
  mail: { smtpUrl: string | undefined; from: string };
  /** Seed the demo employer on the first start (DEMO; in production only when DEMO=1). */
  seedDemo: boolean;
  /** Fixed demo secrets for automated runs; random (and printed once) when unset. */
  demo: {
    password: string | undefined;
    totpSecret: string | undefined;
    /** Also seed "Nieuw Bedrijf BV" with super user `nieuwbv`, agreement not signed (e2e). */
    unsignedEmployer: boolean;
  };
  jobsEnabled: boolean;
  session: { idleMinutes: number; absoluteHours: number };
  fullTimeHours: number;
  /**
   * The e-mail signals: documents created in one window of this many minutes go out together
   * after it closes (a divisor of 60; default 10, so within DOMAIN.md §6's 15 minutes).
   */
  signals: { documentBatchMinutes: number };
  /** Bulk import of employees: largest file and most data rows accepted. */
  import: { maxBytes: number; maxRows: number };
  /**
   * Requests per minute to each login, recovery, step-up and setup endpoint: per client IP
   * (request.ip, which follows trustProxy) and per login name / e-mail address in the body.
   */
  rateLimit: {
    authPerIp: number;
    authPerAccount: number;
    /** Requests per minute of one API client to `/api/v1` (all its routes together). */
    apiPerClient: number;
  };
  /**
   * Where the AES-256 keys come from (the first one encrypts): ENCRYPTION_KEYS, or a key file.
   * Only the default file inside dataDir is generated when missing, and only outside production;
   * a file named by ENCRYPTION_KEY_FILE must exist.
   */
  encryption:
    | { source: 'environment'; keys: { id: string; key: Buffer }[] }
    | { source: 'file'; file: string; generate: boolean };
  /** /metrics: served or not, and the bearer token it then asks for (none: open). */
  metrics: { enabled: boolean; token: string | undefined };
  /** /api/docs and /api/openapi.json are served. */
  apiDocs: boolean;
  /** Development pages such as /dev/outbox are served only outside production. */
  devPages: boolean;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function parseTrustProxy(value: string | undefined): Config['trustProxy'] {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((part) => part.trim());
}

type EnvValues = z.infer<typeof envSchema>;

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * What production needs before it may start, each missing item one line: a master key that does
 * not travel with a backup of the data folder, and users reaching the app over https only.
 */
function missingProductionSettings(values: EnvValues, dataDir: string): string[] {
  const missing: string[] = [];
  if (values.ENCRYPTION_KEYS === undefined && values.ENCRYPTION_KEY_FILE === undefined) {
    missing.push(
      'ENCRYPTION_KEYS or ENCRYPTION_KEY_FILE: the master key, from the environment or from a key file outside DATA_DIR (a key generated into the data folder travels with every backup of it)',
    );
  } else if (
    values.ENCRYPTION_KEY_FILE !== undefined &&
    isInside(dataDir, path.resolve(values.ENCRYPTION_KEY_FILE))
  ) {
    missing.push(
      `ENCRYPTION_KEY_FILE: ${path.resolve(values.ENCRYPTION_KEY_FILE)} lies inside DATA_DIR (${dataDir}); keep the key file outside the data folder, so a backup of it does not carry its own key`,
    );
  }
  if (values.PUBLIC_URL === undefined || !values.PUBLIC_URL.startsWith('https://')) {
    missing.push(
      `PUBLIC_URL: the https:// address users reach the app on${values.PUBLIC_URL === undefined ? '' : ` (now ${values.PUBLIC_URL})`}; the app speaks plain HTTP, so TLS ends at your reverse proxy, and an https PUBLIC_URL states that it does (Secure cookies, HSTS)`,
    );
  }
  return missing;
}

/**
 * Validates the environment; throws a ConfigError whose message is one line naming the variable,
 * or, in production, one message listing every missing production setting.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  if (env.SEED_DEMO !== undefined && env.SEED_DEMO !== '') {
    throw new ConfigError(
      'Invalid configuration: SEED_DEMO was renamed to DEMO (DEMO=1 or DEMO=0)',
    );
  }
  const relevant = Object.fromEntries(
    Object.keys(envSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = envSchema.safeParse(relevant);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(`Invalid configuration: ${variable} ${issue?.message ?? 'is invalid'}`);
  }
  const values = parsed.data;
  if (values.ENCRYPTION_KEYS !== undefined && values.ENCRYPTION_KEY_FILE !== undefined) {
    throw new ConfigError(
      'Invalid configuration: ENCRYPTION_KEYS and ENCRYPTION_KEY_FILE are both set; set one',
    );
  }
  const dataDir = path.resolve(values.DATA_DIR);
  const production = values.NODE_ENV === 'production';
  if (production) {
    const missing = missingProductionSettings(values, dataDir);
    if (missing.length > 0) {
      throw new ConfigError(
        [
          `Refusing to start in production (NODE_ENV=production): ${missing.length === 1 ? 'this setting is' : 'these settings are'} missing or unsafe:`,
          ...missing.map((line) => `  - ${line}`),
          'See docs/operations.md.',
        ].join('\n'),
      );
    }
  }
  return {
    env: values.NODE_ENV,
    host: values.HOST,
    port: values.PORT,
    publicUrl: (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/$/, ''),
    dataDir,
    filesDir: path.join(dataDir, 'files'),
    database: values.DATABASE_URL
      ? { kind: 'postgres', url: values.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    log: {
      level: values.LOG_LEVEL,
      pretty: values.LOG_PRETTY ?? values.NODE_ENV === 'development',
    },
    bodyLimitBytes: values.BODY_LIMIT_BYTES,
    documentMaxBytes: values.DOCUMENT_MAX_BYTES,
    trustProxy: parseTrustProxy(values.TRUST_PROXY),
    mail: { smtpUrl: values.SMTP_URL, from: values.MAIL_FROM },
    seedDemo: values.DEMO ?? !production,
    demo: {
      password: values.DEMO_PASSWORD,
      totpSecret: values.DEMO_TOTP_SECRET,
      unsignedEmployer: values.DEMO_UNSIGNED_EMPLOYER,
    },
    jobsEnabled: values.JOBS_ENABLED,
    session: {
      idleMinutes: values.SESSION_IDLE_MINUTES,
      absoluteHours: values.SESSION_ABSOLUTE_HOURS,
    },
    fullTimeHours: values.FULL_TIME_HOURS,
    signals: { documentBatchMinutes: values.SIGNALS_DOCUMENT_BATCH_MINUTES },
    import: { maxBytes: values.IMPORT_MAX_BYTES, maxRows: values.IMPORT_MAX_ROWS },
    rateLimit: {
      authPerIp: values.RATE_LIMIT_AUTH_PER_IP,
      authPerAccount: values.RATE_LIMIT_AUTH_PER_ACCOUNT,
      apiPerClient: values.RATE_LIMIT_API_PER_CLIENT,
    },
    encryption: values.ENCRYPTION_KEYS
      ? {
          source: 'environment',
          keys: values.ENCRYPTION_KEYS.split(',').map((entry) => {
            const [id = '', key = ''] = entry.split(':');
            return { id, key: Buffer.from(key, 'base64') };
          }),
        }
      : values.ENCRYPTION_KEY_FILE
        ? { source: 'file', file: path.resolve(values.ENCRYPTION_KEY_FILE), generate: false }
        : { source: 'file', file: path.join(dataDir, 'encryption-keys.json'), generate: true },
    metrics: {
      enabled: !production || values.METRICS_TOKEN !== undefined,
      token: values.METRICS_TOKEN,
    },
    apiDocs: values.API_DOCS ?? !production,
    devPages: !production,
  };
}

/**
 * Cheap argon2 for the unit tests (`PASSWORD_HASH_CHEAP=true`, set in vitest.config.ts), which
 * only a NODE_ENV=test process honours — never a production or development server.
 */
export function cheapPasswordHashing(
  env: Record<string, string | undefined> = process.env,
): boolean {
  return env.NODE_ENV === 'test' && env.PASSWORD_HASH_CHEAP === 'true';
}

/** Test-only settings, read here because only this file may touch process.env. */
export function loadTestSettings(env: Record<string, string | undefined> = process.env): {
  postgresUrl: string | undefined;
} {
  const url = env.TEST_DATABASE_URL;
  if (url !== undefined && url !== '' && !postgresUrl.safeParse(url).success) {
    throw new ConfigError('Invalid configuration: TEST_DATABASE_URL must be a postgres:// URL');
  }
  return { postgresUrl: url === '' ? undefined : url };
}

const benchSchema = z.object({
  BENCH_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  BENCH_EMPLOYEES: z.coerce.number().int().min(100).max(1_000_000).default(100_000),
  BENCH_PROFILE: booleanString.default(false),
});

/**
 * The fuzz test's settings (fuzz.test.ts): FUZZ_SEED replays another run, FUZZ_REQUESTS sets the
 * number of requests per database. Unset, the test uses its own defaults.
 */
export function loadFuzzSettings(env: Record<string, string | undefined> = process.env): {
  seed: number | undefined;
  requests: number | undefined;
} {
  const whole = z.coerce.number().int().min(1).optional();
  const seed = whole.safeParse(env.FUZZ_SEED || undefined);
  const requests = whole.safeParse(env.FUZZ_REQUESTS || undefined);
  if (!seed.success || !requests.success) {
    throw new ConfigError('Invalid configuration: FUZZ_SEED and FUZZ_REQUESTS are whole numbers');
  }
  return { seed: seed.data, requests: requests.data };
}

/**
 * Benchmark settings: the PostgreSQL server to benchmark on (BENCH_DATABASE_URL, else
 * DATABASE_URL, else the local default; the benchmark creates and drops its own database there),
 * and for `bench:load` the seconds of each run, the employees loaded and whether to write a CPU
 * profile of the app.
 */
export function loadBenchSettings(env: Record<string, string | undefined> = process.env): {
  postgresUrl: string;
  seconds: number;
  employees: number;
  profile: boolean;
} {
  const url =
    env.BENCH_DATABASE_URL || env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  if (!postgresUrl.safeParse(url).success) {
    throw new ConfigError('Invalid configuration: BENCH_DATABASE_URL must be a postgres:// URL');
  }
  const parsed = benchSchema.safeParse({
    BENCH_SECONDS: env.BENCH_SECONDS || undefined,
    BENCH_EMPLOYEES: env.BENCH_EMPLOYEES || undefined,
    BENCH_PROFILE: env.BENCH_PROFILE || undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `Invalid configuration: ${issue?.path.join('.') ?? 'BENCH'} ${issue?.message ?? 'is invalid'}`,
    );
  }
  return {
    postgresUrl: url,
    seconds: parsed.data.BENCH_SECONDS,
    employees: parsed.data.BENCH_EMPLOYEES,
    profile: parsed.data.BENCH_PROFILE,
  };
}
