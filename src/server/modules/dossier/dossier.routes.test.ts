import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DocumentListResponse,
  DossierDocument,
  MedicalNoteListResponse,
  NoteListResponse,
} from '../../../contracts/dossier.js';
import {
  employerRoles,
  operatorRoles,
  type Permission,
  type Role,
  roleHasPermission,
} from '../../../contracts/permissions.js';
import { trustEmployerId } from '../../db/tenancy.js';
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
import {
  sampleDocx,
  sampleExe,
  sampleOle,
  samplePdf,
  samplePng,
  sampleXlsx,
} from '../../test/sample-files.js';
import { multipartBody } from '../../test/multipart.js';

/** Small, so the size limit can be tested with small files. */
const documentMaxBytes = 4096;

type Upload = { name: string; content: Buffer; category?: string; caseId?: string };

/** A multipart/form-data body as a browser sends it: the fields, then the file. */
function multipart(upload: Upload) {
  const fields: [string, string][] = [['category', upload.category ?? 'correspondence']];
  if (upload.caseId) fields.push(['caseId', upload.caseId]);
  // The browser's claim: always "application/pdf" here, to show it is not believed.
  return multipartBody(fields, { ...upload, contentType: 'application/pdf' });
}

describeEachDatabase('trajectendossier: notes, documents, medical notes', (context) => {
  let testApp: TestApp;
  /** Employer A: two departments, an employee in each. */
  let employerId: string;
  let inSales: string;
  let inKitchen: string;
  /** Only for the test that copies a sealed note into this dossier. */
  let copyTarget: string;
  /** Employer B, with its own employee and super user. */
  let otherEmployee: string;
  let otherCookie: string;
  const cookies = new Map<Role, string>();
  /** A manager whose dossier scope is the sales department only. */
  let scopedCookie: string;

  const call = (method: 'GET' | 'POST', url: string, cookie: string, payload?: unknown) =>
    testApp.app.inject({
      method,
      url,
      headers: { cookie, ...(method === 'POST' ? fetchHeaders : {}) },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });

  const upload = (employeeId: string, cookie: string, file: Upload) => {
    const body = multipart(file);
    return testApp.app.inject({
      method: 'POST',
      url: `/api/employees/${employeeId}/documents`,
      headers: { cookie, ...fetchHeaders, 'content-type': body.contentType },
      payload: body.payload,
    });
  };

  const note = (text = 'Gebeld over de planning van de werkzaamheden.') => ({
    contactDate: '2026-03-02',
    contactType: 'phone',
    text,
  });

  async function uploadedDocument(employeeId = inSales): Promise<DossierDocument> {
    const response = await upload(employeeId, cookieOf('super_user'), {
      name: 'brief.pdf',
      content: samplePdf(),
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<DossierDocument>();
  }

  function cookieOf(role: Role): string {
    const cookie = cookies.get(role);
    if (!cookie) throw new Error(`no user for ${role}`);
    return cookie;
  }

  async function loggedInAt(
    employer: string,
    role: Role,
  ): Promise<{ user: TestUser; cookie: string }> {
    const isOperator = (operatorRoles as readonly string[]).includes(role);
    const user = await createTestUser(testApp, {
      employerId: employer,
      role: isOperator ? 'none' : role,
    });
    if (isOperator) {
      await context.database.sql.query('update users set operator_role = $1 where id = $2', [
        role,
        user.userId,
      ]);
    }
    const cookie = await logIn(testApp, user);
    // An operator serves every employer and picks one to work for (the employer switch).
    if (isOperator) {
      await context.database.sql.query(
        'update sessions set active_employer_id = $1 where user_id = $2',
        [employer, user.userId],
      );
    }
    return { user, cookie };
  }

  beforeAll(async () => {
    testApp = await createTestApp(context.database, {
      DOCUMENT_MAX_BYTES: String(documentMaxBytes),
    });
    const { organisation, employees } = testApp.modules;
    const hire = (employer: string, departmentId: string, lastName: string) =>
      hireEmployee(employees, trustEmployerId(employer), { departmentId }, { lastName });

    const superUser = await createTestUser(testApp);
    employerId = superUser.employerId;
    cookies.set('super_user', await logIn(testApp, superUser));
    const sales = await organisation.createDepartment(trustEmployerId(employerId), {
      name: 'Verkoop',
      parentId: null,
    });
    const kitchen = await organisation.createDepartment(trustEmployerId(employerId), {
      name: 'Keuken',
      parentId: null,
    });
    inSales = await hire(employerId, sales.id, 'Verkoper');
    inKitchen = await hire(employerId, kitchen.id, 'Kok');
    copyTarget = await hire(employerId, kitchen.id, 'Afwas');

    for (const role of [...employerRoles, ...operatorRoles]) {
      if (role === 'super_user') continue;
      cookies.set(role, (await loggedInAt(employerId, role)).cookie);
    }

    const scoped = await loggedInAt(employerId, 'manager_with_reports');
    scopedCookie = scoped.cookie;
    await context.database.sql.query(
      `update memberships set scope_mode = 'explicit', scope_whole_employer = false
       where user_id = $1`,
      [scoped.user.userId],
    );
    await context.database.sql.query(
      'insert into scope_departments (employer_id, user_id, department_id) values ($1, $2, $3)',
      [employerId, scoped.user.userId, sales.id],
    );

    const other = await createTestUser(testApp);
    otherCookie = await logIn(testApp, other);
    const otherDepartment = await organisation.createDepartment(trustEmployerId(other.employerId), {
      name: 'Elders',
      parentId: null,
    });
    otherEmployee = await hire(other.employerId, otherDepartment.id, 'Buiten');
  });

  afterAll(async () => {
    await testApp.close();
  });

  const auditRows = async (action: string, subjectId: string) => {
    const { rows } = await context.database.sql.query<{
      user_id: string;
      employer_id: string;
      details: Record<string, unknown> | null;
    }>(
      'select user_id, employer_id, details from audit_log where action = $1 and subject_id = $2',
      [action, subjectId],
    );
    return rows;
  };

  describe('notes (Contactmomenten)', () => {
    it('adds a note and lists it with date, type, author and text, newest contact first', async () => {
      const cookie = cookieOf('manager_without_reports');
      const older = await call('POST', `/api/employees/${inKitchen}/notes`, cookie, {
        ...note('Eerste gesprek over de werkplek.'),
        contactDate: '2026-02-20',
        contactType: 'meeting',
      });
      expect(older.statusCode, older.body).toBe(201);
      const newer = await call('POST', `/api/employees/${inKitchen}/notes`, cookie, note());
      expect(newer.statusCode).toBe(201);
      const list = await call('GET', `/api/employees/${inKitchen}/notes`, cookie);
      expect(list.statusCode).toBe(200);
      const { notes } = list.json<NoteListResponse>();
      expect(notes.map((entry) => [entry.contactDate, entry.contactType, entry.text])).toEqual([
        ['2026-03-02', 'phone', 'Gebeld over de planning van de werkzaamheden.'],
        ['2026-02-20', 'meeting', 'Eerste gesprek over de werkplek.'],
      ]);
      expect(notes[0]?.authorName).toBe('Test Gebruiker');
      expect(notes[0]?.caseId).toBeNull();
    });

    it('refuses an empty text, an unknown contact type and an unknown case', async () => {
      const cookie = cookieOf('super_user');
      const url = `/api/employees/${inSales}/notes`;
      const empty = await call('POST', url, cookie, note('   '));
      expect(empty.statusCode).toBe(400);
      expect(empty.json().error.fields[0].path).toBe('text');
      const type = await call('POST', url, cookie, { ...note(), contactType: 'telepathy' });
      expect(type.statusCode).toBe(400);
      const unknownCase = await call('POST', url, cookie, { ...note(), caseId: randomUUID() });
      expect(unknownCase.statusCode).toBe(400);
      expect(unknownCase.json().error.fields[0]).toMatchObject({ path: 'caseId' });
    });

    it("links a note and a document to a case of the employee, never to another employee's case", async () => {
      const cookie = cookieOf('super_user');
      const reportSick = async (employeeId: string) => {
        const response = await call('POST', `/api/employees/${employeeId}/cases`, cookie, {
          classification: 'illness',
          firstSickDay: '2026-02-23',
          percentage: 100,
        });
        expect(response.statusCode, response.body).toBe(201);
        return response.json<{ id: string }>().id;
      };
      const salesCase = await reportSick(inSales);
      const kitchenCase = await reportSick(inKitchen);
      const linked = await call('POST', `/api/employees/${inSales}/notes`, cookie, {
        ...note(),
        caseId: salesCase,
      });
      expect(linked.statusCode, linked.body).toBe(201);
      expect(linked.json<{ caseId: string }>().caseId).toBe(salesCase);
      const document = await upload(inSales, cookie, {
        name: 'brief.pdf',
        content: samplePdf(),
        caseId: salesCase,
      });
      expect(document.statusCode, document.body).toBe(201);
      expect(document.json<DossierDocument>().caseId).toBe(salesCase);

      const wrongNote = await call('POST', `/api/employees/${inSales}/notes`, cookie, {
        ...note(),
        caseId: kitchenCase,
      });
      expect(wrongNote.statusCode).toBe(400);
      expect(wrongNote.json().error.fields[0]).toMatchObject({ path: 'caseId' });
      const wrongDocument = await upload(inSales, cookie, {
        name: 'brief.pdf',
        content: samplePdf(),
        caseId: kitchenCase,
      });
      expect(wrongDocument.statusCode).toBe(400);
    });

    it('a verzuimmelder (absence reporter) cannot open or add notes', async () => {
      const cookie = cookieOf('absence_reporter');
      expect((await call('GET', `/api/employees/${inSales}/notes`, cookie)).statusCode).toBe(403);
      expect(
        (await call('POST', `/api/employees/${inSales}/notes`, cookie, note())).statusCode,
      ).toBe(403);
    });

    it('audits every list and every new note, without the text', async () => {
      const cookie = cookieOf('super_user_no_signals');
      const added = await call('POST', `/api/employees/${inSales}/notes`, cookie, note());
      const id = added.json<{ id: string }>().id;
      const [write] = await auditRows('dossier.note_added', id);
      expect(write?.employer_id).toBe(employerId);
      expect(write?.details).toEqual({ employeeId: inSales, contactType: 'phone' });
      const before = (await auditRows('dossier.notes_listed', inSales)).length;
      await call('GET', `/api/employees/${inSales}/notes`, cookie);
      expect(await auditRows('dossier.notes_listed', inSales)).toHaveLength(before + 1);
    });
  });

  describe('documents', () => {
    it('stores an upload under a key of its own and serves it back as an attachment', async () => {
      const content = samplePdf('Plan van aanpak');
      const response = await upload(inSales, cookieOf('super_user'), {
        name: '../../Plan van aanpak: v2*.pdf',
        content,
        category: 'action_plan',
      });
      expect(response.statusCode, response.body).toBe(201);
      const document = response.json<DossierDocument>();
      expect(document).toMatchObject({
        category: 'action_plan',
        fileName: 'Plan van aanpak v2.pdf',
        kind: 'pdf',
        sizeBytes: content.length,
        withdrawn: null,
      });
      const { rows } = await context.database.sql.query<{ storage_key: string }>(
        'select storage_key from dossier_documents where id = $1',
        [document.id],
      );
      expect(rows[0]?.storage_key).toBe(`dossier/${employerId}/${document.id}`);

      const download = await call(
        'GET',
        `/api/employees/${inSales}/documents/${document.id}/content`,
        cookieOf('manager_with_reports'),
      );
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(content)).toBe(true);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename="Plan van aanpak v2.pdf"; filename*=UTF-8''Plan%20van%20aanpak%20v2.pdf`,
      );
    });

    it('accepts DOCX and XLSX and lists documents with their category', async () => {
      const cookie = cookieOf('case_manager');
      for (const [name, content] of [
        ['verslag.docx', sampleDocx()],
        ['uren.xlsx', sampleXlsx()],
      ] as const) {
        const response = await upload(inKitchen, cookie, { name, content, category: 'uwv' });
        expect(response.statusCode, response.body).toBe(201);
      }
      const list = await call('GET', `/api/employees/${inKitchen}/documents`, cookie);
      const body = list.json<DocumentListResponse>();
      expect(body.maxBytes).toBe(documentMaxBytes);
      expect(
        body.documents.filter((entry) => entry.category === 'uwv').map((entry) => entry.kind),
      ).toEqual(expect.arrayContaining(['docx', 'xlsx']));
    });

    it('goes by the content: a PNG named .pdf is stored and served as a PNG', async () => {
      const response = await upload(inSales, cookieOf('super_user'), {
        name: 'scan.pdf',
        content: samplePng(),
      });
      expect(response.statusCode).toBe(201);
      const document = response.json<DossierDocument>();
      expect(document).toMatchObject({ kind: 'png', fileName: 'scan.png' });
      const download = await call(
        'GET',
        `/api/employees/${inSales}/documents/${document.id}/content`,
        cookieOf('super_user'),
      );
      expect(download.headers['content-type']).toBe('image/png');
    });

    it('refuses an executable named .pdf and a legacy .doc, in the user’s language', async () => {
      const exe = await upload(inSales, cookieOf('super_user'), {
        name: 'factuur.pdf',
        content: sampleExe(),
      });
      expect(exe.statusCode).toBe(415);
      expect(exe.json().error).toMatchObject({
        code: 'document_type_not_allowed',
        message: expect.stringContaining('PDF, PNG, JPEG'),
      });
      const doc = await upload(inSales, cookieOf('super_user'), {
        name: 'brief.doc',
        content: sampleOle(),
      });
      expect(doc.statusCode).toBe(415);
      expect(doc.json().error.code).toBe('document_legacy_office');
      const { rows } = await context.database.sql.query<{ n: number }>(
        `select count(*)::int as n from dossier_documents where file_name like 'factuur%'`,
      );
      expect(rows[0]?.n).toBe(0);
    });

    it('accepts a file of exactly the size limit and refuses one byte more', async () => {
      const sized = (bytes: number) => {
        const pdf = samplePdf();
        return Buffer.concat([pdf, Buffer.alloc(bytes - pdf.length, 0x20)]);
      };
      const atLimit = await upload(inSales, cookieOf('super_user'), {
        name: 'groot.pdf',
        content: sized(documentMaxBytes),
      });
      expect(atLimit.statusCode, atLimit.body).toBe(201);
      const tooLarge = await upload(inSales, cookieOf('super_user'), {
        name: 'te-groot.pdf',
        content: sized(documentMaxBytes + 1),
      });
      expect(tooLarge.statusCode).toBe(413);
      expect(tooLarge.json().error.code).toBe('document_too_large');
    });

    it('refuses a request without a file, without a valid category, or that is not multipart', async () => {
      const cookie = cookieOf('super_user');
      const noCategory = await upload(inSales, cookie, {
        name: 'a.pdf',
        content: samplePdf(),
        category: 'diagnose',
      });
      expect(noCategory.statusCode).toBe(400);
      expect(noCategory.json().error.fields[0].path).toBe('category');
      const empty = await upload(inSales, cookie, { name: 'leeg.pdf', content: Buffer.alloc(0) });
      expect(empty.statusCode).toBe(400);
      const json = await call('POST', `/api/employees/${inSales}/documents`, cookie, {
        file: 'x',
      });
      expect(json.statusCode).toBe(415);
    });

    it('withdraws a document once: it stays listed and downloadable, marked with the reason', async () => {
      const document = await uploadedDocument();
      const url = `/api/employees/${inSales}/documents/${document.id}/withdraw`;
      const cookie = cookieOf('super_user');
      const withdrawn = await call('POST', url, cookie, { reason: 'Verkeerde werknemer' });
      expect(withdrawn.statusCode, withdrawn.body).toBe(200);
      expect(withdrawn.json<DossierDocument>().withdrawn).toMatchObject({
        reason: 'Verkeerde werknemer',
        byName: 'Test Gebruiker',
      });
      expect((await call('POST', url, cookie, { reason: 'Nogmaals' })).statusCode).toBe(409);
      const list = (
        await call('GET', `/api/employees/${inSales}/documents`, cookie)
      ).json<DocumentListResponse>();
      expect(list.documents.find((entry) => entry.id === document.id)?.withdrawn).not.toBeNull();
      expect(
        (await call('GET', `/api/employees/${inSales}/documents/${document.id}/content`, cookie))
          .statusCode,
      ).toBe(200);
      expect(await auditRows('dossier.document_withdrawn', document.id)).toHaveLength(1);
    });

    it('audits every upload, list and download', async () => {
      const document = await uploadedDocument();
      const [write] = await auditRows('dossier.document_uploaded', document.id);
      expect(write?.details).toMatchObject({ employeeId: inSales, kind: 'pdf' });
      const cookie = cookieOf('manager_without_reports');
      const listedBefore = (await auditRows('dossier.documents_listed', inSales)).length;
      await call('GET', `/api/employees/${inSales}/documents`, cookie);
      expect(await auditRows('dossier.documents_listed', inSales)).toHaveLength(listedBefore + 1);
      await call('GET', `/api/employees/${inSales}/documents/${document.id}/content`, cookie);
      await call('GET', `/api/employees/${inSales}/documents/${document.id}/content`, cookie);
      expect(await auditRows('dossier.document_downloaded', document.id)).toHaveLength(2);
    });
  });

  describe('who may do what (permission matrix × every route)', () => {
    const routes: {
      name: string;
      permission: Permission;
      expected: number;
      run: (cookie: string) => Promise<{ statusCode: number }>;
    }[] = [
      {
        name: 'list notes',
        permission: 'dossier.notes',
        expected: 200,
        run: (cookie) => call('GET', `/api/employees/${inSales}/notes`, cookie),
      },
      {
        name: 'add note',
        permission: 'dossier.notes',
        expected: 201,
        run: (cookie) => call('POST', `/api/employees/${inSales}/notes`, cookie, note()),
      },
      {
        name: 'list documents',
        permission: 'dossier.documents',
        expected: 200,
        run: (cookie) => call('GET', `/api/employees/${inSales}/documents`, cookie),
      },
      {
        name: 'upload document',
        permission: 'dossier.documents',
        expected: 201,
        run: (cookie) => upload(inSales, cookie, { name: 'a.pdf', content: samplePdf() }),
      },
      {
        name: 'download document',
        permission: 'dossier.documents',
        expected: 200,
        run: async (cookie) => {
          const document = await uploadedDocument();
          return call('GET', `/api/employees/${inSales}/documents/${document.id}/content`, cookie);
        },
      },
      {
        name: 'withdraw document',
        permission: 'dossier.documents',
        expected: 200,
        run: async (cookie) => {
          const document = await uploadedDocument();
          return call(
            'POST',
            `/api/employees/${inSales}/documents/${document.id}/withdraw`,
            cookie,
            { reason: 'Dubbel' },
          );
        },
      },
      {
        name: 'list medical notes',
        permission: 'medical.notes',
        expected: 200,
        run: (cookie) => call('GET', `/api/employees/${inSales}/medical-notes`, cookie),
      },
      {
        name: 'add medical note',
        permission: 'medical.notes',
        expected: 201,
        run: (cookie) =>
          call('POST', `/api/employees/${inSales}/medical-notes`, cookie, { text: 'Controle' }),
      },
    ];

    for (const role of [...employerRoles, ...operatorRoles]) {
      for (const route of routes) {
        const allowed = roleHasPermission(role, route.permission);
        it(`${role}: ${route.name} → ${allowed ? route.expected : 403}`, async () => {
          const response = await route.run(cookieOf(role));
          expect(response.statusCode).toBe(allowed ? route.expected : 403);
        });
      }
    }

    it('refuses every route without a session', async () => {
      expect((await call('GET', `/api/employees/${inSales}/notes`, '')).statusCode).toBe(401);
      expect((await call('GET', `/api/employees/${inSales}/medical-notes`, '')).statusCode).toBe(
        401,
      );
    });
  });

  describe('other employers and the dossier scope', () => {
    const everyRoute = (employeeId: string, documentId: string) =>
      [
        ['GET', `/api/employees/${employeeId}/notes`, undefined],
        ['POST', `/api/employees/${employeeId}/notes`, note()],
        ['GET', `/api/employees/${employeeId}/documents`, undefined],
        ['GET', `/api/employees/${employeeId}/documents/${documentId}/content`, undefined],
        ['POST', `/api/employees/${employeeId}/documents/${documentId}/withdraw`, { reason: 'x' }],
      ] as const;

    it("answers 404 for another employer's employee and documents, as if they did not exist", async () => {
      const ours = await uploadedDocument();
      // B's super user asks for A's employee; A's super user for B's employee with A's document.
      for (const [cookie, [method, url, payload]] of [
        ...everyRoute(inSales, ours.id).map((route) => [otherCookie, route] as const),
        ...everyRoute(otherEmployee, ours.id).map(
          (route) => [cookieOf('super_user'), route] as const,
        ),
      ]) {
        const response = await call(method, url, cookie, payload);
        expect(response.statusCode, `${method} ${url}`).toBe(404);
      }
      const refusedUpload = await upload(inSales, otherCookie, {
        name: 'a.pdf',
        content: samplePdf(),
      });
      expect(refusedUpload.statusCode).toBe(404);
      const doctorElsewhere = await call(
        'GET',
        `/api/employees/${otherEmployee}/medical-notes`,
        cookieOf('company_doctor'),
      );
      expect(doctorElsewhere.statusCode).toBe(404);
    });

    it('answers 404 for a document of another employee of the same employer', async () => {
      const ofSales = await uploadedDocument(inSales);
      const response = await call(
        'GET',
        `/api/employees/${inKitchen}/documents/${ofSales.id}/content`,
        cookieOf('super_user'),
      );
      expect(response.statusCode).toBe(404);
    });

    it('answers 404 outside the dossier scope and 2xx inside it', async () => {
      const kitchenDocument = await uploadedDocument(inKitchen);
      for (const [method, url, payload] of everyRoute(inKitchen, kitchenDocument.id)) {
        const response = await call(method, url, scopedCookie, payload);
        expect(response.statusCode, `${method} ${url}`).toBe(404);
      }
      expect(
        (await upload(inKitchen, scopedCookie, { name: 'a.pdf', content: samplePdf() })).statusCode,
      ).toBe(404);
      const salesDocument = await uploadedDocument(inSales);
      for (const [method, url, payload] of everyRoute(inSales, salesDocument.id)) {
        const response = await call(method, url, scopedCookie, payload);
        expect(response.statusCode, `${method} ${url}`).toBeLessThan(300);
      }
    });

    it('refuses ids that are not ids with 400, as every route does (the one id schema)', async () => {
      const cookie = cookieOf('super_user');
      expect((await call('GET', '/api/employees/abc/notes', cookie)).statusCode).toBe(400);
      expect(
        (await call('GET', `/api/employees/${inSales}/documents/abc/content`, cookie)).statusCode,
      ).toBe(400);
    });
  });

  describe('medical notes (bedrijfsarts only)', () => {
    it('never returns medical text to any other role, on any route', async () => {
      const secret = `Medisch-${randomUUID()}`;
      const doctor = cookieOf('company_doctor');
      const added = await call('POST', `/api/employees/${inSales}/medical-notes`, doctor, {
        text: `Diagnose ${secret}`,
      });
      expect(added.statusCode).toBe(201);
      const own = await call('GET', `/api/employees/${inSales}/medical-notes`, doctor);
      expect(own.json<MedicalNoteListResponse>().notes.map((entry) => entry.text)).toContain(
        `Diagnose ${secret}`,
      );

      const document = await uploadedDocument();
      const others = [...employerRoles, ...operatorRoles].filter(
        (role) => role !== 'company_doctor',
      );
      for (const role of others) {
        const cookie = cookieOf(role);
        const responses = [
          await call('GET', `/api/employees/${inSales}/medical-notes`, cookie),
          await call('POST', `/api/employees/${inSales}/medical-notes`, cookie, { text: 'Poging' }),
          await call('GET', `/api/employees/${inSales}/notes`, cookie),
          await call('GET', `/api/employees/${inSales}/documents`, cookie),
          await call('GET', `/api/employees/${inSales}/documents/${document.id}/content`, cookie),
          await call('POST', `/api/employees/${inSales}/notes`, cookie, note()),
          await upload(inSales, cookie, { name: 'a.pdf', content: samplePdf() }),
          await call(
            'POST',
            `/api/employees/${inSales}/documents/${(await uploadedDocument()).id}/withdraw`,
            cookie,
            { reason: 'Dubbel' },
          ),
        ];
        expect(responses[0]?.statusCode, role).toBe(403);
        expect(responses[1]?.statusCode, role).toBe(403);
        for (const response of responses) {
          expect(response.body, role).not.toContain(secret);
        }
      }

      // At rest: sealed, and not in the audit log either.
      const { rows } = await context.database.sql.query<{ sealed_text: string }>(
        'select sealed_text from medical_notes where employee_id = $1',
        [inSales],
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.sealed_text).not.toContain(secret);
      const audit = await context.database.sql.query<{ n: number }>(
        `select count(*)::int as n from audit_log where details::text like $1`,
        [`%${secret}%`],
      );
      expect(audit.rows[0]?.n).toBe(0);
      const [listed] = await auditRows('medical.notes_listed', inSales);
      expect(listed).toBeDefined();
    });

    it('a sealed note copied to another employee’s dossier does not open there', async () => {
      const doctor = cookieOf('company_doctor');
      await call('POST', `/api/employees/${inKitchen}/medical-notes`, doctor, { text: 'Eigen' });
      await context.database.sql.query(
        `insert into medical_notes (employer_id, employee_id, sealed_text, author_user_id, author_name, created_at)
         select employer_id, $2, sealed_text, author_user_id, author_name, created_at
         from medical_notes where employee_id = $1`,
        [inKitchen, copyTarget],
      );
      const response = await call('GET', `/api/employees/${copyTarget}/medical-notes`, doctor);
      expect(response.statusCode).toBe(500);
      expect(response.body).not.toContain('Eigen');
    });
  });
});
