import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('runs on the embedded database in ./data with no variables set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.kind).toBe('pglite');
    expect(config.dataDir.endsWith('/data')).toBe(true);
    expect(config.devPages).toBe(true);
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
    ['SESSION_IDLE_MINUTES', '0'],
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

  it('hides development pages in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).devPages).toBe(false);
  });

  it('reads rotation keys, the current one first', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const config = loadConfig({ ENCRYPTION_KEYS: `new:${key},old:${key}` });
    expect(config.encryptionKeys?.map((entry) => entry.id)).toEqual(['new', 'old']);
    expect(config.encryptionKeys?.[0]?.key).toHaveLength(32);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(3000);
  });
});
