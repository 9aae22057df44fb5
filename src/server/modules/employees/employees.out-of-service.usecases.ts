import { errors } from '../../platform/errors.js';
import type { AuditedActor, EmployeesContext } from './employees.context.js';
import { FieldProblems } from './employees.fields.js';

/** "Uit dienst melden": the end of every running employment, with its reason. */
export function outOfServiceUseCases(context: EmployeesContext) {
  return {
    /**
     * "Uit dienst melden": every employment that runs on or past `date` ends on that day with
     * the reason; reporting again overwrites the date and reason of the earlier report.
     */
    reportOutOfService(
      actor: AuditedActor,
      employeeId: string,
      report: { date: string; reason: 'none' | 'deceased' },
    ): Promise<void> {
      return context.inEmployer(actor.employerId, async (repository, tx) => {
        await context.assertMaintainedHere(tx, actor.employerId);
        const problems = new FieldProblems(context.today());
        problems.date('date', report.date, 'endDate');
        problems.throwIfAny();
        const employee = await context.scopedEmployeeOr404(tx, actor, employeeId);
        const all = await repository.employmentsWithVersions(actor.employerId, employee.id);
        // Open ones, ones ending later, and ones an earlier report ended (to overwrite it).
        const affected = all.filter(
          (employment) =>
            employment.endDate === null ||
            employment.endReason !== null ||
            employment.endDate > report.date,
        );
        const tooLate = affected.find(
          (employment) =>
            employment.startDate > report.date ||
            (employment.versions.at(-1)?.validFrom ?? '') > report.date,
        );
        if (tooLate) throw errors.invalidField('date', 'out_of_service_before_employment');
        for (const employment of affected) {
          await repository.updateEmployment(actor.employerId, employment.id, {
            endDate: report.date,
            endReason: report.reason,
          });
        }
        await context.announceEmploymentEnd(tx, actor, employeeId);
        await context.recordChange(tx, actor, 'employees.out_of_service', employeeId, {
          date: report.date,
          reason: report.reason,
          employmentIds: affected.map((employment) => employment.id),
        });
      });
    },
  };
}
