import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonalData } from '../../../contracts/vault.js';
import { selectRows } from '../../db/connection.js';
import { inTenant, trustEmployerId } from '../../db/tenancy.js';
import { createSecretBox, SecretBoxError } from '../../platform/crypto/secret-box.js';
import {
  createTestApp,
  createTestUser,
  fetchHeaders,
  logIn,
  type TestApp,
  type TestUser,
} from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { setScope } from '../../test/scope.js';
import { sealContext } from './vault.models.js';
import { createVaultUseCases, type OpenCases } from './vault.usecases.js';

const bsn = '111222333';
const record: PersonalData = {
  bsn,
  street: 'Lindelaan',
  houseNumber: 12,
  houseNumberAddition: 'B',
  postcode: '3511 AB',
  city: 'Utrecht',
  country: 'NL',
  phone: '06 12345678',
  privateEmail: 'sam@example.nl',
  lettersByEmail: true,
};

/** Open cases as the test says: the cases module's answer, swapped in for these tests. */
const openCaseFor = new Set<string>();
const testOpenCases: OpenCases = { hasOpenCase: async (_employerId, id) => openCaseFor.has(id) };

describeEachDatabase('the datakluis (data vault)', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database, {}, { openCases: testOpenCases });
  });
  afterAll(async () => {
    await testApp.close();
  });

  const db = () => testApp.platform.database.db;

  /** An employer (signed, `admin` its vault admin) with two employees in two departments. */
  async function employer() {
    const admin = await createTestUser(testApp);
    const employerId = trustEmployerId(admin.employerId);
    const [north, south] = await Promise.all(
      ['Noord', 'Zuid'].map((name) =>
        testApp.modules.organisation.createDepartment(employerId, { name, parentId: null }),
      ),
    );
    const hire = async (lastName: string, departmentId: string) => ({
      id: await hireEmployee(testApp.modules.employees, employerId, { departmentId }, { lastName }),
    });
    const employee = await hire('Jansen', north!.id);
    const other = await hire('Bakker', south!.id);
    await testApp.modules.vault.storePersonalDataFor(employerId, employee.id, record);
    return { admin, employerId, employee, other, north: north!, south: south! };
  }

  /** Logs in; a TOTP code counts once, so each login waits for the next 30-second window. */
  const login = (user: TestUser) => {
    testApp.clock.advance(30_000);
    return logIn(testApp, user);
  };

  const call = async (
    user: TestUser | string,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload?: Record<string, unknown>,
  ) => {
    const cookie = typeof user === 'string' ? user : await login(user);
    return testApp.app.inject({
      method,
      url,
      headers: { ...fetchHeaders, cookie },
      ...(payload === undefined ? {} : { payload }),
    });
  };

  const auditRows = (action: string, subjectId: string) =>
    selectRows<{ user_id: string; employer_id: string; details: Record<string, unknown> }>(
      db(),
      sql`select user_id, employer_id, details from audit_log
          where action = ${action} and subject_id = ${subjectId} order by id`,
    );

  describe('encryption at rest (security.md §7 item 52)', () => {
    it('keeps no BSN, street or e-mail in clear text in any column of any row', async () => {
      const { employee } = await employer();
      const rows = await selectRows<Record<string, unknown>>(
        db(),
        sql`select * from vault_personal_data`,
      );
      expect(rows.length).toBeGreaterThan(0);
      const ours = rows.filter((row) => row['employee_id'] === employee.id);
      expect(ours).toHaveLength(1);
      for (const row of rows) {
        for (const value of Object.values(row)) {
          const text = value instanceof Date ? value.toISOString() : String(value);
          expect(text).not.toContain(bsn);
          expect(text).not.toContain('Lindelaan');
          expect(text).not.toContain('sam@example.nl');
        }
      }
      expect(ours[0]!['key_id']).toBe(testApp.platform.secretBox.currentKeyId);
    });

    it("does not decrypt a value copied into another employee's row, nor with a truncated tag", async () => {
      const { employerId, employee, other, admin } = await employer();
      const [row] = await selectRows<{ bsn_sealed: string }>(
        db(),
        sql`select bsn_sealed from vault_personal_data where employee_id = ${employee.id}`,
      );
      const sealed = row!.bsn_sealed;
      const box = testApp.platform.secretBox;
      expect(box.decrypt(sealed, sealContext('bsn', employerId, employee.id))).toBe(bsn);
      expect(() => box.decrypt(sealed, sealContext('bsn', employerId, other.id))).toThrow(
        SecretBoxError,
      );
      // A 4-byte tag: the AES-GCM tag must be the full 16 bytes.
      const parts = sealed.split('.');
      parts[3] = Buffer.from(parts[3]!, 'base64url').subarray(0, 4).toString('base64url');
      expect(() =>
        box.decrypt(parts.join('.'), sealContext('bsn', employerId, employee.id)),
      ).toThrow(SecretBoxError);

      // Copied in the database: the other employee's record does not open, it is refused.
      await testApp.modules.vault.storePersonalDataFor(employerId, other.id, {
        ...record,
        bsn: '123456782',
      });
      await db().execute(
        sql`update vault_personal_data set bsn_sealed = ${sealed} where employee_id = ${other.id}`,
      );
      const session = await stepUp(await login(admin), admin);
      const reveal = await call(
        session,
        'POST',
        `/api/employees/${other.id}/personal-data/reveal`,
        {
          purpose: 'view',
        },
      );
      expect(reveal.statusCode).toBe(500);
      expect(reveal.json().error.code).toBe('vault_unreadable');
      expect(reveal.body).not.toContain(bsn);
      // The tampered row would stay unreadable (key rotation below skips and reports such rows).
      await db().execute(sql`delete from vault_personal_data where employee_id = ${other.id}`);
    });

    it('refuses an invalid BSN or postcode with a message per field, and stores nothing', async () => {
      const { employerId, other } = await employer();
      await expect(
        inTenant(db(), employerId, (tx) =>
          testApp.modules.vault.storePersonalData(tx, employerId, other.id, {
            ...record,
            bsn: '123456789',
            postcode: '0123 AB',
          }),
        ),
      ).rejects.toMatchObject({
        code: 'validation',
        fields: [
          { path: 'postcode', code: 'postcode_invalid' },
          { path: 'bsn', code: 'bsn_invalid' },
        ],
      });
    });
  });

  /** Password and second factor again (Instellingen > Beveiliging's step-up). */
  async function stepUp(cookie: string, user: TestUser): Promise<string> {
    const { totpCodeAt } = await import('../../test/app.js');
    const password = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/step-up',
      headers: { ...fetchHeaders, cookie },
      payload: { password: user.password },
    });
    expect(password.statusCode).toBe(200);
    const next = password.cookies.find((entry) => entry.name.endsWith('verzuim_session'));
    const cookieAfterPassword = next ? `${next.name}=${next.value}` : cookie;
    // A TOTP code is accepted once: move to the next 30-second window first.
    testApp.clock.advance(30_000);
    const factor = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/step-up/second-factor',
      headers: { ...fetchHeaders, cookie: cookieAfterPassword },
      payload: { kind: 'totp', code: await totpCodeAt(user.totpSecret, testApp.clock.now()) },
    });
    expect(factor.statusCode).toBe(200);
    const last = factor.cookies.find((entry) => entry.name.endsWith('verzuim_session'));
    return last ? `${last.name}=${last.value}` : cookieAfterPassword;
  }

  describe('masked view and reveal (items 49–51)', () => {
    it('shows the BSN masked to whoever may read the employee, and nothing else of it', async () => {
      const { admin, employee } = await employer();
      const response = await call(admin, 'GET', `/api/employees/${employee.id}/personal-data`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        personalData: {
          stored: true,
          bsn: '•••••2333',
          address: '•••, 3511 •• Utrecht',
          phone: '••••••••78',
          privateEmail: 's•••@example.nl',
          lettersByEmail: true,
        },
        mayReveal: true,
        withheld: false,
      });
      expect(response.body).not.toContain(bsn);
    });

    it('reveals after a fresh step-up and logs it; 5 minutes and 1 second later it is refused and logged', async () => {
      const { admin, employee } = await employer();
      const url = `/api/employees/${employee.id}/personal-data/reveal`;
      let session = await login(admin);
      // The login itself was more than 5 minutes ago.
      testApp.clock.advance(5 * 60_000 + 1_000);
      const stale = await call(session, 'POST', url, { purpose: 'view' });
      expect(stale.statusCode).toBe(403);
      expect(stale.json().error.code).toBe('step_up_required');

      session = await stepUp(session, admin);
      const revealed = await call(session, 'POST', url, { purpose: 'view' });
      expect(revealed.statusCode).toBe(200);
      expect(revealed.json().personalData).toEqual(record);
      expect(revealed.headers['cache-control']).toBe('no-store');

      testApp.clock.advance(5 * 60_000 + 1_000);
      const late = await call(session, 'POST', url, { purpose: 'edit' });
      expect(late.statusCode).toBe(403);
      expect(late.json().error.code).toBe('step_up_required');

      const reveals = await auditRows('vault.revealed', employee.id);
      expect(reveals).toEqual([
        { user_id: admin.userId, employer_id: admin.employerId, details: { purpose: 'view' } },
      ]);
      const refusals = await auditRows('authz_fail', employee.id);
      expect(refusals.map((row) => row.details)).toEqual([
        { operation: 'vault.reveal', purpose: 'view', reason: 'step_up_required' },
        { operation: 'vault.reveal', purpose: 'edit', reason: 'step_up_required' },
      ]);
      for (const row of [...reveals, ...refusals]) expect(JSON.stringify(row)).not.toContain(bsn);
    });

    it('refuses a user without vault access with 403 and an authz_fail row, even after step-up', async () => {
      const { admin, employee } = await employer();
      const hr = await createTestUser(testApp, {
        role: 'super_user_no_signals',
        employerId: admin.employerId,
      });
      const masked = await call(hr, 'GET', `/api/employees/${employee.id}/personal-data`);
      expect(masked.json().mayReveal).toBe(false);
      const session = await stepUp(await login(hr), hr);
      const refused = await call(
        session,
        'POST',
        `/api/employees/${employee.id}/personal-data/reveal`,
        { purpose: 'view' },
      );
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('vault_access_required');
      const rows = await auditRows('authz_fail', employee.id);
      expect(rows).toEqual([
        {
          user_id: hr.userId,
          employer_id: admin.employerId,
          details: { operation: 'vault.reveal', purpose: 'view', reason: 'vault_access_required' },
        },
      ]);
    });

    it("answers 404 for another employer's employee and for one outside the user's scope", async () => {
      const { admin, employee, other, north } = await employer();
      const stranger = await employer();
      expect(
        (await call(stranger.admin, 'GET', `/api/employees/${employee.id}/personal-data`))
          .statusCode,
      ).toBe(404);
      // A manager whose scope is the department Noord: Jansen yes, Bakker (Zuid) no.
      const manager = await createTestUser(testApp, {
        role: 'manager_with_reports',
        employerId: admin.employerId,
      });
      await setScope(testApp, manager, { departmentIds: [north.id] });
      const session = await login(manager);
      expect(
        (await call(session, 'GET', `/api/employees/${employee.id}/personal-data`)).statusCode,
      ).toBe(200);
      expect(
        (await call(session, 'GET', `/api/employees/${other.id}/personal-data`)).statusCode,
      ).toBe(404);
      const reveal = await call(
        session,
        'POST',
        `/api/employees/${other.id}/personal-data/reveal`,
        {
          purpose: 'view',
        },
      );
      expect(reveal.statusCode).toBe(404);
      expect((await auditRows('authz_fail', other.id)).map((row) => row.details)).toEqual([
        { operation: 'vault.reveal', purpose: 'view', reason: 'not_found' },
      ]);
    });

    it('lets a case manager read the vault only while the employee has an open case', async () => {
      const { admin, employee } = await employer();
      const caseManager = await createTestUser(testApp, { role: 'case_manager' });
      await db().execute(
        sql`update users set operator_role = 'case_manager' where id = ${caseManager.userId}`,
      );
      let session = await login(caseManager);
      await db().execute(
        sql`update sessions set active_employer_id = ${admin.employerId}
            where user_id = ${caseManager.userId}`,
      );
      session = await stepUp(session, caseManager);
      // Without an open case not even the masked hints (last BSN digits, postcode, city).
      const maskedUrl = `/api/employees/${employee.id}/personal-data`;
      const hidden = await call(session, 'GET', maskedUrl);
      expect(hidden.statusCode, hidden.body).toBe(200);
      expect(hidden.json()).toEqual({
        personalData: {
          stored: false,
          bsn: null,
          address: null,
          phone: null,
          privateEmail: null,
          lettersByEmail: false,
        },
        mayReveal: false,
        withheld: true,
      });
      const url = `/api/employees/${employee.id}/personal-data/reveal`;
      const closed = await call(session, 'POST', url, { purpose: 'care_request' });
      expect(closed.statusCode).toBe(403);
      expect(closed.json().error.code).toBe('vault_no_open_case');

      openCaseFor.add(employee.id);
      const shown = await call(session, 'GET', maskedUrl);
      expect(shown.json()).toMatchObject({
        personalData: { stored: true, bsn: `•••••${bsn.slice(-4)}` },
        mayReveal: true,
        withheld: false,
      });
      const open = await call(session, 'POST', url, { purpose: 'care_request' });
      expect(open.statusCode).toBe(200);
      expect(open.json().personalData.bsn).toBe(bsn);
      openCaseFor.delete(employee.id);

      expect((await auditRows('authz_fail', employee.id)).map((row) => row.details)).toEqual([
        { operation: 'vault.reveal', purpose: 'care_request', reason: 'vault_no_open_case' },
      ]);
      expect(await auditRows('vault.revealed', employee.id)).toHaveLength(1);
    });

    it('changes fields without a reveal (employees.write) and keeps the others', async () => {
      const { admin, employee } = await employer();
      const manager = await createTestUser(testApp, {
        role: 'manager_with_reports',
        employerId: admin.employerId,
      });
      const url = `/api/employees/${employee.id}/personal-data`;
      expect((await call(manager, 'PATCH', url, { city: 'Zeist' })).statusCode).toBe(403);
      const changed = await call(admin, 'PATCH', url, { city: 'Zeist', postcode: '3701aa' });
      expect(changed.statusCode).toBe(200);
      expect(changed.json().personalData.address).toBe('•••, 3701 •• Zeist');
      expect(changed.json().personalData.bsn).toBe('•••••2333');
      const wrong = await call(admin, 'PATCH', url, { bsn: '123456789' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.fields[0]).toMatchObject({ path: 'bsn', code: 'bsn_invalid' });
    });
  });

  describe('the agreement', () => {
    it('blocks every tenant route of an unsigned employer until a super user signs; then the signer is vault admin and the authorised person is mailed', async () => {
      const superUser = await createTestUser(testApp, { agreement: 'unsigned' });
      const session = await login(superUser);
      const employeeUrl = `/api/employees/${crypto.randomUUID()}/personal-data`;
      const blocked = await call(session, 'GET', employeeUrl);
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().error.code).toBe('agreement_required');
      // Still open: who am I, the status, the text to sign.
      expect((await call(session, 'GET', '/api/auth/me')).statusCode).toBe(200);
      const status = await call(session, 'GET', '/api/vault/status');
      expect(status.json()).toMatchObject({
        agreementSigned: false,
        maySign: true,
        access: 'none',
      });
      const text = await call(session, 'GET', '/api/vault/documents/user_agreement/2026-1');
      expect(text.statusCode).toBe(200);

      const colleague = await createTestUser(testApp, {
        role: 'manager_with_reports',
        employerId: superUser.employerId,
      });
      const refused = await call(colleague, 'POST', '/api/vault/agreement', {
        version: '2026-1',
        authorisedName: 'Mr. M. de Manager',
        authorisedEmail: 'manager@example.nl',
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('agreement_super_user_only');

      const signed = await testApp.app.inject({
        method: 'POST',
        url: '/api/vault/agreement',
        headers: { ...fetchHeaders, cookie: session, 'user-agent': 'Test browser' },
        payload: {
          version: '2026-1',
          authorisedName: 'Mr. A. Bevoegd',
          authorisedEmail: 'directie@example.nl',
        },
      });
      expect(signed.statusCode).toBe(204);
      expect((await call(session, 'GET', employeeUrl)).statusCode).toBe(404);
      expect((await call(session, 'GET', '/api/vault/status')).json()).toMatchObject({
        agreementSigned: true,
        access: 'admin',
      });
      const [agreement] = await selectRows<Record<string, unknown>>(
        db(),
        sql`select * from vault_agreements where employer_id = ${superUser.employerId}`,
      );
      const document = text.json() as { sha256: string };
      expect(agreement).toMatchObject({
        signed_by: superUser.userId,
        version: '2026-1',
        text_sha256: document.sha256,
        authorised_name: 'Mr. A. Bevoegd',
        authorised_email: 'directie@example.nl',
        user_agent: 'Test browser',
      });
      expect(agreement!['ip']).toBeTruthy();
      const mails = (await testApp.platform.outbox.listRecent(100)).filter(
        (mail) => mail.recipient === 'directie@example.nl',
      );
      expect(mails).toHaveLength(1);
      expect(mails[0]!.bodyText).toContain(document.sha256);
      // When it was signed reads as a Dutch date and Amsterdam time, not a raw UTC timestamp.
      expect(mails[0]!.bodyText).toMatch(/ondertekend op \d{1,2} [a-z]+ 20\d\d om \d\d:\d\d\)/);
      expect(mails[0]!.bodyText).not.toMatch(/\d{4}-\d\d-\d\dT\d\d/);

      const again = await call(session, 'POST', '/api/vault/agreement', {
        version: '2026-1',
        authorisedName: 'Mr. A. Bevoegd',
        authorisedEmail: 'directie@example.nl',
      });
      expect(again.statusCode).toBe(409);
    });

    it('refuses a version that is not the current one', async () => {
      const superUser = await createTestUser(testApp, { agreement: 'unsigned' });
      const response = await call(superUser, 'POST', '/api/vault/agreement', {
        version: '2020-1',
        authorisedName: 'A. Bevoegd',
        authorisedEmail: 'a@example.nl',
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('agreement_version_outdated');
    });
  });

  describe('Datakluisbeheer', () => {
    it('toggles access and admins, and never leaves the employer without an admin', async () => {
      const { admin } = await employer();
      const hr = await createTestUser(testApp, {
        role: 'super_user_no_signals',
        employerId: admin.employerId,
      });
      const adminSession = await login(admin);
      const hrSession = await login(hr);
      expect((await call(hrSession, 'GET', '/api/vault/authorisation')).statusCode).toBe(403);

      const list = await call(adminSession, 'GET', '/api/vault/authorisation');
      expect(list.json().users).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ userId: admin.userId, level: 'admin' }),
          expect.objectContaining({ userId: hr.userId, level: 'none' }),
        ]),
      );
      const lastAdmin = await call(
        adminSession,
        'PUT',
        `/api/vault/authorisation/${admin.userId}`,
        {
          level: 'access',
        },
      );
      expect(lastAdmin.statusCode).toBe(409);
      expect(lastAdmin.json().error.code).toBe('vault_last_admin');

      expect(
        (
          await call(adminSession, 'PUT', `/api/vault/authorisation/${hr.userId}`, {
            level: 'admin',
          })
        ).statusCode,
      ).toBe(204);
      // Two admins: one may step down, then the other is the last again.
      expect(
        (
          await call(hrSession, 'PUT', `/api/vault/authorisation/${admin.userId}`, {
            level: 'none',
          })
        ).statusCode,
      ).toBe(204);
      const alone = await call(hrSession, 'PUT', `/api/vault/authorisation/${hr.userId}`, {
        level: 'none',
      });
      expect(alone.json().error.code).toBe('vault_last_admin');

      const stranger = await createTestUser(testApp);
      expect(
        (
          await call(hrSession, 'PUT', `/api/vault/authorisation/${stranger.userId}`, {
            level: 'access',
          })
        ).statusCode,
      ).toBe(404);
    });

    it('lets a user request access; an admin approves or refuses and the requester is mailed', async () => {
      const { admin } = await employer();
      const manager = await createTestUser(testApp, {
        role: 'manager_with_reports',
        employerId: admin.employerId,
      });
      const managerSession = await login(manager);
      expect((await call(managerSession, 'POST', '/api/vault/access-requests')).statusCode).toBe(
        204,
      );
      expect(
        (await call(managerSession, 'POST', '/api/vault/access-requests')).json().error.code,
      ).toBe('vault_request_exists');
      const adminSession = await login(admin);
      expect((await call(adminSession, 'GET', '/api/vault/status')).json().pendingRequests).toBe(1);
      const [request] = (await call(adminSession, 'GET', '/api/vault/access-requests')).json()
        .requests as { id: string; status: string; displayName: string }[];
      expect(request).toMatchObject({ status: 'pending', displayName: 'Test Gebruiker' });
      expect(
        (
          await call(managerSession, 'POST', `/api/vault/access-requests/${request!.id}/decision`, {
            decision: 'approved',
          })
        ).statusCode,
      ).toBe(403);
      expect(
        (
          await call(adminSession, 'POST', `/api/vault/access-requests/${request!.id}/decision`, {
            decision: 'approved',
          })
        ).statusCode,
      ).toBe(204);
      expect((await call(managerSession, 'GET', '/api/vault/status')).json().access).toBe('access');
      const mails = (await testApp.platform.outbox.listRecent(100)).filter(
        (mail) => mail.recipient === `${manager.loginName}@example.test`,
      );
      expect(mails.map((mail) => mail.subject)).toContain('U heeft toegang tot de Datakluis');
      // Decided once: a second decision finds no pending request.
      expect(
        (
          await call(adminSession, 'POST', `/api/vault/access-requests/${request!.id}/decision`, {
            decision: 'refused',
          })
        ).statusCode,
      ).toBe(404);
    });
  });

  describe('key rotation (item 53)', () => {
    it('re-encrypts every row under the new key; old rows decrypt until then', async () => {
      const { employerId, employee } = await employer();
      const oldBox = testApp.platform.secretBox;
      const { loadKeys } = await import('../../platform/crypto/secret-box.js');
      const oldKeys = await loadKeys(testApp.platform.config.encryption);
      const newKey = { id: `k-test-${Date.now()}`, key: Buffer.alloc(32, 7) };
      const rotatedBox = createSecretBox([newKey, ...oldKeys]);
      const rotated = createVaultUseCases({
        db: db(),
        clock: testApp.clock,
        secretBox: rotatedBox,
        audit: testApp.platform.audit,
        mailer: testApp.platform.mailer,
        publicUrl: 'http://localhost',
        employees: testApp.modules.employees,
        users: testApp.modules.users,
        openCases: testOpenCases,
      });
      const before = await selectRows<{ count: number }>(
        db(),
        sql`select count(*)::int as count from vault_personal_data where key_id <> ${newKey.id}`,
      );
      expect(before[0]!.count).toBeGreaterThan(0);
      const result = await rotated.reencryptAll();
      expect(result).toEqual({ reencrypted: before[0]!.count, unreadable: 0, remaining: 0 });
      const after = await selectRows<{ count: number }>(
        db(),
        sql`select count(*)::int as count from vault_personal_data where key_id <> ${newKey.id}`,
      );
      expect(after[0]!.count).toBe(0);
      const [row] = await selectRows<{ bsn_sealed: string }>(
        db(),
        sql`select bsn_sealed from vault_personal_data where employee_id = ${employee.id}`,
      );
      expect(rotatedBox.decrypt(row!.bsn_sealed, sealContext('bsn', employerId, employee.id))).toBe(
        bsn,
      );
      // The old key alone no longer opens it: the value really moved.
      expect(() =>
        oldBox.decrypt(row!.bsn_sealed, sealContext('bsn', employerId, employee.id)),
      ).toThrow(SecretBoxError);
    });
  });
});
