/**
 * Writes a random history of the statistics oracle (reports-oracle.ts) into the database as an
 * employer of its own, so that the reports computed in the database can be held to the
 * day-by-day oracle: its departments, employees e1–e3, employments and sickness episodes, with
 * the oracle's ids mapped to the stored ones.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { type AuthorizedEmployerId, trustEmployerId } from '../db/tenancy.js';
import { employers } from '../modules/organisation/organisation.table.js';
import type { StatisticsScope } from '../modules/reports/reports.models.js';
import type { SyntheticEmployee } from '../seed/synthetic.models.js';
import { insertSyntheticEmployees } from '../seed/synthetic.js';
import type { TestApp } from './app.js';
import { departments, type History } from './reports-oracle.js';

export type StoredHistory = {
  employerId: AuthorizedEmployerId;
  /** Oracle id (a department or e1–e3) → stored id, and back. */
  idOf: (oracleId: string) => string;
  oracleIdOf: (storedId: string) => string;
  scope: StatisticsScope;
};

export async function storeHistory(testApp: TestApp, history: History): Promise<StoredHistory> {
  const { organisation } = testApp.modules;
  const { db } = testApp.platform.database;
  const employer = await organisation.createEmployer({ name: `Historie ${randomUUID()}` });
  const employerId = trustEmployerId(employer.id);
  await db
    .update(employers)
    .set({ fullTimeHoursPerWeek: String(history.fullTimeHours) })
    .where(eq(employers.id, employerId));
  const ids = new Map<string, string>();
  for (const department of departments) {
    const parentId = department.parentId === null ? null : (ids.get(department.parentId) ?? null);
    const stored = await organisation.createDepartment(employerId, {
      name: department.name,
      parentId,
    });
    ids.set(department.id, stored.id);
  }
  const idOf = (oracleId: string) => ids.get(oracleId) as string;
  const people: SyntheticEmployee[] = ['e1', 'e2', 'e3'].map((oracleId, index) => {
    ids.set(oracleId, randomUUID());
    const employments = history.employments
      .filter((employment) => employment.employeeId === oracleId)
      .map((employment, number) => ({
        id: randomUUID(),
        number: number + 1,
        startDate: employment.startDate,
        endDate: employment.endDate,
        versions: employment.versions.map((version) => ({
          ...version,
          departmentId: idOf(version.departmentId),
          functionName: 'Medewerker',
          employmentType: 'permanent' as const,
        })),
      }));
    return {
      id: idOf(oracleId),
      personnelNumber: String(index + 1),
      firstName: 'Eva',
      namePrefix: null,
      lastName: oracleId,
      gender: 'f',
      dateOfBirth: '1980-01-01',
      employments,
      cases: history.episodes
        .filter((episode) => episode.employeeId === oracleId)
        .map((episode) => ({
          id: randomUUID(),
          employmentId: employments[0]?.id as string,
          kind: 'sickness' as const,
          classification: 'illness' as const,
          firstDay: episode.firstDay,
          lastDay: episode.lastDay,
          endReason: episode.lastDay === null ? null : ('recovered' as const),
          previousCaseId: null,
          segments: [...episode.segments],
          pregnancy: null,
        })),
    };
  });
  await insertSyntheticEmployees(db, employerId, people);
  const oracleIds = new Map([...ids].map(([oracleId, stored]) => [stored, oracleId]));
  return {
    employerId,
    idOf,
    oracleIdOf: (storedId) => oracleIds.get(storedId) as string,
    scope:
      history.scope.kind === 'employer'
        ? history.scope
        : {
            kind: 'selection',
            departmentIds: history.scope.departmentIds.map(idOf),
            employeeIds: history.scope.employeeIds.map(idOf),
          },
  };
}
