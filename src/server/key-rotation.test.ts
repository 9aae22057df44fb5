import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { selectRows } from './db/connection.js';
import { trustEmployerId } from './db/tenancy.js';
import { medicalNoteContext } from './modules/dossier/dossier.models.js';
import { createMedicalNoteReencryption } from './modules/dossier/dossier.seal-repair.js';
import { createWebhooksUseCases } from './modules/integration/integration.webhooks.usecases.js';
import { createSecretBox, loadKeys, SecretBoxError } from './platform/crypto/secret-box.js';
import { actorOf, createTestApp, createTestUser, type TestApp } from './test/app.js';
import { describeEachDatabase } from './test/databases.js';
import { hireEmployee } from './test/employees.js';

/**
 * `npm run vault:rotate-keys` beyond the datakluis and the second factors (those are tested in
 * vault.routes.test.ts): the medical notes and the webhook secrets move to the new key too, so
 * the old key can be removed without losing them.
 */
describeEachDatabase('key rotation of medical notes and webhook secrets', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(() => testApp.close());

  const db = () => testApp.platform.database.db;

  it('re-seals every medical note and webhook secret under the new key; the old key alone opens none of them', async () => {
    const doctor = await createTestUser(testApp, { role: 'company_doctor' });
    const employerId = trustEmployerId(doctor.employerId);
    const { id: departmentId } = await testApp.modules.organisation.createDepartment(employerId, {
      name: 'Zorg',
      parentId: null,
    });
    const employeeId = await hireEmployee(testApp.modules.employees, employerId, { departmentId });
    const doctorActor = await actorOf(testApp, doctor.userId, employerId);
    await testApp.modules.dossier.addMedicalNote(doctorActor, employeeId, 'Rugklachten, fysio');
    const integrator = await createTestUser(testApp, {
      role: 'super_user_integration',
      employerId,
    });
    const integratorActor = await actorOf(testApp, integrator.userId, employerId);
    const { secret } = await testApp.modules.webhooks.saveWebhook(integratorActor, {
      url: 'http://127.0.0.1:9/hooks',
      enabled: true,
      events: [],
    });

    const oldBox = testApp.platform.secretBox;
    const oldKeys = await loadKeys(testApp.platform.config.encryption);
    const rotatedBox = createSecretBox([
      { id: `k-rotation-${Date.now()}`, key: Buffer.alloc(32, 9) },
      ...oldKeys,
    ]);
    const deps = { db: db(), secretBox: rotatedBox, audit: testApp.platform.audit };
    const webhooks = createWebhooksUseCases({
      ...deps,
      clock: testApp.clock,
      allowInsecureEndpoints: true,
    });

    const notes = await createMedicalNoteReencryption(deps)();
    expect(notes.reencrypted).toBeGreaterThanOrEqual(1);
    expect(notes.unreadable).toBe(0);
    const secrets = await webhooks.reencryptSecrets();
    expect(secrets.reencrypted).toBeGreaterThanOrEqual(1);
    expect(secrets.unreadable).toBe(0);
    // Run again: nothing is left under the old key.
    expect(await createMedicalNoteReencryption(deps)()).toEqual({ reencrypted: 0, unreadable: 0 });
    expect(await webhooks.reencryptSecrets()).toEqual({ reencrypted: 0, unreadable: 0 });

    const [note] = await selectRows<{ sealed_text: string }>(
      db(),
      sql`select sealed_text from medical_notes where employee_id = ${employeeId}`,
    );
    const noteContext = medicalNoteContext(employerId, employeeId);
    expect(rotatedBox.decrypt(note!.sealed_text, noteContext)).toBe('Rugklachten, fysio');
    expect(() => oldBox.decrypt(note!.sealed_text, noteContext)).toThrow(SecretBoxError);

    const [endpoint] = await selectRows<{ sealed_secret: string }>(
      db(),
      sql`select sealed_secret from webhook_endpoints where employer_id = ${employerId}`,
    );
    expect(rotatedBox.needsReencryption(endpoint!.sealed_secret)).toBe(false);
    // The secret the employer was shown still signs: the rotated box opens the same value.
    const secretContext = `webhook_endpoints.secret:${employerId}`;
    expect(rotatedBox.decrypt(endpoint!.sealed_secret, secretContext)).toBe(secret);
    expect(() => oldBox.decrypt(endpoint!.sealed_secret, secretContext)).toThrow(SecretBoxError);
  });
});
