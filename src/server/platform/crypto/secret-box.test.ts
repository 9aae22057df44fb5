import { randomBytes } from 'node:crypto';
import { mkdtemp, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addKeyToKeyFile, createSecretBox, loadKeys } from './secret-box.js';

const keyA = { id: 'a', key: randomBytes(32) };
const keyB = { id: 'b', key: randomBytes(32) };

describe('secret box (AES-256-GCM with bound context)', () => {
  it('decrypts what it encrypted in the same context, and the ciphertext hides the value', () => {
    const box = createSecretBox([keyA]);
    const sealed = box.encrypt('123456782', 'employee:1');
    expect(sealed).not.toContain('123456782');
    expect(box.decrypt(sealed, 'employee:1')).toBe('123456782');
  });

  it('refuses a value copied to another context (another row or employer)', () => {
    const box = createSecretBox([keyA]);
    const sealed = box.encrypt('123456782', 'employer:1/employee:1');
    expect(() => box.decrypt(sealed, 'employer:2/employee:1')).toThrow(/does not decrypt/);
  });

  it('refuses a tampered ciphertext or a shortened tag', () => {
    const box = createSecretBox([keyA]);
    const parts = box.encrypt('secret', 'c').split('.');
    const flipped = [...parts];
    flipped[4] = Buffer.from('x' + (parts[4] ?? '')).toString('base64url');
    expect(() => box.decrypt(flipped.join('.'), 'c')).toThrow();
    const short = [...parts];
    short[3] = Buffer.from('short').toString('base64url');
    expect(() => box.decrypt(short.join('.'), 'c')).toThrow(/16 bytes/);
  });

  it('reads values of an older key after rotation and says they need re-encryption', () => {
    const old = createSecretBox([keyA]).encrypt('v', 'c');
    const rotated = createSecretBox([keyB, keyA]);
    expect(rotated.decrypt(old, 'c')).toBe('v');
    expect(rotated.needsReencryption(old)).toBe(true);
    expect(rotated.needsReencryption(rotated.encrypt('v', 'c'))).toBe(false);
  });

  it('generates one key file in the data folder, private to the owner, and reuses it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'verzuim-keys-'));
    const file = path.join(dir, 'encryption-keys.json');
    const first = await loadKeys({ source: 'file', file, generate: true });
    const second = await loadKeys({ source: 'file', file, generate: true });
    expect(second[0]?.key.equals(first[0]?.key ?? Buffer.alloc(0))).toBe(true);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('never generates a key file the operator named: a missing one stops the start', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'verzuim-keys-'));
    const file = path.join(dir, 'mounted', 'encryption-keys.json');
    await expect(loadKeys({ source: 'file', file, generate: false })).rejects.toThrow(
      /ENCRYPTION_KEY_FILE\) does not exist/,
    );
    await expect(stat(path.dirname(file))).rejects.toThrow(/ENOENT/);
  });

  it('adds a rotation key to the named key file, the older keys behind it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'verzuim-keys-'));
    const file = path.join(dir, 'encryption-keys.json');
    const [original] = await loadKeys({ source: 'file', file, generate: true });
    const added = await addKeyToKeyFile({ file, generate: false });
    const keys = await loadKeys({ source: 'file', file, generate: false });
    expect(keys.map((entry) => entry.id)).toEqual([added.id, original?.id]);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });
});
