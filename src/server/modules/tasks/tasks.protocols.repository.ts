import { and, asc, desc, eq, getTableColumns, inArray, isNull, or, sql } from 'drizzle-orm';
import type { ProtocolTaskView, Responsible, TaskTrigger } from '../../../contracts/protocols.js';
import type { Db } from '../../db/connection.js';
import type { Protocol } from './tasks.protocols.models.js';
import { protocols, protocolTasks } from './tasks.protocols.table.js';

type ProtocolRow = typeof protocols.$inferSelect;
/** A task as the statement's JSON gives it: the table's columns without the protocol id. */
type ProtocolTaskJson = Omit<typeof protocolTasks.$inferSelect, 'protocolId' | 'position'>;

export type StoredProtocol = Protocol & { createdAt: Date };

const taskOf = (row: ProtocolTaskJson): ProtocolTaskView => ({
  code: row.code,
  name: { nl: row.nameNl, en: row.nameEn },
  trigger: row.trigger as TaskTrigger,
  offset: row.dueOffset,
  repetition:
    row.repeatEvery === null || row.repeatUntil === null
      ? null
      : { every: row.repeatEvery, until: row.repeatUntil },
  responsible: row.responsible as Responsible[],
  postponable: row.postponable,
  setAsideOnClose: row.setAsideOnClose,
  earlierAfterDone:
    row.earlierAfterTask === null || row.earlierAfterDays === null
      ? null
      : { task: row.earlierAfterTask, days: row.earlierAfterDays },
});

const columnsOf = (protocolId: string, task: ProtocolTaskView, position: number) => ({
  protocolId,
  position,
  code: task.code,
  nameNl: task.name.nl,
  nameEn: task.name.en,
  trigger: task.trigger,
  dueOffset: task.offset,
  repeatEvery: task.repetition?.every ?? null,
  repeatUntil: task.repetition?.until ?? null,
  responsible: [...task.responsible],
  postponable: task.postponable,
  setAsideOnClose: task.setAsideOnClose,
  earlierAfterTask: task.earlierAfterDone?.task ?? null,
  earlierAfterDays: task.earlierAfterDone?.days ?? null,
});

/**
 * The protocols: not tenant data (the defaults belong to no employer), so the repository takes a
 * tenant transaction (a case's tasks) or the plain connection (the operator admin) alike.
 */
export function createProtocolsRepository(db: Db) {
  /** A protocol row with its tasks in order, read in the same statement. */
  const withTasks = {
    ...getTableColumns(protocols),
    tasks: sql<ProtocolTaskJson[]>`(select coalesce(json_agg(json_build_object(
        'code', t.code, 'nameNl', t.name_nl, 'nameEn', t.name_en, 'trigger', t.trigger,
        'dueOffset', t.due_offset, 'repeatEvery', t.repeat_every, 'repeatUntil', t.repeat_until,
        'responsible', t.responsible, 'postponable', t.postponable,
        'setAsideOnClose', t.set_aside_on_close, 'earlierAfterTask', t.earlier_after_task,
        'earlierAfterDays', t.earlier_after_days) order by t.position), '[]'::json)
      from ${protocolTasks} t where t.protocol_id = ${protocols.id})`,
  };
  const stored = (row: ProtocolRow & { tasks: ProtocolTaskJson[] }): StoredProtocol => ({
    id: row.id,
    code: row.code,
    name: { nl: row.nameNl, en: row.nameEn },
    employerId: row.employerId,
    version: row.version,
    // json_agg hands timestamps back as text on some drivers.
    createdAt: new Date(row.createdAt),
    tasks: row.tasks.map(taskOf),
  });

  return {
    /** The protocols with these ids (versions a case's tasks name), with their tasks. */
    async protocolsWithIds(ids: readonly string[]): Promise<StoredProtocol[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .select(withTasks)
        .from(protocols)
        .where(inArray(protocols.id, [...ids]));
      return rows.map(stored);
    },

    /**
     * The protocol `code` a new case of the employer gets: the last version of the employer's
     * variant when there is one, else the last version of the default.
     */
    async currentProtocolFor(
      code: string,
      employerId: string,
    ): Promise<StoredProtocol | undefined> {
      const [row] = await db
        .select(withTasks)
        .from(protocols)
        .where(
          and(
            eq(protocols.code, code),
            or(isNull(protocols.employerId), eq(protocols.employerId, employerId)),
          ),
        )
        .orderBy(sql`${protocols.employerId} is null`, desc(protocols.version))
        .limit(1);
      return row === undefined ? undefined : stored(row);
    },

    /** The last version of every protocol and every employer's variant. */
    async currentProtocols(): Promise<StoredProtocol[]> {
      const rows = await db
        .selectDistinctOn([protocols.code, protocols.employerId], withTasks)
        .from(protocols)
        .orderBy(asc(protocols.code), asc(protocols.employerId), desc(protocols.version));
      return rows.map(stored);
    },

    /** Whether a later version of the protocol exists (an edit of an old version is refused). */
    async isCurrent(protocol: Pick<Protocol, 'code' | 'employerId' | 'version'>): Promise<boolean> {
      const [later] = await db
        .select({ id: protocols.id })
        .from(protocols)
        .where(
          and(
            eq(protocols.code, protocol.code),
            protocol.employerId === null
              ? isNull(protocols.employerId)
              : eq(protocols.employerId, protocol.employerId),
            sql`${protocols.version} > ${protocol.version}`,
          ),
        )
        .limit(1);
      return later === undefined;
    },

    /** Writes a new version (or a variant's first) with its tasks; answers its id. */
    async insertVersion(protocol: Omit<Protocol, 'id'>, createdBy: string): Promise<string> {
      const [row] = await db
        .insert(protocols)
        .values({
          code: protocol.code,
          employerId: protocol.employerId,
          version: protocol.version,
          nameNl: protocol.name.nl,
          nameEn: protocol.name.en,
          createdBy,
        })
        .returning({ id: protocols.id });
      if (row === undefined) throw new Error('the protocol version was not written');
      if (protocol.tasks.length > 0) {
        await db
          .insert(protocolTasks)
          .values(protocol.tasks.map((task, position) => columnsOf(row.id, task, position)));
      }
      return row.id;
    },
  };
}

export type ProtocolsRepository = ReturnType<typeof createProtocolsRepository>;
