import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { subjectAccessTasks } from './tasks.subject-access.repository.js';

export type { SubjectAccessTask } from './tasks.subject-access.repository.js';

/** The inzage (AVG art. 15) of the retention module, in its tenant transaction; it audits. */
export function taskSubjectAccessUseCases() {
  return {
    /** The employee's tasks (poortwachter and WAZO protocols), as stored. */
    subjectAccessTasksIn(tx: TenantDb, employerId: AuthorizedEmployerId, employeeId: string) {
      return subjectAccessTasks(tx, employerId, employeeId);
    },
  };
}
