import { eq } from 'drizzle-orm';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AbsencePerEmployeeReport,
  CaseHistoryReport,
  InsurerCasesReport,
} from '../../../contracts/report-lists.js';
import { type AuthorizedEmployerId, trustEmployerId } from '../../db/tenancy.js';
import {
  createTestApp,
  createTestUser,
  fetchHeaders,
  logIn,
  type TestApp,
  type TestUser,
} from '../../test/app.js';
import { insertCase } from '../../test/cases.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { pdfPages, workbookOf } from '../../test/reports.js';
import { setScope } from '../../test/scope.js';
import type { ReportExport } from '../../../contracts/report-exports.js';
import { listAuditEntries } from '../../platform/audit/audit.js';
import { dossierNotes } from '../dossier/dossier.table.js';
import { employers } from '../organisation/organisation.table.js';

const quarter = 'from=2025-01-01&to=2025-03-31';
const lists = {
  perEmployee: 'verzuim-per-medewerker',
  insurer: 'ziektetrajecten-per-verzekeraar',
  history: 'trajecthistorie',
} as const;

describeEachDatabase(
  'The list reports (OverzichtVerzuimPerMedewerker, verzekeraar, Trajecthistorie)',
  (context) => {
    let testApp: TestApp;
    let employerId: AuthorizedEmployerId;
    let superUser: TestUser;
    let cookie: string;
    let otherEmployerId: string;
    const units: Record<string, string> = {};
    const people: Record<string, string> = {};
    const caseIds: Record<string, string> = {};

    const addCase = (
      employer: string,
      employeeId: string,
      values: Parameters<typeof insertCase>[3],
    ) => insertCase(testApp, employer, employeeId, values);

    function call(list: string, query: string, as = cookie) {
      return testApp.app.inject({
        method: 'GET',
        url: `/api/reports/${list}?${query}`,
        headers: { ...fetchHeaders, cookie: as },
      });
    }

    async function report<T>(list: string, query: string, as = cookie): Promise<T> {
      const response = await call(list, query, as);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<T>();
    }

    async function listWorkbook(list: string, query: string) {
      const response = await call(list, `${query}&format=xlsx`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
      const workbook = await workbookOf(response.rawPayload);
      return { workbook, disposition: String(response.headers['content-disposition']) };
    }

    beforeAll(async () => {
      testApp = await createTestApp(context.database);
      superUser = await createTestUser(testApp);
      employerId = trustEmployerId(superUser.employerId);
      cookie = await logIn(testApp, superUser);
      const { organisation, employees } = testApp.modules;
      const unit = async (name: string, parentId: string | null = null) =>
        (await organisation.createDepartment(employerId, { name, parentId })).id;
      units.zorg = await unit('Zorg');
      units.wijk = await unit('Wijkteam', units.zorg);
      units.keuken = await unit('Keuken');
      const hire = (
        departmentId: string,
        firstName: string,
        lastName: string,
        namePrefix?: string,
      ) =>
        hireEmployee(
          employees,
          employerId,
          { departmentId, startDate: '2024-06-01' },
          { firstName, lastName, namePrefix, personnelNumber: `P-${lastName}` },
        );
      people.anna = await hire(units.zorg, 'Anna', 'Vries', 'de');
      people.bram = await hire(units.wijk, 'Bram', 'Bakker');
      people.cor = await hire(units.keuken, 'Cor', 'Albers');
      people.dirk = await hire(units.zorg, 'Dirk', 'Zwart');
      // Anna: ill, and a work accident flagged on it: two causes, two rows.
      caseIds.anna = await addCase(employerId, people.anna, {
        firstDay: '2025-01-06',
        lastDay: '2025-01-15',
        segments: [{ validFrom: '2025-01-06', percentage: 100 }],
        flags: [{ flag: 'work_accident', setOn: '2025-01-07' }],
      });
      // Bram: a safety-net case still open, partly recovered, with advice and therapeutic work.
      caseIds.bram = await addCase(employerId, people.bram, {
        classification: 'no_risk_policy',
        firstDay: '2025-03-01',
        lastDay: null,
        segments: [
          { validFrom: '2025-03-01', percentage: 100 },
          { validFrom: '2025-03-15', percentage: 50 },
        ],
        flags: [
          { flag: 'work_resumption_advice_start', setOn: '2025-03-18' },
          { flag: 'therapeutic_work_start', setOn: '2025-03-20' },
        ],
      });
      caseIds.bramPregnancy = await addCase(employerId, people.bram, {
        kind: 'pregnancy',
        firstDay: '2025-01-20',
        lastDay: '2025-02-20',
      });
      caseIds.cor = await addCase(employerId, people.cor, {
        firstDay: '2025-02-10',
        lastDay: '2025-03-01',
        segments: [
          { validFrom: '2025-02-10', percentage: 100 },
          { validFrom: '2025-02-20', percentage: 50 },
        ],
      });
      // Dirk's episode lies before the period: in no list.
      await addCase(employerId, people.dirk, {
        firstDay: '2024-10-01',
        lastDay: '2024-10-05',
        segments: [{ validFrom: '2024-10-01', percentage: 100 }],
      });
      await testApp.platform.database.db.insert(dossierNotes).values({
        employerId,
        employeeId: people.anna,
        caseId: caseIds.anna,
        contactDate: '2025-01-08',
        contactType: 'phone',
        text: 'Gebeld over de voortgang',
        authorUserId: superUser.userId,
        authorName: 'Test Gebruiker',
        createdAt: new Date('2025-01-08T10:00:00Z'),
      });
      // Another employer's sick employee is never listed.
      const other = await createTestUser(testApp);
      const otherEmployer = trustEmployerId(other.employerId);
      otherEmployerId = otherEmployer;
      units.elsewhere = await (async () =>
        (await organisation.createDepartment(otherEmployer, { name: 'Elders', parentId: null }))
          .id)();
      const stranger = await hireEmployee(employees, otherEmployer, {
        departmentId: units.elsewhere,
      });
      await addCase(otherEmployer, stranger, {
        firstDay: '2025-01-02',
        lastDay: null,
        segments: [{ validFrom: '2025-01-02', percentage: 100 }],
      });
    });
    afterAll(() => testApp.close());

    describe('OverzichtVerzuimPerMedewerker', () => {
      it('lists the sick periods overlapping the period, a row per cause, by department, last name, start', async () => {
        const body = await report<AbsencePerEmployeeReport>(lists.perEmployee, quarter);
        expect(body.rows.map((row) => [row.department, row.employeeName, row.cause])).toEqual([
          ['Keuken', 'Albers, Cor', 'illness'],
          // A safety-net kind is shown to an employer role only as "vangnet".
          ['Wijkteam', 'Bakker, Bram', null],
          ['Zorg', 'Vries, Anna de', 'illness'],
          ['Zorg', 'Vries, Anna de', 'work_accident'],
        ]);
        const [cor, bram, anna] = body.rows;
        expect(cor).toMatchObject({
          firstSickDay: '2025-02-10',
          lastSickDay: '2025-03-01',
          daysInPeriod: 20,
          absenceDaysInPeriod: 15,
          percentage: 50,
          personnelNumber: 'P-Albers',
          safetyNet: false,
        });
        expect(bram).toMatchObject({
          lastSickDay: null,
          daysInPeriod: 31,
          absenceDaysInPeriod: 14 + 17 / 2,
          safetyNet: true,
        });
        expect(anna).toMatchObject({ daysInPeriod: 10, absenceDaysInPeriod: 10, percentage: 100 });
      });

      it('counts Monday–Friday with the working-days method', async () => {
        const body = await report<AbsencePerEmployeeReport>(
          lists.perEmployee,
          `${quarter}&method=working`,
        );
        // Anna: Monday 6 to Wednesday 15 January.
        expect(body.rows.find((row) => row.cause === 'work_accident')?.daysInPeriod).toBe(8);
      });

      it('takes the selected units with their sub-units', async () => {
        const body = await report<AbsencePerEmployeeReport>(
          lists.perEmployee,
          `${quarter}&unitIds=${units.zorg}`,
        );
        expect(body.rows.map((row) => row.employeeName)).toEqual([
          'Bakker, Bram',
          'Vries, Anna de',
          'Vries, Anna de',
        ]);
        expect(body.selectedUnits).toEqual([{ id: units.zorg, name: 'Zorg' }]);
      });

      it('exports a streamed workbook with real dates and numbers, frozen header, filters', async () => {
        const { workbook, disposition } = await listWorkbook(lists.perEmployee, quarter);
        expect(disposition).toContain('verzuim-per-medewerker-2025-01-01-2025-03-31.xlsx');
        expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
          'Verzuim per medewerker',
          'Gekozen filters',
        ]);
        const sheet = workbook.getWorksheet('Verzuim per medewerker') as ExcelJS.Worksheet;
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
        expect(sheet.autoFilter).toBeTruthy();
        expect(sheet.getCell('A1').value).toBe('Afdeling');
        expect(sheet.rowCount).toBe(1 + 4);
        expect(sheet.getCell('B2').value).toBe('Albers, Cor');
        expect(sheet.getCell('D2').value).toEqual(new Date('2025-02-10T00:00:00Z'));
        expect(sheet.getCell('F2').value).toBe(20);
        expect(sheet.getCell('G2').value).toBe(15);
        expect(sheet.getCell('I3').value).toBe('Vangnet');
        expect(sheet.getCell('J3').value).toBe(true);
        const filters = workbook.getWorksheet('Gekozen filters') as ExcelJS.Worksheet;
        expect(filters.getCell('B3').value).toEqual(new Date('2025-01-01T00:00:00Z'));
        expect(filters.getCell('B6').value).toBe('Hele werkgever');
      });
    });

    describe('Ziektetrajecten per verzekeraar', () => {
      it('gives per sickness case the dates and flags the insurer needs, in one group without insurer', async () => {
        const body = await report<InsurerCasesReport>(lists.insurer, quarter);
        expect(body.insurers).toHaveLength(1);
        expect(body.insurers[0]?.insurer).toBeNull();
        const rows = body.insurers[0]?.rows ?? [];
        expect(rows.map((row) => row.employeeName)).toEqual([
          'Albers, Cor',
          'Bakker, Bram',
          'Vries, Anna de',
        ]);
        expect(rows[0]).toMatchObject({
          reportDate: '2025-02-10',
          initialPercentage: 100,
          partialRecoveryStart: '2025-02-20',
          workAccident: false,
          safetyNet: false,
        });
        expect(rows[1]).toMatchObject({
          partialRecoveryStart: '2025-03-15',
          workResumptionAdviceStart: '2025-03-18',
          therapeuticWorkStart: '2025-03-20',
          safetyNet: true,
        });
        expect(rows[2]).toMatchObject({
          partialRecoveryStart: null,
          workAccident: true,
          privateAccident: false,
          thirdPartyLiability: false,
          labourConflict: false,
        });
      });

      it('exports the rows with the insurer column', async () => {
        const { workbook } = await listWorkbook(lists.insurer, quarter);
        const sheet = workbook.getWorksheet('Ziektetrajecten') as ExcelJS.Worksheet;
        expect(sheet.getCell('A2').value).toBe('Niet vastgelegd');
        expect(sheet.getCell('E3').value).toEqual(new Date('2025-03-01T00:00:00Z'));
        expect(sheet.getCell('I3').value).toEqual(new Date('2025-03-15T00:00:00Z'));
        expect(sheet.getCell('M4').value).toBe(true);
      });

      it("groups by the employer's verzuimverzekeraar once recorded, never another employer's", async () => {
        const db = testApp.platform.database.db;
        const setInsurer = (id: string, absenceInsurer: string | null) =>
          db.update(employers).set({ absenceInsurer }).where(eq(employers.id, id));
        await setInsurer(employerId, 'Zeker Verzuim NV');
        await setInsurer(otherEmployerId, 'Elders Verzekerd NV');
        try {
          const body = await report<InsurerCasesReport>(lists.insurer, quarter);
          expect(body.insurers.map((group) => group.insurer)).toEqual(['Zeker Verzuim NV']);
          expect(body.insurers[0]?.rows).toHaveLength(3);
          const { workbook } = await listWorkbook(lists.insurer, quarter);
          const sheet = workbook.getWorksheet('Ziektetrajecten') as ExcelJS.Worksheet;
          expect([2, 3, 4].map((row) => sheet.getCell(`A${row}`).value)).toEqual([
            'Zeker Verzuim NV',
            'Zeker Verzuim NV',
            'Zeker Verzuim NV',
          ]);
          const pdf = await call(lists.insurer, `${quarter}&format=pdf`);
          const text = (await pdfPages(pdf.rawPayload)).join('\n');
          expect(text).toContain('Ziektetrajecten van verzekeraar Zeker Verzuim NV');
          expect(text).not.toContain('Elders Verzekerd NV');
          expect(text).not.toContain('Niet vastgelegd');
        } finally {
          await setInsurer(employerId, null);
        }
      });
    });

    describe('Trajecthistorie', () => {
      it('gives employer, employee, each case with its history and notes', async () => {
        const body = await report<CaseHistoryReport>(lists.history, quarter);
        expect(body.notesIncluded).toBe(true);
        expect(body.employer).toMatch(/^Werkgever /);
        expect(body.cases.map((row) => [row.employeeName, row.protocol, row.status])).toEqual([
          ['Albers, Cor', 'WVP', 'closed'],
          ['Bakker, Bram', 'WAZO', 'closed'],
          ['Bakker, Bram', 'WVP', 'open'],
          ['Vries, Anna de', 'WVP', 'closed'],
        ]);
        expect(body.cases[0]?.history).toEqual([
          { from: '2025-02-10', to: '2025-02-19', percentage: 100 },
          { from: '2025-02-20', to: '2025-03-01', percentage: 50 },
        ]);
        expect(body.cases[3]?.notes).toEqual([
          {
            contactDate: '2025-01-08',
            contactType: 'phone',
            text: 'Gebeld over de voortgang',
            authorName: 'Test Gebruiker',
          },
        ]);
        expect(body.cases[3]?.flags).toEqual([{ flag: 'work_accident', setOn: '2025-01-07' }]);
      });

      it('filters by protocol and case status', async () => {
        const wazo = await report<CaseHistoryReport>(lists.history, `${quarter}&protocols=WAZO`);
        expect(wazo.cases.map((row) => row.caseId)).toEqual([caseIds.bramPregnancy]);
        const open = await report<CaseHistoryReport>(lists.history, `${quarter}&status=open`);
        expect(open.cases.map((row) => row.caseId)).toEqual([caseIds.bram]);
        expect(open.status).toBe('open');
        const both = await report<CaseHistoryReport>(
          lists.history,
          `${quarter}&protocols=WVP,WAZO&status=closed`,
        );
        expect(both.cases).toHaveLength(3);
        expect((await call(lists.history, `${quarter}&protocols=ARBO`)).statusCode).toBe(400);
        expect((await call(lists.history, `${quarter}&status=sleeping`)).statusCode).toBe(400);
      });

      it('leaves the notes out for a role that may not read them', async () => {
        // Every role with statistics may read notes today; the use case asks the dossier's
        // permission, so a role without it gets the report without notes.
        const body = await testApp.modules.reports.caseHistory(
          {
            userId: superUser.userId,
            role: 'super_user_integration_sick_only',
            employerId,
            scope: { kind: 'employer' },
            ip: '127.0.0.1',
            requestId: 'test',
          },
          { from: '2025-01-01', to: '2025-03-31', method: 'calendar', level: 1 },
        );
        expect(body.notesIncluded).toBe(false);
        expect(body.cases).toHaveLength(4);
        expect(body.cases.flatMap((row) => row.notes)).toEqual([]);
      });

      it('exports cases, history and notes sheets', async () => {
        const { workbook } = await listWorkbook(lists.history, quarter);
        expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
          'Trajecten',
          'Verloop',
          'Notities',
          'Gekozen filters',
        ]);
        const notes = workbook.getWorksheet('Notities') as ExcelJS.Worksheet;
        expect(notes.getCell('H2').value).toBe('Gebeld over de voortgang');
        const history = workbook.getWorksheet('Verloop') as ExcelJS.Worksheet;
        expect(history.rowCount).toBe(1 + 2 + 2 + 1);
      });
    });

    describe('PDF', () => {
      async function pdfOf(list: string, query: string) {
        const response = await call(list, `${query}&format=pdf`);
        expect(response.statusCode, response.body).toBe(200);
        expect(response.headers['content-type']).toBe('application/pdf');
        expect(response.headers['content-disposition']).toContain('-2025-01-01-2025-03-31.pdf');
        const pages = await pdfPages(response.rawPayload);
        pages.forEach((page, index) =>
          expect(page).toContain(`pagina ${index + 1} van ${pages.length}`),
        );
        expect(pages.at(-1)).toContain('Toelichting');
        return pages;
      }

      it('prints OverzichtVerzuimPerMedewerker: the rows, causes and what the day columns mean', async () => {
        const pages = await pdfOf(lists.perEmployee, quarter);
        expect(pages[0]).toContain('OverzichtVerzuimPerMedewerker');
        const all = pages.join('\n');
        expect(all).toContain('Albers, Cor');
        expect(all).toContain('10-02-2025');
        expect(all).toContain('Vangnet');
        expect(all).toContain('22,50');
        expect(pages.at(-1)).toContain('Verzuimdagen (naar %):');
      });

      it('prints the Ziektetrajecten per verzekeraar per insurer', async () => {
        const pages = await pdfOf(lists.insurer, quarter);
        expect(pages.join('\n')).toContain('Ziektetrajecten van verzekeraar Niet vastgelegd');
        expect(pages.join('\n')).toContain('Bakker, Bram');
      });

      it('prints the Trajecthistorie with the course and the notes, and its own filters', async () => {
        const pages = await pdfOf(lists.history, `${quarter}&status=closed`);
        expect(pages[0]).toContain('Trajectstatus');
        expect(pages[0]).toContain('Afgesloten');
        const all = pages.join('\n');
        expect(all).toContain('Gebeld over de voortgang');
        expect(all).toContain('20-02-2025 – 01-03-2025: 50%');
        expect(all).not.toContain('Lopend');
      });
    });

    describe('every list', () => {
      it("lists only the employees in a limited-scope manager's scope", async () => {
        const manager = await createTestUser(testApp, {
          role: 'manager_without_reports',
          employerId,
        });
        await setScope(testApp, manager, { departmentIds: [units.keuken as string] });
        const as = await logIn(testApp, manager);
        const perEmployee = await report<AbsencePerEmployeeReport>(lists.perEmployee, quarter, as);
        expect(perEmployee.rows.map((row) => row.employeeId)).toEqual([people.cor]);
        const insurer = await report<InsurerCasesReport>(lists.insurer, quarter, as);
        expect(
          insurer.insurers.flatMap((group) => group.rows.map((row) => row.employeeId)),
        ).toEqual([people.cor]);
        const history = await report<CaseHistoryReport>(lists.history, quarter, as);
        expect(history.cases.map((row) => row.employeeId)).toEqual([people.cor]);
      });

      it("refuses another employer's units and roles without statistics", async () => {
        const reporter = await logIn(
          testApp,
          await createTestUser(testApp, { role: 'absence_reporter', employerId }),
        );
        for (const list of Object.values(lists)) {
          const foreign = await call(list, `${quarter}&unitIds=${units.elsewhere}`);
          expect(foreign.statusCode, list).toBe(400);
          expect(foreign.body).toContain('report_unit_unknown');
          expect((await call(list, quarter, reporter)).statusCode, list).toBe(403);
          expect((await call(list, 'from=2025-03-01&to=2025-01-01')).statusCode, list).toBe(400);
        }
      });
    });

    describe('background exports', () => {
      const period = { from: '2025-01-01', to: '2025-03-31' };

      /** Prepares an export in the background and answers it once its job has run. */
      async function prepared(body: Record<string, unknown>, as = cookie) {
        const response = await testApp.app.inject({
          method: 'POST',
          url: '/api/reports/exports',
          headers: { ...fetchHeaders, cookie: as },
          payload: { ...period, ...body },
        });
        expect(response.statusCode, response.body).toBe(202);
        await testApp.modules.reportExports.settled();
        const { id } = response.json<ReportExport>();
        const done = await testApp.app.inject({
          method: 'GET',
          url: `/api/reports/exports/${id}`,
          headers: { ...fetchHeaders, cookie: as },
        });
        const file = await testApp.app.inject({
          method: 'GET',
          url: `/api/reports/exports/${id}/file`,
          headers: { ...fetchHeaders, cookie: as },
        });
        expect(file.statusCode, file.body).toBe(200);
        return { export: done.json<ReportExport>(), file };
      }

      async function sheetsOf(payload: Buffer) {
        const workbook = await workbookOf(payload);
        return workbook.worksheets.map((sheet) => ({
          name: sheet.name,
          values: sheet.getSheetValues(),
        }));
      }

      it('prepares each list as Excel and PDF, the same workbook as the direct download', async () => {
        for (const list of Object.values(lists)) {
          const { export: made, file } = await prepared({ report: list, format: 'xlsx' });
          expect(made).toMatchObject({ status: 'done', progress: 100 });
          expect(made.fileName).toMatch(/-2025-01-01-2025-03-31\.xlsx$/);
          const direct = await call(list, `${quarter}&format=xlsx`);
          expect(made.fileName).toBe(
            /filename="([^"]+)"/.exec(String(direct.headers['content-disposition']))?.[1],
          );
          expect(await sheetsOf(file.rawPayload)).toEqual(await sheetsOf(direct.rawPayload));
          const pdf = await prepared({ report: list, format: 'pdf' });
          const pages = await pdfPages(pdf.file.rawPayload);
          expect(pages.at(-1)).toContain('Toelichting');
        }
      });

      it("keeps Trajecthistorie's filters, the requester's scope, and audits the notes it read", async () => {
        const audited = async () =>
          (await listAuditEntries(testApp.platform.database.db, { employerId, limit: 200 })).filter(
            (entry) => entry.action === 'dossier.notes_reported',
          );
        const before = (await audited()).length;
        const { file } = await prepared({
          report: lists.history,
          format: 'xlsx',
          protocols: ['WVP'],
          status: 'closed',
        });
        const direct = await call(
          lists.history,
          `${quarter}&protocols=WVP&status=closed&format=xlsx`,
        );
        expect(await sheetsOf(file.rawPayload)).toEqual(await sheetsOf(direct.rawPayload));
        const accidents = await prepared({
          report: lists.perEmployee,
          format: 'xlsx',
          causes: ['work_accident'],
          safetyNet: 'no',
        });
        const directAccidents = await call(
          lists.perEmployee,
          `${quarter}&causes=work_accident&safetyNet=no&format=xlsx`,
        );
        const accidentSheets = await sheetsOf(accidents.file.rawPayload);
        expect(accidentSheets).toEqual(await sheetsOf(directAccidents.rawPayload));
        expect(accidentSheets[0]?.values.filter(Boolean)).toHaveLength(2);
        const all = await call(lists.history, `${quarter}&format=xlsx`);
        expect(await sheetsOf(file.rawPayload)).not.toEqual(await sheetsOf(all.rawPayload));
        const entries = await audited();
        // One entry for the export's notes, one for the direct download's, one for the whole list.
        expect(entries).toHaveLength(before + 3);
        expect(entries.every((entry) => entry.userId === superUser.userId)).toBe(true);

        const manager = await createTestUser(testApp, {
          role: 'manager_without_reports',
          employerId,
        });
        await setScope(testApp, manager, { departmentIds: [units.keuken as string] });
        const as = await logIn(testApp, manager);
        const scoped = await prepared({ report: lists.perEmployee, format: 'xlsx' }, as);
        const sheets = await sheetsOf(scoped.file.rawPayload);
        // The header row and Cor's one row.
        expect(sheets[0]?.values.filter(Boolean)).toHaveLength(2);
      });

      it('refuses an unknown protocol, status or cause, and a cause the role is not shown, with 400', async () => {
        for (const body of [
          { report: lists.perEmployee, format: 'xlsx', causes: ['flu'] },
          { report: lists.perEmployee, format: 'xlsx', causes: ['organ_donation'] },
          { report: lists.perEmployee, format: 'xlsx', safetyNet: 'maybe' },
          { report: lists.history, format: 'xlsx', protocols: ['ARBO'] },
          { report: lists.history, format: 'xlsx', status: 'sleeping' },
          { report: lists.history, format: 'xlsx', protocols: 'WVP' },
        ]) {
          const response = await testApp.app.inject({
            method: 'POST',
            url: '/api/reports/exports',
            headers: { ...fetchHeaders, cookie },
            payload: { ...period, ...body },
          });
          expect(response.statusCode, JSON.stringify(body)).toBe(400);
        }
      });
    });
  },
);
