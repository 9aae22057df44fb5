/**
 * The six e-mail signals (DOMAIN.md §6, SPEC.md §2.7). `tick` is the one operation: the job
 * runner calls it every minute (signals.job.ts); it works out, per employer and per recipient,
 * which signals are due at the clock's now and sends each one that no tick, earlier or in
 * another app instance, has sent yet. The decision is the insert into `sent_signals`.
 */
import { addDays } from '../../../contracts/civil-dates.js';
import type { Db } from '../../db/connection.js';
import {
  type AuthorizedEmployerId,
  inTenant,
  type TenantDb,
  trustEmployerId,
} from '../../db/tenancy.js';
import type { Clock } from '../../platform/clock.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import type { CasesUseCases } from '../cases/cases.usecases.js';
import type { DossierUseCases } from '../dossier/dossier.usecases.js';
import type { EmployeesUseCases } from '../employees/employees.usecases.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import type { TasksUseCases } from '../tasks/tasks.usecases.js';
import type { SignalRecipient, UsersUseCases } from '../users/users.usecases.js';
import { type SignalContent, signalMail } from './signals.mails.models.js';
import {
  documentBatchOf,
  documentLookbackMs,
  employmentEndWindowDays,
  frequentAbsenceEpisodes,
  frequentAbsenceLookbackDays,
  none,
  weeklyPeriodAt,
} from './signals.models.js';
import { createSignalsRepository, type SignalKey } from './signals.repository.js';
import { signalOffboardingUseCases } from './signals.offboarding.usecases.js';

export type SignalsDependencies = {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
  organisation: Pick<OrganisationUseCases, 'listEmployers'>;
  users: Pick<UsersUseCases, 'signalRecipients'>;
  employees: Pick<EmployeesUseCases, 'employeeNamesInScopeIn' | 'fixedTermEndingsIn'>;
  cases: Pick<CasesUseCases, 'frequentEpisodesIn' | 'sickEmployeesIn'>;
  tasks: Pick<TasksUseCases, 'pendingTaskCountsIn'>;
  dossier: Pick<DossierUseCases, 'createdDocumentsIn'>;
  /** The documents signal's window (config SIGNALS_DOCUMENT_BATCH_MINUTES, a divisor of 60). */
  documentBatchMinutes: number;
};

/** One mail to one recipient and the key that makes it once-only. */
type DueSignal = { key: SignalKey; recipient: SignalRecipient; content: SignalContent };

/** Older keys need not be read: no signal looks back further than this (six weeks and a day). */
const sentKeysLookbackDays = employmentEndWindowDays + frequentAbsenceLookbackDays + 1;

/** The signals of the weekly round. */
const weeklyKinds: readonly SignalKey['kind'][] = ['open_tasks', 'open_cases'];

const keyText = (key: SignalKey) => [key.recipientId, key.kind, key.subject, key.period].join('|');

export function createSignalsUseCases(dependencies: SignalsDependencies) {
  const { db, clock, mailer, publicUrl } = dependencies;

  /**
   * What may be due at the employer at `now`, read once for all its recipients; undefined when
   * nothing can be, so a quiet employer costs five queries a tick and no look-up of recipients.
   */
  async function candidatesAt(tx: TenantDb, employerId: AuthorizedEmployerId, now: Date) {
    const { employees, cases, dossier, documentBatchMinutes } = dependencies;
    const today = amsterdamDateOf(now);
    // Aangemaakte (UWV-)documenten: the closed batches of the last day, one mail per batch.
    const documents = await dossier.createdDocumentsIn(
      tx,
      documentBatchOf(new Date(now.getTime() - documentLookbackMs), documentBatchMinutes),
      documentBatchOf(now, documentBatchMinutes),
    );
    const batches = new Map<string, typeof documents>();
    for (const document of documents) {
      const kind = document.category === 'uwv' ? 'uwv_documents' : 'documents';
      const batch = `${kind}|${documentBatchOf(document.uploadedAt, documentBatchMinutes).toISOString()}`;
      batches.set(batch, [...(batches.get(batch) ?? []), document]);
    }
    // Episodes: the third or later in 12 months, started in the last four weeks.
    const episodes = await cases.frequentEpisodesIn(
      tx,
      addDays(today, 1 - frequentAbsenceLookbackDays),
      today,
      frequentAbsenceEpisodes,
    );
    const sick = await cases.sickEmployeesIn(tx, today);
    const endings = await employees.fixedTermEndingsIn(
      tx,
      sick,
      today,
      addDays(today, employmentEndWindowDays),
    );
    const week = weeklyPeriodAt(
      now,
      await createSignalsRepository(tx, employerId).lastWeeklyRound(),
    );
    const anything =
      batches.size > 0 || episodes.length > 0 || endings.length > 0 || week !== undefined;
    return anything ? { batches, episodes, sick, endings, week } : undefined;
  }
  type Candidates = NonNullable<Awaited<ReturnType<typeof candidatesAt>>>;

  /** Every signal due for the employer's recipients, less those already sent. */
  async function dueSignals(
    tx: TenantDb,
    employerId: AuthorizedEmployerId,
    recipients: readonly SignalRecipient[],
    { batches, episodes, sick, endings, week }: Candidates,
    now: Date,
  ): Promise<DueSignal[]> {
    const { employees, tasks } = dependencies;
    const today = amsterdamDateOf(now);
    const sent = new Set(
      (
        await createSignalsRepository(tx, employerId).sentSince(
          new Date(now.getTime() - sentKeysLookbackDays * 86_400_000),
        )
      ).map(keyText),
    );
    const due: DueSignal[] = [];
    const unsent = (key: SignalKey) => !sent.has(keyText(key));
    const namesIn = async (recipient: SignalRecipient, employeeIds: readonly string[]) =>
      new Map(
        (
          await employees.employeeNamesInScopeIn(
            tx,
            recipient.scope,
            [...new Set(employeeIds)],
            today,
          )
        ).map((name) => [name.id, name.name]),
      );

    for (const recipient of recipients) {
      const keyOf = (kind: SignalKey['kind'], subject: string, period: string): SignalKey => ({
        recipientId: recipient.userId,
        kind,
        subject,
        period,
      });
      for (const [batch, list] of batches) {
        const [kind, period] = batch.split('|') as ['documents' | 'uwv_documents', string];
        const key = keyOf(kind, none, period);
        if (!unsent(key)) continue;
        const names = await namesIn(
          recipient,
          list.map((document) => document.employeeId),
        );
        const visible = list.flatMap((document) => {
          const employee = names.get(document.employeeId);
          return employee === undefined
            ? []
            : [{ employee, fileName: document.fileName, category: document.category }];
        });
        if (visible.length > 0) due.push({ key, recipient, content: { kind, documents: visible } });
      }

      const names = await namesIn(recipient, [
        ...episodes.map((episode) => episode.employeeId),
        ...endings.map((ending) => ending.employeeId),
      ]);
      for (const episode of episodes) {
        const key = keyOf('frequent_absence', episode.caseId, none);
        const employee = names.get(episode.employeeId);
        if (employee === undefined || !unsent(key)) continue;
        due.push({
          key,
          recipient,
          content: {
            kind: 'frequent_absence',
            employee,
            firstSickDay: episode.firstSickDay,
            number: episode.number,
          },
        });
      }
      for (const ending of endings) {
        const key = keyOf('employment_end', ending.employmentId, ending.endDate);
        const employee = names.get(ending.employeeId);
        if (employee === undefined || !unsent(key)) continue;
        due.push({
          key,
          recipient,
          content: { kind: 'employment_end', employee, endDate: ending.endDate },
        });
      }

      if (week === undefined) continue;
      const tasksKey = keyOf('open_tasks', none, week);
      if (unsent(tasksKey)) {
        const counts = await tasks.pendingTaskCountsIn(tx, employerId, recipient.scope);
        if (counts.pending > 0)
          due.push({
            key: tasksKey,
            recipient,
            content: { kind: 'open_tasks', count: counts.pending, late: counts.late },
          });
      }
      const casesKey = keyOf('open_cases', none, week);
      if (unsent(casesKey)) {
        const count = (await namesIn(recipient, sick)).size;
        if (count > 0)
          due.push({ key: casesKey, recipient, content: { kind: 'open_cases', count } });
      }
    }
    return due;
  }

  /**
   * Claims the signal, then mails it: only the caller whose insert made the row sends, so two
   * ticks (or two instances) never both do. A mail that fails gives its claim back for the next
   * tick; a crash between claim and mail loses that one mail rather than ever sending it twice.
   */
  async function sendOnce(
    employerId: AuthorizedEmployerId,
    employerName: string,
    signal: DueSignal,
    now: Date,
  ): Promise<boolean> {
    const claimed = await inTenant(db, employerId, (tx) =>
      createSignalsRepository(tx, employerId).claim(signal.key, now),
    );
    if (!claimed) return false;
    try {
      await mailer.send(
        signalMail({ ...signal.recipient, employerName }, signal.content, publicUrl),
      );
    } catch (error) {
      await inTenant(db, employerId, (tx) =>
        createSignalsRepository(tx, employerId).release(signal.key),
      );
      throw error;
    }
    return true;
  }

  return {
    ...signalOffboardingUseCases(),

    /**
     * One round over every employer: sends what is due now and was not sent before. Resolves
     * with the number of mails this call sent; rejects after the round when a mail failed (the
     * job runner logs it; the failed ones go again on the next tick).
     */
    async tick(): Promise<{ sent: number }> {
      const now = clock.now();
      const today = amsterdamDateOf(now);
      const failures: unknown[] = [];
      let sent = 0;
      for (const employer of await dependencies.organisation.listEmployers()) {
        const employerId = trustEmployerId(employer.id);
        const candidates = await inTenant(db, employerId, (tx) =>
          candidatesAt(tx, employerId, now),
        );
        if (candidates === undefined) continue;
        const recipients = await dependencies.users.signalRecipients(employerId, today);
        const due =
          recipients.length === 0
            ? []
            : await inTenant(db, employerId, (tx) =>
                dueSignals(tx, employerId, recipients, candidates, now),
              );
        let weeklyFailed = false;
        for (const signal of due) {
          try {
            if (await sendOnce(employerId, employer.name, signal, now)) sent += 1;
          } catch (error) {
            failures.push(error);
            if (weeklyKinds.includes(signal.key.kind)) weeklyFailed = true;
          }
        }
        // The week's round is held once its counts went out (or were zero); after a failed
        // mail it is not, so the next tick tries again, even after Monday.
        const { week } = candidates;
        if (week !== undefined && !weeklyFailed) {
          await inTenant(db, employerId, (tx) =>
            createSignalsRepository(tx, employerId).recordWeeklyRound(week, now),
          );
        }
      }
      if (failures.length > 0)
        throw new AggregateError(failures, `${failures.length} signal mails failed`);
      return { sent };
    },
  };
}

export type SignalsUseCases = ReturnType<typeof createSignalsUseCases>;
