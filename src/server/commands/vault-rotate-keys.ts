import { createModules } from '../modules.js';
import { loadCommandConfig } from './command.js';
import { openDatabase } from '../db/connection.js';
import { addKeyToKeyFile } from '../platform/crypto/secret-box.js';
import { createPlatform } from '../platform/platform.js';

/**
 * `npm run vault:rotate-keys`: makes a new encryption key current and re-encrypts every sealed
 * value under it (datakluis rows, TOTP seeds, SMS phone numbers, medical notes, webhook secrets).
 * See docs/security.md.
 *
 * - Key file (ENCRYPTION_KEY_FILE, or in development the generated DATA_DIR/encryption-keys.json):
 *   adds a new key to it first. Stop the app before, start it after (PGlite allows one process
 *   anyway).
 * - ENCRYPTION_KEYS set: the new key must already be first in it, on every app instance
 *   (restarted), with the older keys behind it; this command then only re-encrypts.
 */
async function main(): Promise<void> {
  const config = loadCommandConfig();
  if (config.encryption.source === 'environment') {
    console.log(
      `ENCRYPTION_KEYS is set: re-encrypting under its first key "${config.encryption.keys[0]?.id}".`,
    );
  } else {
    const added = await addKeyToKeyFile(config.encryption);
    console.log(`New key "${added.id}" added to ${config.encryption.file} as current.`);
  }
  const database = await openDatabase(
    config.database.kind === 'pglite'
      ? { kind: 'pglite', dataDir: config.database.dataDir }
      : { kind: 'postgres', url: config.database.url },
  );
  try {
    await database.migrate();
    const platform = await createPlatform(config, database);
    const modules = createModules(platform);
    const vault = await modules.vault.reencryptAll();
    console.log(
      `datakluis rows re-encrypted: ${vault.reencrypted}; unreadable (left as they are): ${vault.unreadable}; rows under an older key now: ${vault.remaining}`,
    );
    const factors = await modules.factors.reencryptSecrets();
    console.log(
      `second-factor secrets re-encrypted: ${factors.reencrypted}; unreadable: ${factors.unreadable}`,
    );
    const medicalNotes = await modules.dossier.reencryptMedicalNotes();
    console.log(
      `medical notes re-encrypted: ${medicalNotes.reencrypted}; unreadable: ${medicalNotes.unreadable}`,
    );
    const webhookSecrets = await modules.webhooks.reencryptSecrets();
    console.log(
      `webhook secrets re-encrypted: ${webhookSecrets.reencrypted}; unreadable: ${webhookSecrets.unreadable}`,
    );
    const unreadable =
      vault.unreadable + factors.unreadable + medicalNotes.unreadable + webhookSecrets.unreadable;
    if (vault.remaining > 0 || unreadable > 0) process.exitCode = 2;
  } finally {
    await database.close();
  }
}

await main();
