import type { TenantDb } from '../../../db/tenancy.js';
import { AppError } from '../../../platform/errors.js';
import type { EmployerActor } from '../../users/users.policies.js';
import type {
  ImportedCase,
  ImportedEmployee,
  ImportedEmployment,
  ImportedReport,
  SiviImport,
} from './integration.sivi.import.models.js';
import type { NewSiviElement } from './integration.sivi.repository.js';
import type { SiviDependencies } from './integration.sivi.context.js';

/** Why an element of a message is refused while applying it (besides the reading's codes). */
export type SiviApplyCode =
  | 'sivi_case_unknown'
  | 'sivi_case_exists'
  | 'sivi_sequence_gap'
  | 'sivi_employee_already_sick'
  | 'sivi_unit_unknown'
  | 'sivi_employment_incomplete'
  | 'sivi_case_rule';

/** An element refused while applying: the message is then applied not at all. */
class ElementRefusal extends Error {
  constructor(
    readonly code: SiviApplyCode,
    readonly detail?: string,
  ) {
    super(code);
  }
}

/** The HR system's key of an employment: IdDnstvbnd counts within its employee (IdWrknmr). */
export function hrEmploymentKey(person: ImportedEmployee, job: ImportedEmployment): string {
  return `${person.id}/${job.id}`;
}

function element(
  report: ImportedReport,
  absenceId: string,
  outcome: 'accepted' | 'refused' | 'repeated',
  refusal?: { code: string; detail?: string | undefined },
): NewSiviElement {
  return {
    path: report.path,
    line: report.line,
    absenceId,
    sequence: report.sequence,
    outcome,
    code: refusal?.code ?? null,
    detail: refusal?.detail === undefined ? null : { detail: refusal.detail },
  };
}

/** The reason a use case of cases or employees gave, as the element's detail. */
function detailOf(error: AppError): string {
  return error.fields?.map((field) => field.code).join(', ') || error.code;
}

/**
 * Applies a read message in the caller's tenant transaction, through the use cases of employees
 * (a new employee with the message's employments, keyed by personnel number and HR employment id)
 * and cases (sick report, change of percentage, recovery, each in a savepoint of `tx`). A report
 * accepted before (same VrzmgvlId and VrzmgvlVnrMld) is `repeated` and not applied again. Returns
 * every element's outcome; the caller rolls the transaction back when any is refused.
 */
export async function applyVerzuimmeldingen(
  dependencies: SiviDependencies,
  tx: TenantDb,
  actor: EmployerActor,
  message: SiviImport,
  accepted: ReadonlyMap<string, ReadonlySet<number>>,
): Promise<NewSiviElement[]> {
  const { employerId } = actor;
  const chains = message.employees.flatMap((person) =>
    person.employments.flatMap((job) => job.cases.map((sickness) => ({ person, job, sickness }))),
  );
  const known = new Map(
    (
      await dependencies.cases.casesByHrAbsenceIdsIn(
        tx,
        employerId,
        chains.map((chain) => chain.sickness.id),
      )
    ).map((found) => [found.hrAbsenceId, found]),
  );
  const staff = dependencies.employees.within(tx);
  const casesHere = dependencies.cases.within(tx);
  const people = await staff.employeesByHrKeys(
    employerId,
    message.employees.flatMap((person) =>
      person.employments.flatMap((job) => (job.personnelNumber ? [job.personnelNumber] : [])),
    ),
    message.employees.flatMap((person) =>
      person.employments.map((job) => hrEmploymentKey(person, job)),
    ),
  );
  const departments = await dependencies.organisation.listDepartmentsIn(tx, employerId);
  const created = new Map<string, string>();

  /** The employee of an employment of the message: found by its keys, or created with them. */
  async function employeeFor(person: ImportedEmployee, job: ImportedEmployment): Promise<string> {
    const key = hrEmploymentKey(person, job);
    const found =
      people.find((one) => one.employments.some((held) => held.hrEmploymentId === key)) ??
      people.find(
        (one) => job.personnelNumber !== null && one.personnelNumber === job.personnelNumber,
      );
    if (found) return found.id;
    const made = created.get(person.id);
    if (made) return made;
    const employments = person.employments.map((held) => {
      const unit =
        departments.find((department) => department.id === held.unitCode) ??
        departments.find(
          (department) =>
            department.name.trim().toLowerCase() === (held.unitName ?? '').trim().toLowerCase(),
        );
      if (!unit) throw new ElementRefusal('sivi_unit_unknown', held.unitName ?? held.unitCode);
      if (held.contractHoursPerWeek === null) {
        throw new ElementRefusal('sivi_employment_incomplete', 'AantCtrcturenPWk');
      }
      return {
        startDate: held.startDate,
        endDate: held.endDate,
        departmentId: unit.id,
        contractHoursPerWeek: held.contractHoursPerWeek.toFixed(2),
        employmentType: 'other',
        hrEmploymentId: hrEmploymentKey(person, held),
      };
    });
    const employee = await staff.addEmployee(
      employerId,
      {
        firstName: person.firstName ?? person.initials,
        initials: person.initials,
        namePrefix: person.namePrefix,
        lastName: person.lastName,
        gender: person.gender,
        dateOfBirth: person.dateOfBirth,
        personnelNumber: job.personnelNumber,
      },
      employments,
    );
    created.set(person.id, employee.id);
    return employee.id;
  }

  /** One report through the cases use cases; the case's id afterwards. */
  async function applyReport(
    chain: { person: ImportedEmployee; job: ImportedEmployment; sickness: ImportedCase },
    report: ImportedReport,
    caseId: string | undefined,
  ): Promise<string> {
    if (report.kind === 'report') {
      const employeeId = await employeeFor(chain.person, chain.job);
      await casesHere.reportSick(actor, employeeId, {
        classification: 'unknown',
        firstSickDay: report.date,
        percentage: report.percentage,
        hrAbsenceId: chain.sickness.id,
      });
      // An employee already sick: the cases module made it a change of the open case instead.
      const [stored] = await dependencies.cases.casesByHrAbsenceIdsIn(tx, employerId, [
        chain.sickness.id,
      ]);
      if (!stored) throw new ElementRefusal('sivi_employee_already_sick');
      return stored.id;
    }
    if (caseId === undefined) throw new ElementRefusal('sivi_case_unknown');
    if (report.kind === 'change') {
      await casesHere.changePercentage(actor, caseId, {
        from: report.date,
        percentage: report.percentage,
      });
    } else {
      await casesHere.registerRecovery(actor, caseId, { lastSickDay: report.date });
    }
    return caseId;
  }

  const elements: NewSiviElement[] = [];
  for (const chain of chains) {
    const id = chain.sickness.id;
    const done = accepted.get(id) ?? new Set<number>();
    const fresh = chain.sickness.reports.filter((report) => !done.has(report.sequence));
    for (const report of chain.sickness.reports) {
      if (done.has(report.sequence)) elements.push(element(report, id, 'repeated'));
    }
    const first = fresh[0];
    if (!first) continue;
    let caseId = known.get(id)?.id;
    const next = Math.max(0, ...done) + 1;
    if (first.sequence !== next) {
      const code =
        caseId === undefined && done.size === 0 ? 'sivi_case_unknown' : 'sivi_sequence_gap';
      elements.push(element(first, id, 'refused', { code }));
      continue;
    }
    if (first.sequence === 1 && caseId !== undefined) {
      elements.push(element(first, id, 'refused', { code: 'sivi_case_exists' }));
      continue;
    }
    for (const report of fresh) {
      try {
        caseId = await applyReport(chain, report, caseId);
        elements.push(element(report, id, 'accepted'));
      } catch (error) {
        if (error instanceof ElementRefusal) {
          elements.push(element(report, id, 'refused', error));
        } else if (error instanceof AppError) {
          elements.push(
            element(report, id, 'refused', { code: 'sivi_case_rule', detail: detailOf(error) }),
          );
        } else throw error;
        // The rest of this case's chain builds on the refused report: not tried.
        break;
      }
    }
  }
  return elements;
}
