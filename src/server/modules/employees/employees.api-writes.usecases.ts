import {
  type ApiEmployeeUpsert,
  type ApiEmploymentUpsert,
  personnelNumberSchema,
} from '../../../contracts/api-v1-employees.js';
import type { ApiEmployeeKey } from '../../../contracts/api-v1.js';
import type { PersonalDetails } from '../../../contracts/employees.js';
import type { TenantDb } from '../../db/tenancy.js';
import { errors } from '../../platform/errors.js';
import type { AuditedActor, EmployeesContext } from './employees.context.js';
import { employeesErrors } from './employees.errors.js';
import { FieldProblems, pickDetails } from './employees.fields.js';
import { insertEmployment } from './employees.employments.repository.js';
import { createEmployeesRepository } from './employees.repository.js';
import type {
  EmploymentVersion,
  EmploymentWithVersions,
  ScopedEmployee,
} from './employees.rows.js';

type Terms = Omit<EmploymentVersion, 'id' | 'employmentId'>;

/** A version of the body as stored: the optional texts null, the hours a number. */
function termsOf(version: ApiEmploymentUpsert['versions'][number]): Terms {
  return {
    validFrom: version.validFrom,
    departmentId: version.departmentId,
    contractHoursPerWeek: version.contractHoursPerWeek,
    functionName: version.functionName ?? null,
    functionGroup: version.functionGroup ?? null,
    employmentType: version.employmentType,
    noRiskPolicy: version.noRiskPolicy,
  };
}

const sameTerms = (a: Terms, b: Terms): boolean =>
  a.departmentId === b.departmentId &&
  Number(a.contractHoursPerWeek).toFixed(2) === Number(b.contractHoursPerWeek).toFixed(2) &&
  a.functionName === b.functionName &&
  a.functionGroup === b.functionGroup &&
  a.employmentType === b.employmentType &&
  a.noRiskPolicy === b.noRiskPolicy;

/** What the upsert does to one employment of the body: add it, or bring a stored one in line. */
type EmploymentPlan = {
  index: number;
  given: ApiEmploymentUpsert;
  stored: EmploymentWithVersions | undefined;
  removed: EmploymentVersion[];
  updated: { id: string; terms: Terms }[];
  added: Terms[];
  employmentChanged: boolean;
};

function planEmployment(
  index: number,
  given: ApiEmploymentUpsert,
  stored: EmploymentWithVersions | undefined,
): EmploymentPlan {
  const wanted = given.versions.map(termsOf);
  if (!stored) {
    return {
      index,
      given,
      stored,
      removed: [],
      updated: [],
      added: wanted,
      employmentChanged: true,
    };
  }
  const byDate = new Map(stored.versions.map((version) => [version.validFrom, version]));
  const wantedDates = new Set(wanted.map((terms) => terms.validFrom));
  const updated: EmploymentPlan['updated'] = [];
  const added: Terms[] = [];
  for (const terms of wanted) {
    const existing = byDate.get(terms.validFrom);
    if (!existing) added.push(terms);
    else if (!sameTerms(existing, terms)) updated.push({ id: existing.id, terms });
  }
  return {
    index,
    given,
    stored,
    removed: stored.versions.filter((version) => !wantedDates.has(version.validFrom)),
    updated,
    added,
    employmentChanged:
      stored.startDate !== given.startDate ||
      stored.contractStartDate !== given.contractStartDate ||
      stored.endDate !== given.endDate ||
      stored.hrEmploymentId !== given.hrEmploymentId,
  };
}

const planChanges = (plan: EmploymentPlan): boolean =>
  plan.employmentChanged ||
  plan.removed.length > 0 ||
  plan.updated.length > 0 ||
  plan.added.length > 0;

/** The REST API v1's employee write (integration module), inside the caller's transaction. */
export function apiWriteUseCases(context: EmployeesContext) {
  const { today, clock } = context;
  return {
    /**
     * Upserts the employee addressed by `key` as the HR system holds it: its personal details,
     * and each employment of the body (matched by `hrEmploymentId`, or a stored one without it
     * that starts on the same day) with exactly the given history of versions; employments not
     * in the body are left as they are. Nothing changes when the stored state already is the
     * body's, so a replay writes nothing. An id that is no employee of the employer: 404; a
     * personnel number that is none: the employee is created. Runs in `tx`, the API's request
     * transaction, which checked the employer's HR-integration mode; audited per change.
     */
    async apiUpsertEmployeeIn(
      tx: TenantDb,
      actor: AuditedActor,
      key: ApiEmployeeKey,
      body: ApiEmployeeUpsert,
    ): Promise<{ id: string; created: boolean }> {
      const repository = createEmployeesRepository(tx);
      const employerId = actor.employerId;
      const problems = new FieldProblems(today());
      problems.date('dateOfBirth', body.dateOfBirth, 'dateOfBirth');
      body.employments.forEach((employment, index) => {
        const prefix = `employments.${index}.`;
        problems.date(`${prefix}startDate`, employment.startDate, 'employmentDate');
        problems.date(`${prefix}contractStartDate`, employment.contractStartDate, 'employmentDate');
        problems.date(`${prefix}endDate`, employment.endDate, 'endDate');
        employment.versions.forEach((version, at) => {
          problems.date(`${prefix}versions.${at}.validFrom`, version.validFrom, 'employmentDate');
          problems.hours(
            `${prefix}versions.${at}.contractHoursPerWeek`,
            version.contractHoursPerWeek,
          );
        });
      });
      const keyNumber = 'personnelNumber' in key ? (key.personnelNumber ?? null) : null;
      if (
        keyNumber !== null &&
        body.personnelNumber !== undefined &&
        body.personnelNumber !== keyNumber
      ) {
        problems.add('personnelNumber', 'api_personnel_number_mismatch');
      }

      let stored: ScopedEmployee | undefined;
      if (keyNumber === null) {
        stored = await context.scopedEmployeeOr404(tx, actor, 'id' in key ? (key.id ?? '') : '');
      } else {
        await repository.lockPersonnelNumber(employerId, keyNumber);
        const [found] = await repository.employeesByHrKeys(employerId, [keyNumber], []);
        if (found) stored = await context.scopedEmployeeOr404(tx, actor, found.id);
      }
      if (!stored && keyNumber !== null) {
        const number = personnelNumberSchema.safeParse(keyNumber);
        if (!number.success) {
          problems.add('personnelNumber', keyNumber.length > 30 ? 'too_big' : 'invalid_hr_id');
        }
      }
      const personnelNumber = keyNumber ?? body.personnelNumber ?? stored?.personnelNumber ?? null;

      const storedEmployments = stored
        ? await repository.employmentsWithVersions(employerId, stored.id)
        : [];
      const claimed = new Set<string>();
      const plans = body.employments.map((given, index) => {
        const match =
          storedEmployments.find(
            (employment) => employment.hrEmploymentId === given.hrEmploymentId,
          ) ??
          storedEmployments.find(
            (employment) =>
              employment.hrEmploymentId === null &&
              employment.startDate === given.startDate &&
              !claimed.has(employment.id),
          );
        if (match) claimed.add(match.id);
        return planEmployment(index, given, match);
      });

      // The HR system's employment ids must not be another employee's.
      const owners = await repository.employeesByHrKeys(
        employerId,
        [],
        body.employments.map((employment) => employment.hrEmploymentId),
      );
      for (const plan of plans) {
        const owner = owners.find((candidate) =>
          candidate.employments.some(
            (employment) => employment.hrEmploymentId === plan.given.hrEmploymentId,
          ),
        );
        if (owner && owner.id !== stored?.id) {
          problems.add(`employments.${plan.index}.hrEmploymentId`, 'api_hr_employment_id_taken');
        }
      }
      // Departments are checked where the history changes: a replay stays valid after a
      // department closed, and a department of another employer is never accepted.
      await context.checkDepartments(
        tx,
        actor,
        problems,
        plans.flatMap((plan) => {
          const changed = new Set([
            ...plan.added.map((terms) => terms.validFrom),
            ...plan.updated.map((entry) => entry.terms.validFrom),
          ]);
          return plan.given.versions.flatMap((version, at) =>
            changed.has(version.validFrom)
              ? [
                  {
                    path: `employments.${plan.index}.versions.${at}.departmentId`,
                    departmentId: version.departmentId,
                  },
                ]
              : [],
          );
        }),
      );
      problems.throwIfAny();
      if (
        personnelNumber !== null &&
        (await repository.personnelNumberTaken(employerId, personnelNumber, stored?.id ?? null))
      ) {
        throw errors.invalidField('personnelNumber', 'personnel_number_taken');
      }

      const details: PersonalDetails = {
        firstName: body.firstName,
        initials: body.initials,
        namePrefix: body.namePrefix,
        lastName: body.lastName,
        gender: body.gender,
        dateOfBirth: body.dateOfBirth,
        personnelNumber,
      };
      const employee =
        stored ??
        (await context.scopedEmployeeOr404(
          tx,
          actor,
          (await repository.insertEmployee(employerId, details, [])).id,
        ));
      const detailsChanged =
        stored !== undefined &&
        JSON.stringify(pickDetails(stored)) !== JSON.stringify(pickDetails(details));
      const changedPlans = plans.filter(planChanges);
      if (stored && !detailsChanged && changedPlans.length === 0) {
        return { id: stored.id, created: false };
      }
      if (stored && changedPlans.some((plan) => plan.stored?.endReason === 'deceased')) {
        throw employeesErrors.deceased();
      }

      let endsChanged = false;
      for (const plan of changedPlans) {
        const { given } = plan;
        const [first, ...later] = plan.added;
        let employmentId: string;
        if (!plan.stored) {
          if (!first) throw errors.internal('an employment without versions');
          const created = await insertEmployment(tx, employerId, employee.id, {
            startDate: given.startDate,
            contractStartDate: given.contractStartDate,
            endDate: given.endDate,
            hrEmploymentId: given.hrEmploymentId,
            departmentId: first.departmentId,
            contractHoursPerWeek: first.contractHoursPerWeek.toFixed(2),
            functionName: first.functionName,
            functionGroup: first.functionGroup,
            employmentType: first.employmentType,
            noRiskPolicy: first.noRiskPolicy,
          });
          employmentId = created.id;
          for (const terms of later) {
            await repository.insertEmploymentVersion(employerId, employmentId, terms);
          }
          endsChanged ||= given.endDate !== null;
        } else {
          employmentId = plan.stored.id;
          await repository.updateEmployment(employerId, employmentId, {
            startDate: given.startDate,
            contractStartDate: given.contractStartDate,
            endDate: given.endDate,
            hrEmploymentId: given.hrEmploymentId,
            ...(plan.stored.endDate === given.endDate ? {} : { endReason: null }),
          });
          for (const version of plan.removed) {
            await repository.deleteEmploymentVersion(employerId, version.id);
          }
          for (const { id, terms } of plan.updated) {
            await repository.updateEmploymentVersion(employerId, id, terms);
          }
          for (const terms of plan.added) {
            await repository.insertEmploymentVersion(employerId, employmentId, terms);
          }
          endsChanged ||= plan.stored.endDate !== given.endDate;
        }
        if (stored) {
          await context.recordChange(
            tx,
            actor,
            plan.stored ? 'employees.employment_changed' : 'employees.employment_added',
            employee.id,
            {
              employmentId,
              hrEmploymentId: given.hrEmploymentId,
              startDate: given.startDate,
              endDate: given.endDate,
              versions: {
                added: plan.added.map((terms) => terms.validFrom),
                changed: plan.updated.map((entry) => entry.terms.validFrom),
                removed: plan.removed.map((version) => version.validFrom),
              },
            },
          );
        }
      }
      // The change time the API's lists synchronise by; the search keys follow the name.
      await repository.updateEmployee(employerId, employee.id, details, clock.now());
      if (endsChanged) await context.announceEmploymentEnd(tx, actor, employee.id);
      if (!stored) {
        await context.recordChange(tx, actor, 'employees.created', employee.id, {
          employments: body.employments.length,
        });
      } else if (detailsChanged) {
        await context.recordChange(tx, actor, 'employees.details_updated', employee.id, {
          before: pickDetails(stored),
          after: pickDetails(details),
        });
      }
      return { id: employee.id, created: !stored };
    },
  };
}
