import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const key = Buffer.alloc(32, 7).toString('base64');
/** The least production starts with. */
const production = {
  NODE_ENV: 'production',
  PUBLIC_URL: 'https://verzuim.example.nl',
  ENCRYPTION_KEYS: `k1:${key}`,
};

describe('configuration', () => {
  it('runs on the embedded database in ./data with no variables set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.kind).toBe('pglite');
    expect(config.dataDir.endsWith('/data')).toBe(true);
    expect(config.devPages).toBe(true);
  });

  it('keeps development open with no variables set: demo, generated key in ./data, metrics and docs', () => {
    const config = loadConfig({});
    expect(config.seedDemo).toBe(true);
    expect(config.encryption).toEqual({
      source: 'file',
      file: path.join(config.dataDir, 'encryption-keys.json'),
      generate: true,
    });
    expect(config.metrics).toEqual({ enabled: true, token: undefined });
    expect(config.apiDocs).toBe(true);
    expect(loadConfig({ DEMO: '0' }).seedDemo).toBe(false);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app@db.example:5432/verzuim' });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://app@db.example:5432/verzuim',
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['SMTP_URL', 'http://mail'],
    ['NODE_ENV', 'staging'],
    ['ENCRYPTION_KEYS', 'k1:tooshort'],
    ['METRICS_TOKEN', 'short'],
    ['DEMO', 'maybe'],
    ['SESSION_IDLE_MINUTES', '0'],
    ['SIGNALS_DOCUMENT_BATCH_MINUTES', '0'],
    ['SIGNALS_DOCUMENT_BATCH_MINUTES', '7'],
    ['SIGNALS_DOCUMENT_BATCH_MINUTES', '2.5'],
    ['SIGNALS_DOCUMENT_BATCH_MINUTES', '120'],
    ['SIGNALS_DOCUMENT_BATCH_MINUTES', 'ten'],
  ])('stops with one line naming %s when it is %s', (variable, value) => {
    let thrown: unknown;
    try {
      loadConfig({ [variable]: value });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const message = (thrown as Error).message;
    expect(message).toContain(variable);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('batches the documents signal in 10-minute windows unless told otherwise', () => {
    expect(loadConfig({}).signals.documentBatchMinutes).toBe(10);
    expect(loadConfig({ SIGNALS_DOCUMENT_BATCH_MINUTES: '1' }).signals.documentBatchMinutes).toBe(
      1,
    );
    expect(loadConfig({ SIGNALS_DOCUMENT_BATCH_MINUTES: '15' }).signals.documentBatchMinutes).toBe(
      15,
    );
  });

  it('names why a documents window that does not divide the hour is refused', () => {
    expect(() => loadConfig({ SIGNALS_DOCUMENT_BATCH_MINUTES: '7' })).toThrow(
      'Invalid configuration: SIGNALS_DOCUMENT_BATCH_MINUTES must divide 60',
    );
  });

  it('hides development pages in production', () => {
    expect(loadConfig(production).devPages).toBe(false);
  });

  it('reads rotation keys, the current one first', () => {
    const config = loadConfig({ ENCRYPTION_KEYS: `new:${key},old:${key}` });
    expect(config.encryption.source === 'environment' && config.encryption.keys).toEqual([
      { id: 'new', key: Buffer.alloc(32, 7) },
      { id: 'old', key: Buffer.alloc(32, 7) },
    ]);
  });

  describe('production', () => {
    function refusal(env: Record<string, string>): string {
      try {
        loadConfig({ NODE_ENV: 'production', ...env });
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message;
      }
      throw new Error('production started without its settings');
    }

    it('refuses to start without settings, with one message listing each missing one', () => {
      const message = refusal({});
      expect(message).toMatch(/^Refusing to start in production/);
      const items = message.split('\n').filter((line) => line.startsWith('  - '));
      expect(items).toHaveLength(2);
      expect(items[0]).toMatch(/^ {2}- ENCRYPTION_KEYS or ENCRYPTION_KEY_FILE: /);
      expect(items[1]).toMatch(/^ {2}- PUBLIC_URL: /);
      expect(message).toContain('docs/operations.md');
    });

    it('refuses a master key generated into or kept inside the data folder', () => {
      expect(refusal({ PUBLIC_URL: 'https://verzuim.example.nl' })).toMatch(
        /- ENCRYPTION_KEYS or ENCRYPTION_KEY_FILE: .*DATA_DIR/,
      );
      for (const file of ['/srv/verzuim/data/keys.json', '/srv/verzuim/data']) {
        const message = refusal({
          PUBLIC_URL: 'https://verzuim.example.nl',
          DATA_DIR: '/srv/verzuim/data',
          ENCRYPTION_KEY_FILE: file,
        });
        expect(message).toContain(`- ENCRYPTION_KEY_FILE: ${file} lies inside DATA_DIR`);
        expect(message).not.toContain('PUBLIC_URL');
      }
    });

    it('refuses a public URL that is not https, naming the value', () => {
      const message = refusal({ ENCRYPTION_KEYS: `k1:${key}`, PUBLIC_URL: 'http://verzuim.local' });
      expect(message).toContain('- PUBLIC_URL: the https:// address');
      expect(message).toContain('(now http://verzuim.local)');
      expect(message).not.toContain('ENCRYPTION_KEYS');
    });

    it('starts with a key from the environment or a key file outside the data folder and https', () => {
      expect(loadConfig(production).encryption.source).toBe('environment');
      const withFile = loadConfig({
        ...production,
        ENCRYPTION_KEYS: '',
        DATA_DIR: '/srv/verzuim/data',
        ENCRYPTION_KEY_FILE: '/etc/verzuim/encryption-keys.json',
      });
      expect(withFile.encryption).toEqual({
        source: 'file',
        file: '/etc/verzuim/encryption-keys.json',
        generate: false,
      });
      // A sibling whose name starts like the data folder is outside it.
      expect(
        loadConfig({
          ...production,
          ENCRYPTION_KEYS: '',
          DATA_DIR: '/srv/data',
          ENCRYPTION_KEY_FILE: '/srv/data-keys.json',
        }).encryption.source,
      ).toBe('file');
    });

    it('seeds the demo only when DEMO=1 is set, never by default', () => {
      expect(loadConfig(production).seedDemo).toBe(false);
      expect(loadConfig({ ...production, DEMO: '1' }).seedDemo).toBe(true);
    });

    it('serves no metrics without a token and no API docs unless asked for', () => {
      const config = loadConfig(production);
      expect(config.metrics.enabled).toBe(false);
      expect(config.apiDocs).toBe(false);
      const token = 'a'.repeat(32);
      expect(loadConfig({ ...production, METRICS_TOKEN: token }).metrics).toEqual({
        enabled: true,
        token,
      });
      expect(loadConfig({ ...production, API_DOCS: 'true' }).apiDocs).toBe(true);
    });
  });

  it('refuses both key sources at once, and the old SEED_DEMO with its new name', () => {
    expect(() =>
      loadConfig({ ENCRYPTION_KEYS: `k1:${key}`, ENCRYPTION_KEY_FILE: '/etc/keys.json' }),
    ).toThrow(/ENCRYPTION_KEYS and ENCRYPTION_KEY_FILE are both set/);
    expect(() => loadConfig({ SEED_DEMO: 'false' })).toThrow(/SEED_DEMO was renamed to DEMO/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(3000);
  });
});
