/**
 * What the e-mail signals (signals module, DOMAIN.md §6) ask of the cases, in the signals' own
 * tenant transaction. Not audited: no person reads anything; the signal mail is recorded.
 */
import type { TenantDb } from '../../db/tenancy.js';
import { createCaseSignalsRepository } from './cases.signals.repository.js';

export function caseSignalUseCases() {
  return {
    /** "Aantal keren per periode ziek": episodes starting in `from`…`to` that are the `atLeast`-th or later within 12 months. */
    frequentEpisodesIn: (tx: TenantDb, from: string, to: string, atLeast: number) =>
      createCaseSignalsRepository(tx).frequentEpisodes(from, to, atLeast),
    /** The employees with an open sickness case on `date`: the open dossiers. */
    sickEmployeesIn: (tx: TenantDb, date: string) =>
      createCaseSignalsRepository(tx).sickEmployees(date),
  };
}
