/**
 * Protocollen (operator admin, SPEC.md §2.7): the protocols and their tasks as data. An edit never
 * changes a version: it writes the next one, so it applies to cases opened afterwards and never
 * silently to open ones (their tasks name the version they were made from). Each edit is one
 * transaction with its audit entry.
 */
import type { AuditAction } from '../../../contracts/audit.js';
import type {
  ChangeProtocolTaskRequest,
  ProtocolTaskView,
  ProtocolView,
} from '../../../contracts/protocols.js';
import type { Db } from '../../db/connection.js';
import { isUniqueViolation } from '../../db/connection.js';
import { auditBy } from '../../platform/audit/audit.js';
import { errors } from '../../platform/errors.js';
import type { Actor } from '../users/users.policies.js';
import type { TasksContext } from './tasks.context.js';
import { tasksErrors } from './tasks.errors.js';
import { protocolTaskProblems } from './tasks.protocols.models.js';
import { createProtocolsRepository, type StoredProtocol } from './tasks.protocols.repository.js';

const viewOf = (protocol: StoredProtocol, names: ReadonlyMap<string, string>): ProtocolView => ({
  id: protocol.id,
  code: protocol.code,
  name: protocol.name,
  employerId: protocol.employerId,
  employerName: protocol.employerId === null ? null : (names.get(protocol.employerId) ?? null),
  version: protocol.version,
  createdAt: protocol.createdAt.toISOString(),
  tasks: protocol.tasks,
});

/** What an edit did, for its audit entry (no key may contain "code": the writer redacts it). */
type Edit = { action: AuditAction; details: Record<string, unknown> };

export function protocolUseCases(context: TasksContext) {
  const { db } = context;

  async function views(protocols: StoredProtocol[]): Promise<ProtocolView[]> {
    const employerIds = protocols.flatMap((protocol) =>
      protocol.employerId === null ? [] : [protocol.employerId],
    );
    const names = await context.organisation.employerNamesOf([...new Set(employerIds)]);
    return protocols.map((protocol) => viewOf(protocol, names));
  }

  async function found(tx: Db, protocolId: string): Promise<StoredProtocol> {
    const [protocol] = await createProtocolsRepository(tx).protocolsWithIds([protocolId]);
    if (protocol === undefined) throw errors.notFound();
    return protocol;
  }

  /**
   * Writes the next version of the protocol with `tasks`; refused when `protocolId` is no longer
   * the last version (someone else changed it since the admin read it).
   */
  async function nextVersion(
    actor: Actor,
    protocolId: string,
    change: (protocol: StoredProtocol) => { tasks: ProtocolTaskView[]; edit: Edit },
  ): Promise<ProtocolView> {
    let written: StoredProtocol;
    try {
      written = await db.transaction(async (tx) => {
        const protocols = createProtocolsRepository(tx);
        const protocol = await found(tx, protocolId);
        if (!(await protocols.isCurrent(protocol))) throw tasksErrors.protocolChanged();
        const { tasks, edit } = change(protocol);
        const version = protocol.version + 1;
        const id = await protocols.insertVersion({ ...protocol, version, tasks }, actor.userId);
        await auditBy(context.audit, { ...actor, employerId: protocol.employerId }).record(
          {
            action: edit.action,
            subjectType: 'protocol',
            subjectId: id,
            details: { protocol: protocol.code, version, ...edit.details },
          },
          tx,
        );
        return found(tx, id);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw tasksErrors.protocolChanged();
      throw error;
    }
    const [view] = await views([written]);
    if (view === undefined) throw errors.notFound();
    return view;
  }

  function checked(tasks: ProtocolTaskView[], task: ProtocolTaskView, path: string) {
    const problems = protocolTaskProblems(tasks, task, path);
    if (problems.length > 0) throw errors.validation(problems);
    return tasks;
  }

  return {
    /** The last version of every protocol and of every employer's variant. */
    async listProtocols(): Promise<ProtocolView[]> {
      return views(await createProtocolsRepository(db).currentProtocols());
    },

    /** A task's names and offset; the rest of the task stays as it is. */
    changeProtocolTask(
      actor: Actor,
      protocolId: string,
      taskCode: string,
      input: ChangeProtocolTaskRequest,
    ): Promise<ProtocolView> {
      return nextVersion(actor, protocolId, (protocol) => {
        const before = protocol.tasks.find((task) => task.code === taskCode);
        if (before === undefined) throw errors.notFound();
        const after = { ...before, name: input.name, offset: input.offset };
        const tasks = protocol.tasks.map((task) => (task.code === taskCode ? after : task));
        return {
          tasks: checked(tasks, after, ''),
          edit: {
            action: 'protocol.task_changed',
            details: { task: taskCode, offsetBefore: before.offset, offset: after.offset },
          },
        };
      });
    },

    addProtocolTask(
      actor: Actor,
      protocolId: string,
      task: ProtocolTaskView,
    ): Promise<ProtocolView> {
      return nextVersion(actor, protocolId, (protocol) => ({
        tasks: checked([...protocol.tasks, task], task, ''),
        edit: { action: 'protocol.task_added', details: { task: task.code } },
      }));
    },

    /** Refused while another task's due date depends on it being done. */
    removeProtocolTask(actor: Actor, protocolId: string, taskCode: string): Promise<ProtocolView> {
      return nextVersion(actor, protocolId, (protocol) => {
        if (!protocol.tasks.some((task) => task.code === taskCode)) throw errors.notFound();
        if (protocol.tasks.some((task) => task.earlierAfterDone?.task === taskCode)) {
          throw tasksErrors.protocolTaskInUse();
        }
        return {
          tasks: protocol.tasks.filter((task) => task.code !== taskCode),
          edit: { action: 'protocol.task_removed', details: { task: taskCode } },
        };
      });
    },

    /**
     * The employer's own variant of a default protocol: version 1, a copy of the default's tasks.
     * From then on the employer's new cases get the variant.
     */
    async createProtocolVariant(
      actor: Actor,
      protocolId: string,
      employerId: string,
    ): Promise<ProtocolView> {
      const names = await context.organisation.employerNamesOf([employerId]);
      if (!names.has(employerId)) throw errors.invalidField('employerId', 'unknown_employer');
      let written: StoredProtocol;
      try {
        written = await db.transaction(async (tx) => {
          const protocols = createProtocolsRepository(tx);
          const protocol = await found(tx, protocolId);
          if (protocol.employerId !== null) throw tasksErrors.protocolIsVariant();
          const current = await protocols.currentProtocolFor(protocol.code, employerId);
          if (current?.employerId === employerId) throw tasksErrors.protocolVariantExists();
          const id = await protocols.insertVersion(
            { ...protocol, employerId, version: 1 },
            actor.userId,
          );
          await auditBy(context.audit, { ...actor, employerId }).record(
            {
              action: 'protocol.variant_created',
              subjectType: 'protocol',
              subjectId: id,
              details: { protocol: protocol.code, fromVersion: protocol.version },
            },
            tx,
          );
          return found(tx, id);
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw tasksErrors.protocolVariantExists();
        throw error;
      }
      return viewOf(written, names);
    },
  };
}
