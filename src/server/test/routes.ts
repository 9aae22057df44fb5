import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Role } from '../../contracts/permissions.js';
import { sessions } from '../modules/auth/auth.table.js';
import { isOperatorRole } from '../modules/users/users.policies.js';
import { memberships, users } from '../modules/users/users.table.js';
import { createTestUser, logIn, type TestApp } from './app.js';

/**
 * What the walks over every API route share (access.test.ts, canonical-ids.test.ts): how a
 * route's `:param`s are filled, what kind of object an id names, and request bodies that pass
 * validation.
 */

/** Route parameters that are not ids, with a valid value. */
const paramValues: Record<string, string> = { flag: 'work_accident', tag: 'legal_proceedings' };

export const isIdParam = (param: string) => param === 'id' || param.endsWith('Id');

/** Fills `:param`s: ids with `id(param)` (a fresh uuid unless given), others with a valid value. */
export function pathOf(url: string, id: (param: string) => string = () => randomUUID()): string {
  return url.replace(/:([A-Za-z]+)/g, (_match, param: string) =>
    isIdParam(param) ? id(param) : (paramValues[param] ?? param),
  );
}

/**
 * The kind of object a route parameter names: `:employeeId` → employee; `:id` → the singular of
 * the path segment before it (`/api/employees/:id` → employee).
 */
export function kindOf(url: string, param: string): string {
  if (param !== 'id') return param.replace(/Id$/, '');
  const segments = url.split('/');
  const before = segments[segments.indexOf(':id') - 1] ?? '';
  return before.replace(/ies$/, 'y').replace(/s$/, '');
}

/** Request bodies that pass validation, so a write route reaches its ownership check. */
export const validBodies: Record<string, unknown> = {
  'PUT /api/employees/:employeeId/details': {
    firstName: 'Piet',
    lastName: 'Isolatie',
    gender: 'm',
    dateOfBirth: '1980-01-01',
  },
  'PUT /api/employees/:employeeId/manager': { userId: randomUUID() },
  'POST /api/employees/:employeeId/employments': {
    startDate: '2026-01-01',
    // A department of the requesting user's own employer, set when the fixtures exist.
    departmentId: '',
    employmentType: 'permanent',
    contractHoursPerWeek: 20,
  },
  'POST /api/employees/:employeeId/employments/:employmentId/correction': {
    contractHoursPerWeek: 30,
  },
  'POST /api/employees/:employeeId/employments/:employmentId/changes': {
    validFrom: '2026-02-01',
    contractHoursPerWeek: 30,
  },
  'PUT /api/employees/:employeeId/employments/:employmentId/end': { endDate: '2026-12-31' },
  'POST /api/employees/:employeeId/out-of-service': { date: '2026-12-31', reason: 'none' },
  'POST /api/employees/:employeeId/notes': {
    contactDate: '2026-03-02',
    contactType: 'phone',
    text: 'Gebeld over de voortgang.',
  },
  'POST /api/employees/:employeeId/documents/:documentId/withdraw': { reason: 'Verkeerd bestand' },
  'POST /api/employees/:employeeId/medical-notes': { text: 'Medisch' },
  'POST /api/employees/:employeeId/functional-advice': {
    workPossible: 'Licht administratief werk',
    expectedDuration: 'Twee weken',
  },
  'POST /api/employees/:employeeId/feedback': {
    consultationDate: '2026-03-02',
    text: 'Consult gehad; opbouw in uren besproken.',
  },
  'POST /api/employees/:employeeId/reintegration-documents': {
    kind: 'problem_analysis',
    caseId: randomUUID(),
  },
  'PUT /api/employees/:employeeId/reintegration-documents/:documentId': {
    version: 1,
    fields: { goal: 'Terug in eigen werk' },
  },
  'POST /api/employees/:employeeId/reintegration-documents/:documentId/sign-off': {
    party: 'employee',
  },
  'POST /api/employees/:employeeId/cases': {
    classification: 'illness',
    firstSickDay: '2026-03-02',
    percentage: 100,
  },
  'POST /api/employees/:employeeId/cases/preview': {
    firstSickDay: '2026-03-02',
    hoursNotWorked: 8,
  },
  'POST /api/employees/:employeeId/pregnancies': {
    expectedDelivery: '2026-09-01',
    multipleBirth: false,
  },
  'POST /api/cases/:caseId/percentage': { from: '2026-03-05', percentage: 50 },
  'POST /api/cases/:caseId/recovery': { lastSickDay: '2026-03-06' },
  'POST /api/tasks/:taskId/done': { doneOn: '2026-03-02' },
  'POST /api/tasks/:taskId/postpone': { dueDate: '2027-01-01', reason: 'later' },
  'POST /api/tasks/:taskId/cancel': { reason: 'not needed' },
  'PUT /api/tasks/:taskId/important': { important: true },
  'PUT /api/tasks/:taskId/assignee': { userId: null },
  'POST /api/cases/:caseId/end': { lastSickDay: '2026-03-06', reason: 'other' },
  'POST /api/cases/:caseId/correction': { percentage: 80 },
  'POST /api/cases/:caseId/pregnancy/correction': { multipleBirth: false },
  'POST /api/cases/:caseId/pregnancy/birth': { actualDelivery: '2026-09-01' },
  'POST /api/cases/:caseId/pregnancy/end': { lastDay: '2026-05-01', reason: 'other' },
  'PUT /api/cases/:caseId/flags/:flag': { setOn: '2026-03-02' },
  'PUT /api/users/:id/scope': {
    mode: 'explicit',
    wholeEmployer: false,
    departmentIds: [],
    employeeIds: [],
  },
  'PATCH /api/employees/:id/personal-data': { city: 'Utrecht' },
  'POST /api/employees/:id/personal-data/reveal': { purpose: 'view' },
  'PUT /api/vault/authorisation/:userId': { level: 'access' },
  'PATCH /api/organisation/departments/:id': { name: 'Zorg en welzijn' },
  'PUT /api/organisation/departments/:id/manager': { managerUserId: randomUUID() },
  'POST /api/vault/access-requests/:id/decision': { decision: 'approved' },
};

/** A real multipart upload of a tiny PDF, for the document upload route. */
export function pdfUpload(): { payload: Buffer; headers: Record<string, string> } {
  const boundary = 'verzuimisolation';
  const part = (name: string, value: string, extra = '') =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${extra}\r\n\r\n${value}\r\n`;
  const pdf = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';
  return {
    payload: Buffer.from(
      part('category', 'other') +
        part('file', pdf, '; filename="brief.pdf"\r\nContent-Type: application/pdf') +
        `--${boundary}--\r\n`,
    ),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A new arbodienst account with an operator `role` (no membership), logged in. */
export async function operatorUser(
  testApp: TestApp,
  role: Role,
): Promise<{ userId: string; cookie: string }> {
  const db = testApp.platform.database.db;
  const user = await createTestUser(testApp, { agreement: 'unsigned' });
  await db.delete(memberships).where(eq(memberships.userId, user.userId));
  await db.update(users).set({ operatorRole: role }).where(eq(users.id, user.userId));
  return { userId: user.userId, cookie: await logIn(testApp, user) };
}

/**
 * The session cookie of a new user with `role` acting for `employerId`: a member of it, or for an
 * operator role an arbodienst user without membership whose session has chosen the employer.
 */
export async function cookieAs(testApp: TestApp, role: Role, employerId: string): Promise<string> {
  const db = testApp.platform.database.db;
  const { userId, cookie } = isOperatorRole(role)
    ? await operatorUser(testApp, role)
    : await (async () => {
        const user = await createTestUser(testApp, { role, employerId });
        return { userId: user.userId, cookie: await logIn(testApp, user) };
      })();
  await db
    .update(sessions)
    .set({ activeEmployerId: employerId })
    .where(eq(sessions.userId, userId));
  return cookie;
}
