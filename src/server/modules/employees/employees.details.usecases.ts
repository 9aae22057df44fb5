import type { z } from 'zod';
import type { addEmployeeRequestSchema, PersonalDetails } from '../../../contracts/employees.js';
import { type AuthorizedEmployerId, inTenant, type TenantDb } from '../../db/tenancy.js';
import { errors } from '../../platform/errors.js';
import type { AuditedActor, EmployeesContext } from './employees.context.js';
import { employeesErrors } from './employees.errors.js';
import {
  checkNewEmployment,
  checkPersonalDetails,
  checkVaultDetails,
  FieldProblems,
  hasVaultData,
  pickDetails,
  toNewEmployment,
  type VaultDetails,
} from './employees.fields.js';
import { createEmployeesRepository } from './employees.repository.js';
import type { Employee, HrKeyedEmployee, NewEmployee, NewEmployment } from './employees.rows.js';

/** PostgreSQL's foreign_key_violation (23503), from node-postgres and PGlite alike. */
function isForeignKeyViolation(error: unknown): boolean {
  let current: unknown = error;
  while (current instanceof Error) {
    if ((current as Error & { code?: string }).code === '23503') return true;
    current = current.cause;
  }
  return false;
}

/** Werknemer toevoegen and muteren: the employee, its personal details and its manager. */
export function detailsUseCases(context: EmployeesContext) {
  const { db, clock, vault, today } = context;

  /** The employee, its employments and (through the vault) its contact details, in `tx`. */
  async function insertEmployee(
    tx: TenantDb,
    employerId: AuthorizedEmployerId,
    employee: NewEmployee,
    employments: readonly NewEmployment[],
    vaultDetails: VaultDetails | undefined,
  ): Promise<Employee> {
    const created = await createEmployeesRepository(tx).insertEmployee(
      employerId,
      employee,
      employments,
    );
    if (vaultDetails && hasVaultData(vaultDetails)) {
      if (!vault) throw employeesErrors.vaultUnavailable();
      await vault.storePersonalData(tx, employerId, created.id, vaultDetails);
    }
    return created;
  }

  return {
    /**
     * Werknemer toevoegen: the employee, one or two employments and (through the vault) the
     * contact details, all in one transaction. Every field problem is reported at once.
     */
    registerEmployee(
      actor: AuditedActor,
      request: z.output<typeof addEmployeeRequestSchema>,
    ): Promise<{ id: string }> {
      if (request.employerId !== undefined && request.employerId !== actor.employerId) {
        throw errors.invalidField('employerId', 'employer_not_active');
      }
      return context.inEmployer(actor.employerId, async (repository, tx) => {
        await context.assertMaintainedHere(tx, actor.employerId);
        const problems = new FieldProblems(today());
        checkPersonalDetails(problems, request);
        request.employments.forEach((employment, index) =>
          checkNewEmployment(problems, `employments.${index}.`, employment),
        );
        await context.checkDepartments(
          tx,
          actor,
          problems,
          request.employments.map((employment, index) => ({
            path: `employments.${index}.departmentId`,
            departmentId: employment.departmentId,
          })),
        );
        const vaultDetails = request.vault ? checkVaultDetails(problems, request.vault) : undefined;
        problems.throwIfAny();
        if (
          request.personnelNumber !== null &&
          (await repository.personnelNumberTaken(actor.employerId, request.personnelNumber, null))
        ) {
          throw errors.invalidField('personnelNumber', 'personnel_number_taken');
        }
        const created = await insertEmployee(
          tx,
          actor.employerId,
          {
            firstName: request.firstName,
            initials: request.initials,
            namePrefix: request.namePrefix,
            lastName: request.lastName,
            gender: request.gender,
            dateOfBirth: request.dateOfBirth,
            personnelNumber: request.personnelNumber,
          },
          request.employments.map(toNewEmployment),
          vaultDetails,
        );
        await context.recordChange(tx, actor, 'employees.created', created.id, {
          employments: request.employments.length,
        });
        return { id: created.id };
      });
    },
    /** Werknemer muteren: name parts, gender, date of birth and personnel number. */
    updatePersonalDetails(
      actor: AuditedActor,
      employeeId: string,
      details: PersonalDetails,
    ): Promise<void> {
      return context.inEmployer(actor.employerId, async (repository, tx) => {
        await context.assertMaintainedHere(tx, actor.employerId);
        const problems = new FieldProblems(today());
        checkPersonalDetails(problems, details);
        problems.throwIfAny();
        const before = await context.scopedEmployeeOr404(tx, actor, employeeId);
        if (
          details.personnelNumber !== null &&
          (await repository.personnelNumberTaken(
            actor.employerId,
            details.personnelNumber,
            employeeId,
          ))
        ) {
          throw errors.invalidField('personnelNumber', 'personnel_number_taken');
        }
        await repository.updateEmployee(actor.employerId, before.id, details, clock.now());
        await context.recordChange(tx, actor, 'employees.details_updated', employeeId, {
          before: pickDetails(before),
          after: pickDetails(details),
        });
      });
    },
    /** Sets the employee's manager (leidinggevende): a user of the same employer. */
    async setManager(actor: AuditedActor, employeeId: string, userId: string): Promise<void> {
      try {
        await context.inEmployer(actor.employerId, async (repository, tx) => {
          const employee = await context.scopedEmployeeOr404(tx, actor, employeeId);
          await repository.setManager(actor.employerId, employee.id, userId, clock.now());
          await context.recordChange(tx, actor, 'employees.manager_set', employeeId, {
            managerUserId: userId,
          });
        });
      } catch (error) {
        // The foreign key on the membership: the user does not work for this employer.
        if (isForeignKeyViolation(error)) throw employeesErrors.managerNotAUser();
        throw error;
      }
    },
    /** For seeding and tests: an employee with one employment, without an actor or audit entry. */
    addEmployee(
      employerId: AuthorizedEmployerId,
      employee: NewEmployee,
      employment: NewEmployment,
    ): Promise<Employee> {
      return inTenant(db, employerId, (tx) =>
        insertEmployee(tx, employerId, employee, [employment], undefined),
      );
    },
    /**
     * Refuses changes of data the employer's HR system owns (koppeling); bulk import asks too,
     * in its transaction when it passes one.
     */
    assertMaintainedHere(employerId: AuthorizedEmployerId, tx?: TenantDb): Promise<void> {
      return tx
        ? context.assertMaintainedHere(tx, employerId)
        : inTenant(db, employerId, (own) => context.assertMaintainedHere(own, employerId));
    },
    /**
     * The writes of "werknemer toevoegen" inside a tenant transaction another use case holds,
     * so that they succeed or fail together with its own (bulk import: all rows or none). The
     * caller has checked the values (departments of the employer and in scope, dates, BSN).
     */
    within(tx: TenantDb) {
      const repository = createEmployeesRepository(tx);
      return {
        /** Which of the (trimmed, upper-case) personnel numbers are taken in the employer. */
        async personnelNumbersInUse(
          employerId: AuthorizedEmployerId,
          numbers: readonly string[],
        ): Promise<Set<string>> {
          return new Set(await repository.personnelNumbersIn(employerId, numbers));
        },
        /** Employees by personnel number or HR employment id, with their employments. */
        employeesByHrKeys(
          employerId: AuthorizedEmployerId,
          numbers: readonly string[],
          hrEmploymentIds: readonly string[],
        ): Promise<HrKeyedEmployee[]> {
          return repository.employeesByHrKeys(employerId, numbers, hrEmploymentIds);
        },
        /** The employee, its employments in order and its vault details (when any are given). */
        addEmployee(
          employerId: AuthorizedEmployerId,
          employee: NewEmployee,
          employments: readonly NewEmployment[],
          vaultDetails?: VaultDetails,
        ): Promise<Employee> {
          return insertEmployee(tx, employerId, employee, employments, vaultDetails);
        },
      };
    },
  };
}
