/**
 * Writes a synthetic employer (synthetic.models.ts) into the real schema with multi-row inserts,
 * straight into the tables as an import would (the read-model triggers of migration 0009 run as
 * for any other write), so that 100,000 employees with five years of history load in minutes.
 * The caller decides which cases go in this way: the demo opens its running cases through the
 * use cases instead, so that they get their tasks.
 */
import type { Db } from '../db/connection.js';
import type { AuthorizedEmployerId } from '../db/tenancy.js';
import { cases, caseSegments, pregnancyDetails } from '../modules/cases/cases.table.js';
import {
  normaliseForSearch,
  searchKeyForName,
  searchKeysForName,
} from '../modules/employees/employees.search.models.js';
import {
  employeeNameKeys,
  employees,
  employments,
  employmentVersions,
} from '../modules/employees/employees.table.js';
import type { SyntheticCase, SyntheticEmployee } from './synthetic.models.js';

/** Rows per statement: well under PostgreSQL's 65,535 parameters for the widest table. */
const batchSize = 1_000;

async function insertInBatches<Row>(
  rows: readonly Row[],
  insert: (batch: Row[]) => Promise<unknown>,
) {
  for (let start = 0; start < rows.length; start += batchSize) {
    await insert(rows.slice(start, start + batchSize));
  }
}

/** Inserts the employees, their employments and the cases `include` accepts (all by default). */
export async function insertSyntheticEmployees(
  db: Db,
  employerId: AuthorizedEmployerId,
  people: readonly SyntheticEmployee[],
  include: (item: SyntheticCase) => boolean = () => true,
): Promise<{ employees: number; cases: number }> {
  const employeeRows = people.map((person) => {
    const endDates = person.employments.map((employment) => employment.endDate);
    return {
      id: person.id,
      employerId,
      personnelNumber: person.personnelNumber,
      firstName: person.firstName,
      initials: `${person.firstName[0]}.`,
      namePrefix: person.namePrefix,
      lastName: person.lastName,
      gender: person.gender,
      dateOfBirth: person.dateOfBirth,
      sortKey: searchKeyForName(person),
      firstNameKey: normaliseForSearch(person.firstName),
      serviceEndDate: endDates.includes(null) ? null : (endDates.sort().at(-1) ?? null),
    };
  });
  await insertInBatches(employeeRows, (batch) => db.insert(employees).values(batch));
  // The copies a name search answers from (migration 0008), as the repository writes them.
  const keyRows = employeeRows.flatMap((row) =>
    searchKeysForName(row).map((key) => ({
      employerId,
      employeeId: row.id,
      key,
      sortKey: row.sortKey,
      serviceEndDate: row.serviceEndDate,
    })),
  );
  await insertInBatches(keyRows, (batch) =>
    db.insert(employeeNameKeys).values(batch).onConflictDoNothing(),
  );
  const allEmployments = people.flatMap((person) =>
    person.employments.map((employment) => ({ person, employment })),
  );
  await insertInBatches(allEmployments, (batch) =>
    db.insert(employments).values(
      batch.map(({ person, employment }) => ({
        id: employment.id,
        employerId,
        employeeId: person.id,
        number: employment.number,
        startDate: employment.startDate,
        endDate: employment.endDate,
        endReason: employment.endDate === null ? null : 'none',
      })),
    ),
  );
  const versionRows = allEmployments.flatMap(({ employment }) =>
    employment.versions.map((version) => ({
      employerId,
      employmentId: employment.id,
      validFrom: version.validFrom,
      departmentId: version.departmentId,
      contractHoursPerWeek: version.contractHoursPerWeek.toFixed(2),
      functionName: version.functionName,
      employmentType: version.employmentType,
    })),
  );
  await insertInBatches(versionRows, (batch) => db.insert(employmentVersions).values(batch));

  const caseRows = people.flatMap((person) =>
    person.cases.filter(include).map((item) => ({ person, item })),
  );
  await insertInBatches(caseRows, (batch) =>
    db.insert(cases).values(
      batch.map(({ person, item }) => ({
        id: item.id,
        employerId,
        employeeId: person.id,
        employmentId: item.employmentId,
        kind: item.kind,
        classification: item.classification,
        firstDay: item.firstDay,
        lastDay: item.lastDay,
        endReason: item.endReason,
        previousCaseId: item.previousCaseId,
      })),
    ),
  );
  const segmentRows = caseRows.flatMap(({ item }) =>
    item.segments.map((segment) => ({ employerId, caseId: item.id, ...segment })),
  );
  await insertInBatches(segmentRows, (batch) => db.insert(caseSegments).values(batch));
  const pregnancyRows = caseRows.flatMap(({ item }) =>
    item.pregnancy === null
      ? []
      : [{ caseId: item.id, employerId, multipleBirth: false, ...item.pregnancy }],
  );
  await insertInBatches(pregnancyRows, (batch) => db.insert(pregnancyDetails).values(batch));
  return { employees: people.length, cases: caseRows.length };
}
