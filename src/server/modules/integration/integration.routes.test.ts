import ExcelJS from 'exceljs';
import { asc, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type ImportField,
  type ImportPreview,
  importColumns,
  importUploadContentType,
  templateHeader,
} from '../../../contracts/integration.js';
import { type AuthorizedEmployerId, inTenant, trustEmployerId } from '../../db/tenancy.js';
import { auditLog } from '../../platform/audit/audit.table.js';
import {
  createTestApp,
  createTestUser,
  fetchHeaders,
  logIn,
  type TestApp,
} from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { csvOf, validRow } from '../../test/import-files.js';
import { employees, employments, employmentVersions } from '../employees/employees.table.js';
import { wholeEmployer, type EmployerActor } from '../users/users.policies.js';
import { vaultPersonalData } from '../vault/vault.table.js';
import { createIntegrationUseCases } from './integration.usecases.js';

/** Valid BSNs (11-test) for several rows in one file. */
const bsns = ['123456782', '111222333', '999999990', '100000009', '233445560', '555666773'];

describeEachDatabase('bulk import of employees', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database, { IMPORT_MAX_ROWS: '50' });
  });
  afterAll(async () => {
    await testApp.close();
  });

  /** A logged-in user of a new employer with departments Verkoop and Noord/Verkoop… */
  async function employerWithDepartments(role = 'super_user') {
    const user = await createTestUser(testApp, { role });
    const employerId = trustEmployerId(user.employerId);
    const create = (name: string, parentId: string | null = null) =>
      testApp.modules.organisation.createDepartment(employerId, { name, parentId });
    const verkoop = await create('Verkoop');
    const noord = await create('Noord');
    const noordInkoop = await create('Inkoop', noord.id);
    const zuid = await create('Zuid');
    const zuidInkoop = await create('Inkoop', zuid.id);
    const cookie = await logIn(testApp, user);
    return { user, employerId, cookie, verkoop, noord, noordInkoop, zuidInkoop };
  }

  const upload = (url: string, cookie: string, body: Buffer) =>
    testApp.app.inject({
      method: 'POST',
      url,
      headers: { ...fetchHeaders, cookie, 'content-type': importUploadContentType },
      payload: body,
    });
  const preview = (cookie: string, body: Buffer) =>
    upload('/api/integration/employee-import/preview', cookie, body);
  const commit = (cookie: string, body: Buffer) =>
    upload('/api/integration/employee-import', cookie, body);

  async function storedEmployees(employerId: AuthorizedEmployerId) {
    return inTenant(testApp.platform.database.db, employerId, async (tx) => {
      const people = await tx
        .select()
        .from(employees)
        .where(eq(employees.employerId, employerId))
        .orderBy(asc(employees.personnelNumber));
      const jobs = await tx
        .select({
          employeeId: employments.employeeId,
          startDate: employments.startDate,
          endDate: employments.endDate,
          departmentId: employmentVersions.departmentId,
          hours: employmentVersions.contractHoursPerWeek,
          employmentType: employmentVersions.employmentType,
          functionName: employmentVersions.functionName,
        })
        .from(employments)
        .innerJoin(employmentVersions, eq(employmentVersions.employmentId, employments.id))
        .where(eq(employments.employerId, employerId))
        .orderBy(asc(employments.startDate));
      return people.map((person) => ({
        ...person,
        employments: jobs.filter((job) => job.employeeId === person.id),
      }));
    });
  }

  it('reads a Dutch Excel CSV (";" and BOM) and shows every row without errors, the BSN masked', async () => {
    const { cookie } = await employerWithDepartments();
    const file = csvOf(
      [
        validRow({ bsn: '123456782' }),
        validRow({ personnelNumber: '1002', bsn: '111222333', firstName: 'Jan' }),
      ],
      { bom: true },
    );
    const response = await preview(cookie, file);
    expect(response.statusCode).toBe(200);
    const body = response.json() as ImportPreview;
    expect(body).toMatchObject({ format: 'csv', rowCount: 2, rowsWithErrors: 0 });
    expect(body.rows.map((row) => row.rowNumber)).toEqual([2, 3]);
    expect(body.rows[0]?.cells).toMatchObject({ personnelNumber: '1001', bsn: '•••••6782' });
    expect(response.body).not.toContain('123456782');
  });

  it('reads a CSV with "," and without BOM, and stores it', async () => {
    const { cookie, employerId, verkoop } = await employerWithDepartments();
    const file = csvOf([validRow({ functionName: 'Verkoper, binnendienst' })], { delimiter: ',' });
    const checked = (await preview(cookie, file)).json() as ImportPreview;
    expect(checked.rowsWithErrors).toBe(0);
    const response = await commit(cookie, file);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ employees: 1, employments: 1 });
    const [stored] = await storedEmployees(employerId);
    expect(stored).toMatchObject({
      personnelNumber: '1001',
      firstName: 'Sanne',
      namePrefix: 'de',
      lastName: 'Vries',
      gender: 'f',
      dateOfBirth: '1985-03-14',
    });
    expect(stored?.employments).toEqual([
      expect.objectContaining({
        startDate: '2020-02-01',
        endDate: null,
        departmentId: verkoop.id,
        hours: '32.50',
        employmentType: 'permanent',
        functionName: 'Verkoper, binnendienst',
      }),
    ]);
  });

  it('round-trips the generated Excel template: fill in the sheet, import, read back', async () => {
    const { cookie, employerId, noordInkoop, verkoop } = await employerWithDepartments();
    const download = await testApp.app.inject({
      method: 'GET',
      url: '/api/integration/employee-import/template?format=xlsx',
      headers: { cookie },
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain('.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Werknemers', 'Toelichting']);
    const sheet = workbook.getWorksheet('Werknemers');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getRow(1).getCell(1).value).toBe('Personeelsnummer *');
    const notes = workbook.getWorksheet('Toelichting');
    expect(notes?.rowCount).toBeGreaterThan(importColumns.length);
    // Values as Excel holds them after typing: dates as dates, numbers as numbers.
    const fields = importColumns.map((column) => column.field);
    const put = (values: Partial<Record<ImportField, ExcelJS.CellValue>>) =>
      sheet.addRow(fields.map((field) => values[field] ?? null));
    put({
      personnelNumber: 'A-1',
      firstName: 'Piet',
      lastName: 'Bakker',
      gender: 'M',
      dateOfBirth: new Date(Date.UTC(1990, 4, 17)),
      department: 'Noord / Inkoop',
      startDate: new Date(Date.UTC(2021, 0, 4)),
      employmentType: 'tijdelijk',
      contractHoursPerWeek: 24.5,
      department2: 'Verkoop',
      startDate2: '2024-09-01',
      employmentType2: 'oproep',
      contractHoursPerWeek2: 0,
    });
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const checked = (await preview(cookie, file)).json() as ImportPreview;
    expect(checked).toMatchObject({ format: 'xlsx', rowCount: 1, rowsWithErrors: 0 });
    expect((await commit(cookie, file)).json()).toEqual({ employees: 1, employments: 2 });
    const [stored] = await storedEmployees(employerId);
    expect(stored).toMatchObject({
      personnelNumber: 'A-1',
      gender: 'm',
      dateOfBirth: '1990-05-17',
    });
    expect(stored?.employments).toEqual([
      expect.objectContaining({
        startDate: '2021-01-04',
        departmentId: noordInkoop.id,
        hours: '24.50',
        employmentType: 'fixed_term',
      }),
      expect.objectContaining({
        startDate: '2024-09-01',
        departmentId: verkoop.id,
        hours: '0.00',
        employmentType: 'on_call',
      }),
    ]);
    const csvTemplate = await testApp.app.inject({
      method: 'GET',
      url: '/api/integration/employee-import/template?format=csv',
      headers: { cookie },
    });
    expect(csvTemplate.body).toBe(`\uFEFF${importColumns.map(templateHeader).join(';')}\r\n`);
  });

  it('reports each problem at its row and cell, translated, and stores nothing on commit', async () => {
    const { cookie, employerId } = await employerWithDepartments();
    const file = csvOf([
      validRow(),
      validRow({
        personnelNumber: '1002',
        bsn: '123456789',
        postcode: '1234',
        dateOfBirth: '31-02-1990',
        contractHoursPerWeek: '81',
        department: 'Marketing',
        employmentType: 'vaste baan',
        lastName: '',
      }),
      validRow({ personnelNumber: '1003', bsn: '111222333', department: 'Inkoop' }),
      validRow({
        personnelNumber: '1004',
        bsn: '999999990',
        startDate: '01-01-2020',
        endDate: '31-12-2019',
      }),
    ]);
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/integration/employee-import/preview',
      headers: {
        ...fetchHeaders,
        cookie,
        'content-type': importUploadContentType,
      },
      payload: file,
    });
    const body = response.json() as ImportPreview;
    expect(body.rowsWithErrors).toBe(3);
    const errorsOf = (rowNumber: number) =>
      body.rows
        .find((row) => row.rowNumber === rowNumber)
        ?.errors.map((error) => [error.field, error.code]);
    expect(errorsOf(2)).toEqual([]);
    expect(errorsOf(3)).toEqual([
      ['lastName', 'required'],
      ['dateOfBirth', 'import_invalid_date'],
      ['bsn', 'bsn_invalid'],
      ['postcode', 'postcode_invalid'],
      ['department', 'import_department_not_found'],
      ['employmentType', 'import_invalid_employment_type'],
      ['contractHoursPerWeek', 'import_hours_too_big'],
    ]);
    expect(errorsOf(4)).toEqual([['department', 'import_department_ambiguous']]);
    expect(errorsOf(5)).toEqual([['endDate', 'end_before_start']]);
    const bsnError = body.rows[1]?.errors.find((error) => error.field === 'bsn');
    expect(bsnError?.message).toBe('Dit is geen geldig BSN (9 cijfers die de elfproef doorstaan).');

    const refused = await commit(cookie, file);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ error: { code: 'import_has_errors' } });
    expect(await storedEmployees(employerId)).toEqual([]);
  });

  it('finds duplicate personnel numbers and BSNs in the file and numbers already in use', async () => {
    const { cookie, employerId, verkoop } = await employerWithDepartments();
    await hireEmployee(
      testApp.modules.employees,
      employerId,
      { departmentId: verkoop.id },
      { personnelNumber: '900', firstName: 'Al', lastName: 'Aanwezig' },
    );
    const file = csvOf([
      validRow({ personnelNumber: '1001', bsn: bsns[0] }),
      validRow({ personnelNumber: ' 1001 ', bsn: bsns[1] }),
      validRow({ personnelNumber: '1003', bsn: bsns[1] }),
      validRow({ personnelNumber: '900', bsn: bsns[2] }),
    ]);
    const body = (await preview(cookie, file)).json() as ImportPreview;
    const errorsOf = (rowNumber: number) =>
      body.rows
        .find((row) => row.rowNumber === rowNumber)
        ?.errors.map((error) => [error.field, error.code, error.params]);
    expect(errorsOf(2)).toEqual([['personnelNumber', 'import_duplicate_in_file', { rows: '3' }]]);
    expect(errorsOf(3)).toEqual([
      ['personnelNumber', 'import_duplicate_in_file', { rows: '2' }],
      ['bsn', 'import_duplicate_in_file', { rows: '4' }],
    ]);
    expect(errorsOf(4)).toEqual([['bsn', 'import_duplicate_in_file', { rows: '3' }]]);
    expect(errorsOf(5)).toEqual([['personnelNumber', 'personnel_number_taken', undefined]]);
  });

  it("does not find another employer's department by its name", async () => {
    const mine = await employerWithDepartments();
    const other = await createTestUser(testApp);
    await testApp.modules.organisation.createDepartment(trustEmployerId(other.employerId), {
      name: 'Alleen Bij De Ander',
      parentId: null,
    });
    const body = (
      await preview(mine.cookie, csvOf([validRow({ department: 'Alleen Bij De Ander' })]))
    ).json() as ImportPreview;
    expect(body.rows[0]?.errors.map((error) => error.code)).toEqual([
      'import_department_not_found',
    ]);
  });

  it('stores nothing when the database fails halfway through the rows', async () => {
    const { employerId, user } = await employerWithDepartments();
    let added = 0;
    const failing = createIntegrationUseCases({
      db: testApp.platform.database.db,
      clock: testApp.clock,
      audit: testApp.platform.audit,
      organisation: testApp.modules.organisation,
      users: testApp.modules.users,
      cases: testApp.modules.cases,
      tasks: testApp.modules.tasks,
      casesIn: () => testApp.modules.cases,
      dossierIn: () => testApp.modules.dossier,
      employees: {
        ...testApp.modules.employees,
        within: (tx) => {
          const real = testApp.modules.employees.within(tx);
          return {
            ...real,
            addEmployee: async (...args: Parameters<typeof real.addEmployee>) => {
              added += 1;
              if (added === 3) throw new Error('connection lost');
              return real.addEmployee(...args);
            },
          };
        },
      },
      limits: { maxBytes: 1_000_000, maxRows: 100, documentMaxBytes: 1_000_000 },
    });
    const actor: EmployerActor = {
      userId: user.userId,
      sessionId: 'test',
      role: 'super_user',
      isOperator: false,
      employerId,
      scope: wholeEmployer,
      ip: '127.0.0.1',
      requestId: 'test',
    };
    const file = csvOf(bsns.map((_, index) => validRow({ personnelNumber: String(2000 + index) })));
    await expect(failing.commit(actor, file)).rejects.toThrow('connection lost');
    expect(added).toBe(3);
    expect(await storedEmployees(employerId)).toEqual([]);
  });

  it('stores nothing when the audit entry of the import cannot be written (issue 17)', async () => {
    const { employerId, user } = await employerWithDepartments();
    const real = testApp.platform.audit;
    const failing = createIntegrationUseCases({
      db: testApp.platform.database.db,
      clock: testApp.clock,
      audit: {
        async record(entry, within) {
          await real.record(entry, within);
          throw new Error('the audit log is unavailable');
        },
        insertWhen: real.insertWhen,
      },
      organisation: testApp.modules.organisation,
      employees: testApp.modules.employees,
      users: testApp.modules.users,
      cases: testApp.modules.cases,
      tasks: testApp.modules.tasks,
      casesIn: () => testApp.modules.cases,
      dossierIn: () => testApp.modules.dossier,
      limits: { maxBytes: 1_000_000, maxRows: 100, documentMaxBytes: 1_000_000 },
    });
    const actor: EmployerActor = {
      userId: user.userId,
      sessionId: 'test',
      role: 'super_user',
      isOperator: false,
      employerId,
      scope: wholeEmployer,
      ip: '127.0.0.1',
      requestId: 'test',
    };
    const file = csvOf([validRow({ personnelNumber: '3000' })]);
    await expect(failing.commit(actor, file)).rejects.toThrow('the audit log is unavailable');
    expect(await storedEmployees(employerId)).toEqual([]);
    const entries = await testApp.platform.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.employerId, employerId));
    expect(entries.filter((entry) => entry.action === 'employees.imported')).toEqual([]);
  });

  it('imports for super users only; integration super users, managers and reporters are refused', async () => {
    const file = csvOf([validRow()]);
    for (const role of [
      'super_user_integration',
      'super_user_integration_sick_only',
      'manager_with_reports',
      'absence_reporter',
    ]) {
      const { cookie, employerId } = await employerWithDepartments(role);
      expect((await preview(cookie, file)).statusCode, role).toBe(403);
      expect((await commit(cookie, file)).statusCode, role).toBe(403);
      const template = await testApp.app.inject({
        method: 'GET',
        url: '/api/integration/employee-import/template?format=csv',
        headers: { cookie },
      });
      expect(template.statusCode, role).toBe(403);
      expect(await storedEmployees(employerId)).toEqual([]);
    }
    const anonymous = await testApp.app.inject({
      method: 'POST',
      url: '/api/integration/employee-import',
      headers: { ...fetchHeaders, 'content-type': importUploadContentType },
      payload: file,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses files it cannot import as a whole, with a clear reason', async () => {
    const { cookie } = await employerWithDepartments();
    const codeOf = async (body: Buffer) => (await preview(cookie, body)).json().error?.code;
    expect(await codeOf(Buffer.from('Voornaam;Achternaam\r\nJan;Jansen\r\n'))).toBe(
      'import_missing_columns',
    );
    expect(await codeOf(Buffer.from('   \r\n'))).toBe('import_empty');
    expect(await codeOf(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(
      'import_unsupported_format',
    );
    expect(await codeOf(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBe(
      'import_unreadable',
    );
    const tooMany = csvOf(
      Array.from({ length: 51 }, (_, index) => validRow({ personnelNumber: String(index) })),
    );
    const response = await preview(cookie, tooMany);
    expect(response.json().error).toMatchObject({
      code: 'import_too_many_rows',
      message: 'Het bestand bevat meer dan 50 werknemers. Splits het in kleinere bestanden.',
    });
  });

  it('stores BSN and address in the vault (datakluis) in the same transaction, sealed', async () => {
    const { cookie, employerId, user } = await employerWithDepartments();
    const file = csvOf([
      validRow({
        bsn: '1234.56.782',
        street: 'Dorpsstraat',
        houseNumber: '12',
        postcode: '1234 ab',
        city: 'Utrecht',
      }),
    ]);
    expect((await commit(cookie, file)).statusCode).toBe(201);
    const [stored] = await storedEmployees(employerId);
    if (!stored) throw new Error('not imported');
    const actor: EmployerActor = {
      userId: user.userId,
      sessionId: 'test',
      role: 'super_user',
      isOperator: false,
      employerId,
      scope: wholeEmployer,
      ip: '127.0.0.1',
      requestId: 'test',
    };
    const { personalData } = await testApp.modules.vault.maskedPersonalData(actor, stored.id);
    expect(JSON.stringify(personalData)).toContain('6782');
    const raw = await inTenant(testApp.platform.database.db, employerId, (tx) =>
      tx.select().from(vaultPersonalData),
    );
    expect(raw).toHaveLength(1);
    expect(JSON.stringify(raw)).not.toContain('123456782');
    expect(JSON.stringify(raw)).not.toContain('Dorpsstraat');
  });

  it('audits an import with counts only, no personal data', async () => {
    const { cookie, employerId } = await employerWithDepartments();
    await commit(cookie, csvOf([validRow()]));
    const entries = await testApp.platform.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.employerId, employerId));
    const imported = entries.find((entry) => entry.action === 'employees.imported');
    expect(imported?.details).toEqual({ employees: 1, employments: 1, format: 'csv' });
    expect(JSON.stringify(entries)).not.toContain('123456782');
  });

  it('imports any valid generated set of rows and reads back the same employees', async () => {
    const user = await createTestUser(testApp);
    const employerId = trustEmployerId(user.employerId);
    const department = await testApp.modules.organisation.createDepartment(employerId, {
      name: 'Alles',
      parentId: null,
    });
    const actor: EmployerActor = {
      userId: user.userId,
      sessionId: 'test',
      role: 'super_user',
      isOperator: false,
      employerId,
      scope: wholeEmployer,
      ip: '127.0.0.1',
      requestId: 'test',
    };
    const name = fc.stringMatching(/^[A-Z][a-zé]{1,12}$/);
    const date = (min: number, max: number) =>
      fc
        .record({
          year: fc.integer({ min, max }),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 28 }),
        })
        .map(({ year, month, day }) => ({
          iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
          dutch: `${day}-${month}-${year}`,
        }));
    const employee = fc.record({
      firstName: name,
      lastName: name,
      gender: fc.constantFrom(['M', 'm'], ['V', 'f'], ['X', 'x']),
      birth: date(1940, 2000),
      start: date(2001, 2025),
      hours: fc.integer({ min: 0, max: 8000 }),
      type: fc.constantFrom(
        ['vast', 'permanent'],
        ['tijdelijk', 'fixed_term'],
        ['oproep', 'on_call'],
      ),
    });
    let batch = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(employee, { minLength: 1, maxLength: 6 }), async (generated) => {
        batch += 1;
        const rows = generated.map((person, index) => ({
          personnelNumber: `P${batch}-${index}`,
          firstName: person.firstName,
          lastName: person.lastName,
          gender: person.gender[0] ?? '',
          dateOfBirth: person.birth.dutch,
          department: 'alles',
          startDate: person.start.dutch,
          employmentType: person.type[0] ?? '',
          contractHoursPerWeek: (person.hours / 100).toFixed(2).replace('.', ','),
        }));
        const result = await testApp.modules.integration.commit(actor, csvOf(rows));
        expect(result).toEqual({ employees: rows.length, employments: rows.length });
        const stored = (await storedEmployees(employerId)).filter((person) =>
          person.personnelNumber?.startsWith(`P${batch}-`),
        );
        expect(
          stored.map((person) => ({
            personnelNumber: person.personnelNumber,
            firstName: person.firstName,
            lastName: person.lastName,
            gender: person.gender,
            dateOfBirth: person.dateOfBirth,
            employments: person.employments.map((job) => ({
              startDate: job.startDate,
              departmentId: job.departmentId,
              hours: job.hours,
              employmentType: job.employmentType,
            })),
          })),
        ).toEqual(
          generated.map((person, index) => ({
            personnelNumber: `P${batch}-${index}`,
            firstName: person.firstName,
            lastName: person.lastName,
            gender: person.gender[1],
            dateOfBirth: person.birth.iso,
            employments: [
              {
                startDate: person.start.iso,
                departmentId: department.id,
                hours: (person.hours / 100).toFixed(2),
                employmentType: person.type[1],
              },
            ],
          })),
        );
      }),
      { numRuns: 12 },
    );
  });
});
