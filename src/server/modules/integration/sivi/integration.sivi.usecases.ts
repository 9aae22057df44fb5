import { randomUUID } from 'node:crypto';
import type { SiviCheckResponse } from '../../../../contracts/integration-sivi.js';
import { amsterdamDateTimeOf } from '../../../../contracts/formats.js';
import { inTenant } from '../../../db/tenancy.js';
import { auditBy } from '../../../platform/audit/audit.js';
import type { Translate } from '../../../platform/i18n/i18n.js';
import type { EmployerActor } from '../../users/users.policies.js';
import { assembleSiviEmployees } from './integration.sivi.assemble.models.js';
import { readUpload, type SiviDependencies } from './integration.sivi.context.js';
import { siviErrors } from './integration.sivi.errors.js';
import { buildVerzuimmeldingen } from './integration.sivi.export.models.js';
import { siviImportUseCases } from './integration.sivi.import.usecases.js';
import { verzuimmeldingenSchema } from './integration.sivi.schema.js';
import { siviOffboardingUseCases } from './integration.sivi.offboarding.usecases.js';

export type { SiviDependencies } from './integration.sivi.context.js';

/** Every day Verzuim can hold: the export reads all of an employer's history. */
const allDays = { from: '1900-01-01', to: '9999-12-31' };

export type SiviExportFile = { fileName: string; xml: string; employees: number; cases: number };

/** SIVI Verzuimmeldingen 2024.0 for the employer's HR system or arbodienst (issue 13). */
export function createSiviUseCases(dependencies: SiviDependencies) {
  const { db, clock, audit, organisation, employees, cases } = dependencies;
  return {
    ...siviImportUseCases(dependencies),
    ...siviOffboardingUseCases(),
    /**
     * Checks an uploaded Verzuimmeldingen against the XSD and the rules of a case's chain, and
     * says what it holds or why each element is refused (translated, with its line). Nothing is
     * stored or applied: the first step of the import. The actor needs `integration.sivi`.
     */
    checkVerzuimmeldingen(
      _actor: EmployerActor,
      bytes: Uint8Array,
      t: Translate,
    ): SiviCheckResponse {
      const reading = readUpload(bytes);
      if (!reading.ok) {
        return {
          valid: false,
          employees: 0,
          cases: 0,
          refusals: reading.refusals.map((refusal) => ({
            line: refusal.line,
            element: refusal.element,
            code: refusal.code,
            message: t(`errors.${refusal.code}`, { detail: refusal.detail ?? '' }),
          })),
        };
      }
      const { employees: people } = reading.message;
      return {
        valid: true,
        employees: people.length,
        cases: people.flatMap((person) => person.employments.flatMap((job) => job.cases)).length,
        refusals: [],
      };
    },
    /**
     * The employer's sickness cases as one Verzuimmeldingen: each case from its sick report
     * through its changes of percentage to its recovery. `since` leaves out cases that ended
     * before it. The file is validated against the XSD before it leaves; the export is audited
     * with its counts (never a person's data). The whole employer only: a user with a limited
     * dossier scope is refused.
     */
    async exportVerzuimmeldingen(
      actor: EmployerActor,
      since: string | undefined,
    ): Promise<SiviExportFile> {
      if (actor.scope.kind !== 'employer') throw siviErrors.wholeEmployerOnly();
      const employer = await organisation.getEmployer(actor.employerId);
      const now = amsterdamDateTimeOf(clock.now());
      const [createdOn = '', createdAt = ''] = now.split(' ');
      return inTenant(db, actor.employerId, async (tx) => {
        const episodes = await cases.reportCasesIn(
          tx,
          actor.employerId,
          since ?? allDays.from,
          allDays.to,
        );
        const ids = [...new Set(episodes.map((episode) => episode.employeeId))];
        const people = assembleSiviEmployees({
          employments: await employees.employmentHistoriesIn(
            tx,
            actor.employerId,
            allDays.from,
            allDays.to,
          ),
          profiles: await employees.employeeProfilesIn(
            tx,
            actor.employerId,
            allDays.from,
            allDays.to,
          ),
          names: await employees.reportEmployeesIn(tx, actor.employerId, ids),
          cases: episodes,
          departments: await organisation.listDepartmentsIn(tx, actor.employerId),
          // No employer setting allows the BSN in SIVI files yet: none is sent.
          bsns: new Map(),
        });
        const xml = buildVerzuimmeldingen({
          reference: randomUUID(),
          createdOn,
          createdAt,
          employer: {
            id: actor.employerId,
            name: employer?.name ?? '',
            kvkNumber: employer?.kvkNumber ?? null,
            contactName: employer?.contactName ?? null,
            contactEmail: employer?.contactEmail ?? null,
          },
          employees: people,
        });
        if (xml === null) throw siviErrors.nothingToExport();
        const validation = verzuimmeldingenSchema().validate(xml);
        if (!validation.valid) {
          // Our own builder broke the standard: a bug, never the user's input.
          throw new Error(`SIVI export does not validate: ${JSON.stringify(validation.problems)}`);
        }
        const counts = {
          employees: people.length,
          cases: people.flatMap((person) => person.employments.flatMap((job) => job.cases)).length,
        };
        await auditBy(audit, actor).record(
          {
            action: 'integration.sivi_exported',
            subjectType: 'employer',
            subjectId: actor.employerId,
            details: { ...counts, since: since ?? null },
          },
          tx,
        );
        return { fileName: `verzuimmeldingen-${createdOn}.xml`, xml, ...counts };
      });
    },
  };
}

export type SiviUseCases = ReturnType<typeof createSiviUseCases>;
