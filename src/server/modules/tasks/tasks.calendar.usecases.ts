/**
 * The iCal feed of a user's open tasks (SPEC.md §2.7): a secret URL made in Instellingen, read by
 * calendar apps without a session. Only the token's hash is stored; a new URL revokes the old.
 */
import { sql } from 'drizzle-orm';
import { addDays } from '../../../contracts/civil-dates.js';
import type { Locale } from '../../../contracts/common.js';
import { roleHasPermission } from '../../../contracts/permissions.js';
import type { CalendarFeedStatus } from '../../../contracts/tasks.js';
import { type TenantDb, trustEmployerId } from '../../db/tenancy.js';
import { auditBy } from '../../platform/audit/audit.js';
import { hashSecretToken, newSecretToken } from '../../platform/crypto/tokens.js';
import { errors } from '../../platform/errors.js';
import { type AllDayEvent, writeCalendar } from '../../platform/ical/ical.js';
import { translator } from '../../platform/i18n/i18n.js';
import type { EmployerActor } from '../users/users.policies.js';
import { createCalendarRepository } from './tasks.calendar.repository.js';
import { audited, inTasksTransaction, nameQueriesOf, type TasksContext } from './tasks.context.js';
import { namedTasksOf, type SummaryTaskJson } from './tasks.repository.js';

/** A feed holds the open tasks due from this many days ago on (older ones are in the app). */
const feedPastDays = 365;
const feedLimit = 2000;
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/**
 * The employee as the feed names them: initials only. A calendar app copies the feed to its
 * own servers, and a task name with a full name would tell them who is sick (health data);
 * the event's link opens the dossier after login.
 */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => `${[...word][0]}.`)
    .join('');
}

export function taskCalendarUseCases(context: TasksContext) {
  const feeds = createCalendarRepository(context.db);
  const urlOf = (token: string) => `${context.publicUrl}/api/calendar/${token}.ics`;
  const nameQueries = nameQueriesOf(context);

  /** The tasks as all-day events: the task's name in `locale` and the employee's initials. */
  async function eventsOf(
    tx: TenantDb,
    rows: readonly SummaryTaskJson[],
    locale: Locale,
  ): Promise<AllDayEvent[]> {
    const versions = await context.protocolVersions.read(
      tx,
      rows.map((row) => row.protocolId),
    );
    return rows.map((row) => {
      const definition = versions.get(row.protocolId)?.tasks.find((task) => task.code === row.code);
      return {
        uid: `${row.id}@verzuim`,
        date: row.dueDate,
        summary: `${definition?.name[locale] ?? row.code} · ${initialsOf(row.employeeName ?? '')}`,
        url: `${context.publicUrl}/werknemers/${row.employeeId}#poortwachter`,
      };
    });
  }

  return {
    /** Whether the user has a feed URL, and since when (the URL itself is shown once only). */
    async calendarFeedStatus(actor: EmployerActor): Promise<CalendarFeedStatus> {
      const row = await feeds.findByUser(actor.userId);
      return { createdAt: row?.createdAt.toISOString() ?? null, url: null };
    },

    /** A new secret URL for the user; the previous one stops working. Audited. */
    async newCalendarUrl(actor: EmployerActor): Promise<CalendarFeedStatus> {
      const token = newSecretToken();
      const createdAt = context.clock.now();
      await context.db.transaction(async (tx) => {
        const mine = createCalendarRepository(tx);
        const replaced = (await mine.findByUser(actor.userId)) !== undefined;
        await mine.replace(
          { userId: actor.userId, employerId: actor.employerId, tokenHash: hashSecretToken(token) },
          createdAt,
        );
        await auditBy(context.audit, actor).record(
          {
            action: audited.calendarUrl,
            subjectType: 'user',
            subjectId: actor.userId,
            details: { replaced },
          },
          tx,
        );
      });
      return { createdAt: createdAt.toISOString(), url: urlOf(token) };
    },

    /**
     * The feed of a token as all-day events in the user's language: for an employer's user the
     * open tasks of the employees in their scope today; for an operator (who serves every
     * employer, so every open task would be thousands) the open tasks given to them, at every
     * employer. 404 for an unknown or replaced token, and for a user who can no longer work on
     * tasks (deactivated, past the end date, other role).
     */
    async calendarOf(token: string): Promise<string> {
      if (!tokenPattern.test(token)) throw errors.notFound();
      const feed = await feeds.findByTokenHash(hashSecretToken(token));
      if (feed === undefined) throw errors.notFound();
      // The employer was the user's own (or, for an operator, the chosen one) when the URL was
      // made; the user's access is checked again.
      const employerId = trustEmployerId(feed.employerId);
      const today = context.today();
      const pending = {
        status: ['open', 'postponed'] as const,
        dueFrom: addDays(today, -feedPastDays),
      };
      const { member, events } = await inTasksTransaction(
        context,
        employerId,
        async (tx, repository) => {
          const members = await context.users.actingMembersIn(tx, employerId);
          const member = members.find((candidate) => candidate.id === feed.userId);
          if (!member || !roleHasPermission(member.role, 'tasks.work')) throw errors.notFound();
          if (member.isOperator) return { member, events: [] };
          // The tasks with their employees' names in one statement.
          const rows = await namedTasksOf(
            tx,
            repository.whereOf({
              ...pending,
              inScope: (employeeId) =>
                context.employees.scopeCondition(member.scope, employeeId, today),
            }),
            nameQueries,
            feedLimit,
          );
          return { member, events: await eventsOf(tx, rows, member.locale) };
        },
      );
      if (member.isOperator) {
        // The tasks given to the operator, employer by employer (each in its own tenant).
        for (const employer of await context.organisation.listEmployers()) {
          const tenant = trustEmployerId(employer.id);
          events.push(
            ...(await inTasksTransaction(context, tenant, async (tx, repository) => {
              const rows = await namedTasksOf(
                tx,
                repository.whereOf({
                  ...pending,
                  assignedTo: member.id,
                  inScope: () => sql`true`,
                }),
                nameQueries,
                feedLimit,
              );
              return eventsOf(tx, rows, member.locale);
            })),
          );
        }
        events.sort((a, b) => a.date.localeCompare(b.date));
      }
      return writeCalendar({
        productId: '-//Verzuim//Taken//NL',
        name: translator(member.locale)('tasks.calendar.name'),
        stampedAt: context.clock.now(),
        events: events.slice(0, feedLimit),
      });
    },
  };
}
