import type { z } from 'zod';
import { isCivilDate } from '../../../contracts/civil-dates.js';
import type {
  changeEmploymentRequestSchema,
  correctEmploymentRequestSchema,
  NewEmploymentInput,
} from '../../../contracts/employees.js';
import type { AuthorizedEmployerId } from '../../db/tenancy.js';
import { errors } from '../../platform/errors.js';
import type { AuditedActor, EmployeesContext } from './employees.context.js';
import { employeesErrors } from './employees.errors.js';
import {
  assertContractHours,
  clampToEmployment,
  checkNewEmployment,
  definedOnly,
  FieldProblems,
  pickTerms,
  toNewEmployment,
  uuidPattern,
} from './employees.fields.js';
import { employmentOnDate, isEmploymentType } from './employees.models.js';
import type { EmployeesRepository } from './employees.repository.js';
import type { EmploymentChange, EmploymentVersion } from './employees.rows.js';

/**
 * A new version of the employment from `change.validFrom` (SPEC.md §2.3 "wijzigen"), checked:
 * a real date, plausible hours, a known employment type, a day of the employment on which no
 * version starts yet.
 */
async function addVersion(
  repository: EmployeesRepository,
  employerId: AuthorizedEmployerId,
  employmentId: string,
  change: EmploymentChange,
): Promise<EmploymentVersion> {
  if (!isCivilDate(change.validFrom)) throw employeesErrors.invalidDate('validFrom');
  if (change.contractHoursPerWeek !== undefined) {
    assertContractHours(change.contractHoursPerWeek);
  }
  if (change.employmentType !== undefined && !isEmploymentType(change.employmentType)) {
    throw employeesErrors.invalidEmploymentType();
  }
  if (change.departmentId !== undefined && !uuidPattern.test(change.departmentId)) {
    throw employeesErrors.invalidDepartment();
  }
  if (!uuidPattern.test(employmentId)) throw errors.notFound();
  const result = await repository.addEmploymentVersion(employerId, employmentId, change);
  switch (result.kind) {
    case 'changed':
      return result.version;
    case 'employment_not_found':
      throw errors.notFound();
    case 'outside_employment':
      throw employeesErrors.changeOutsideEmployment();
    case 'version_exists':
      throw employeesErrors.versionExistsOnDate();
  }
}

/** The employments of an employee: add, correct, change from a date, end. */
export function employmentsUseCases(context: EmployeesContext) {
  const { today } = context;
  return {
    /** A further employment: a second job, or re-hiring someone who left ("in dienst melden"). */
    addEmploymentFor(
      actor: AuditedActor,
      employeeId: string,
      employment: NewEmploymentInput,
    ): Promise<{ id: string }> {
      return context.inEmployer(actor.employerId, async (repository, tx) => {
        await context.assertMaintainedHere(tx, actor.employerId);
        const problems = new FieldProblems(today());
        checkNewEmployment(problems, '', employment);
        await context.checkDepartments(tx, actor, problems, [
          { path: 'departmentId', departmentId: employment.departmentId },
        ]);
        problems.throwIfAny();
        const employee = await context.scopedEmployeeOr404(tx, actor, employeeId);
        const employments = await repository.employmentsWithVersions(actor.employerId, employee.id);
        if (employments.some((existing) => existing.endReason === 'deceased')) {
          throw employeesErrors.deceased();
        }
        const created = await repository.addEmployment(
          actor.employerId,
          employee.id,
          toNewEmployment(employment),
        );
        await context.recordChange(tx, actor, 'employees.employment_added', employeeId, {
          employmentId: created.id,
          startDate: employment.startDate,
        });
        return { id: created.id };
      });
    },
    /**
     * "Dienstverband corrigeren": fixes the version in force today (for an employment that has
     * not started: its first; for one that ended: its last) in place, without history, and the
     * employment's start date if given. Audited with the values before and after.
     */
    correctEmployment(
      actor: AuditedActor,
      employeeId: string,
      employmentId: string,
      correction: z.output<typeof correctEmploymentRequestSchema>,
    ): Promise<void> {
      return context.inEmployer(actor.employerId, async (repository, tx) => {
        await context.assertMaintainedHere(tx, actor.employerId);
        const problems = new FieldProblems(today());
        problems.date('startDate', correction.startDate, 'employmentDate');
        problems.date('contractStartDate', correction.contractStartDate, 'employmentDate');
        problems.hours('contractHoursPerWeek', correction.contractHoursPerWeek);
        await context.checkDepartments(tx, actor, problems, [
          { path: 'departmentId', departmentId: correction.departmentId },
        ]);
        problems.throwIfAny();
        const employment = await context.lockEmploymentOr404(tx, actor, employeeId, employmentId);
        const onDate = clampToEmployment(employment, today());
        const version = employmentOnDate(employment, onDate).version ?? employment.versions[0];
        if (!version) throw errors.notFound();
        const { startDate, contractStartDate, ...terms } = correction;
        if (startDate !== undefined && startDate !== employment.startDate) {
          const second = employment.versions[1];
          if (second && startDate >= second.validFrom) {
            throw errors.invalidField('startDate', 'employment_start_after_change');
          }
          if (employment.endDate !== null && startDate > employment.endDate) {
            throw errors.invalidField('startDate', 'end_before_start');
          }
          const first = employment.versions[0];
          if (first) {
            await repository.updateEmploymentVersion(actor.employerId, first.id, {
              validFrom: startDate,
            });
          }
        }
        await repository.updateEmployment(actor.employerId, employmentId, {
          ...(startDate === undefined ? {} : { startDate }),
          ...(contractStartDate === undefined ? {} : { contractStartDate }),
        });
        const changedTerms = definedOnly(terms);
        await repository.updateEmploymentVersion(actor.employerId, version.id, changedTerms);
        await context.recordChange(tx, actor, 'employees.employment_corrected', employeeId, {
          employmentId,
          before: { startDate: employment.startDate, ...pickTerms(version, changedTerms) },
          after: { ...(startDate === undefined ? {} : { startDate }), ...changedTerms },
        });
      });
    },
    /** "Het dienstverband gaat veranderen": new terms from a date, the history shows both. */
    changeEmploymentFor(
      actor: AuditedActor,
      employeeId: string,
      employmentId: string,
      change: z.output<typeof changeEmploymentRequestSchema>,
    ): Promise<void> {
      return context.inEmployer(actor.employerId, async (repository, tx) => {
        await context.assertMaintainedHere(tx, actor.employerId);
        const problems = new FieldProblems(today());
        problems.date('validFrom', change.validFrom, 'employmentDate');
        problems.hours('contractHoursPerWeek', change.contractHoursPerWeek);
        await context.checkDepartments(tx, actor, problems, [
          { path: 'departmentId', departmentId: change.departmentId },
        ]);
        problems.throwIfAny();
        // The employment must be this employee's, and the employee in the actor's scope.
        await context.lockEmploymentOr404(tx, actor, employeeId, employmentId);
        const { departmentId, functionGroup, functionName, employmentType } = change;
        await addVersion(repository, actor.employerId, employmentId, {
          validFrom: change.validFrom,
          ...definedOnly({
            departmentId,
            functionGroup,
            functionName,
            employmentType,
            contractHoursPerWeek: change.contractHoursPerWeek,
            noRiskPolicy: change.noRiskPolicy,
          }),
        });
        await context.recordChange(tx, actor, 'employees.employment_changed', employeeId, {
          employmentId,
          validFrom: change.validFrom,
          change: definedOnly({ departmentId, functionName, functionGroup, employmentType }),
        });
      });
    },
    /** Ends one employment on `endDate` (last day employed); null opens it again. */
    endEmployment(
      actor: AuditedActor,
      employeeId: string,
      employmentId: string,
      endDate: string | null,
    ): Promise<void> {
      return context.inEmployer(actor.employerId, async (repository, tx) => {
        await context.assertMaintainedHere(tx, actor.employerId);
        const problems = new FieldProblems(today());
        problems.date('endDate', endDate, 'endDate');
        problems.throwIfAny();
        const employment = await context.lockEmploymentOr404(tx, actor, employeeId, employmentId);
        if (endDate !== null && endDate < employment.startDate) {
          throw errors.invalidField('endDate', 'end_before_start');
        }
        const last = employment.versions.at(-1);
        if (endDate !== null && last && endDate < last.validFrom) {
          throw errors.invalidField('endDate', 'end_before_change');
        }
        await repository.updateEmployment(actor.employerId, employmentId, {
          endDate,
          endReason: null,
        });
        await context.announceEmploymentEnd(tx, actor, employeeId);
        await context.recordChange(tx, actor, 'employees.employment_ended', employeeId, {
          employmentId,
          before: employment.endDate,
          after: endDate,
        });
      });
    },
    /**
     * Changes an employment from a date with history kept (SPEC.md §2.3 "wijzigen"): a new
     * version valid from `change.validFrom`, which must be a day of the employment on which no
     * version starts yet. Terms left out stay as they were on that date.
     *
     * For seeding and tests (no actor, no audit entry). The caller must have checked that
     * `departmentId` is a department of this employer (the foreign key alone does not say whose
     * department it is).
     */
    changeEmployment(
      employerId: AuthorizedEmployerId,
      employmentId: string,
      change: EmploymentChange,
    ): Promise<EmploymentVersion> {
      return context.inEmployer(employerId, (repository) =>
        addVersion(repository, employerId, employmentId, change),
      );
    },
  };
}
