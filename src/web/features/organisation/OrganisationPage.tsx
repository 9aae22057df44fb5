import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Menu,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  getTreeExpandedState,
  Tree,
  type TreeNodeData,
  useTree,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowsMove,
  IconChevronDown,
  IconChevronRight,
  IconDotsVertical,
  IconHierarchy2,
  IconPencil,
  IconPlus,
  IconUserStar,
  IconX,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../contracts/auth.js';
import {
  buildDepartmentTree,
  type DepartmentSummary,
  type DepartmentTree,
} from '../../../contracts/organisation.js';
import { roleHasPermission } from '../../../contracts/permissions.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Page } from '../../components/Page.js';
import { errorMessage } from '../../lib/api.js';
import { serverFieldErrors, useFormMessages } from '../../lib/forms.js';
import {
  managerCandidatesQuery,
  organisationStructureQuery,
  useDepartmentMutations,
} from './organisation.api.js';

type NodeData = TreeNodeData & { department: DepartmentSummary; totalCount: number };

function toTreeData(nodes: DepartmentTree<DepartmentSummary>[]): NodeData[] {
  return nodes.map((node) => {
    const children = toTreeData(node.children);
    return {
      value: node.id,
      label: node.name,
      department: node,
      totalCount: children.reduce((sum, child) => sum + child.totalCount, node.employeeCount),
      children,
    };
  });
}

/** What the open modal is about: a new department (under `parent`) or an action on one. */
type Dialog =
  | { kind: 'create'; parent: DepartmentSummary | null }
  | { kind: 'rename' | 'move' | 'manager' | 'close'; department: DepartmentSummary };

/**
 * Organisatiestructuur: the department tree with headcounts (this department and below) and
 * managers. With organisation.manage each department has a menu: add below, rename, move, set the
 * manager, close. The tree opens and closes with the arrow keys; the menus work by keyboard too.
 */
export function OrganisationPage({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const canManage = roleHasPermission(user.role, 'organisation.manage');
  const structure = useQuery(organisationStructureQuery);
  const tree = useTree();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const data = useMemo(
    () => toTreeData(buildDepartmentTree(structure.data?.departments ?? [])),
    [structure.data],
  );
  // Open the whole tree when it (re)loads, so a new or moved department is in sight.
  const { setExpandedState } = tree;
  useEffect(() => {
    setExpandedState(getTreeExpandedState(data, '*'));
    // Only when the data changes: the tree's setters change identity with every expand.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);

  const body = () => {
    if (structure.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
    if (structure.isError) {
      return (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(structure.error)}
        </Alert>
      );
    }
    if (data.length === 0) {
      return (
        <Paper withBorder radius="md">
          <EmptyState
            icon={<IconHierarchy2 aria-hidden stroke={1.5} />}
            title={t('organisation.structure.emptyTitle')}
            description={t('organisation.structure.emptyDescription')}
          />
        </Paper>
      );
    }
    return (
      <Paper withBorder radius="md" p="md">
        <Text fw={600} mb="xs">
          {structure.data.employer.name}
        </Text>
        <Tree
          data={data}
          tree={tree}
          aria-label={t('organisation.structure.title')}
          levelOffset={24}
          renderNode={({ node, expanded, hasChildren, elementProps }) => {
            const { department, totalCount } = node as NodeData;
            return (
              <Group gap={6} wrap="nowrap" py={4} {...elementProps}>
                {hasChildren ? (
                  expanded ? (
                    <IconChevronDown size={14} aria-hidden />
                  ) : (
                    <IconChevronRight size={14} aria-hidden />
                  )
                ) : (
                  <span style={{ width: 14 }} aria-hidden />
                )}
                <Text size="sm" c={department.closedOn ? 'dimmed' : undefined}>
                  {department.name}
                </Text>
                <Badge
                  size="sm"
                  variant="light"
                  color="gray"
                  aria-label={t('organisation.structure.employeeCount', { count: totalCount })}
                >
                  {totalCount}
                </Badge>
                {department.closedOn && (
                  <Badge size="sm" variant="outline" color="gray">
                    {t('organisation.structure.closedOn', { date: department.closedOn })}
                  </Badge>
                )}
                {department.manager && (
                  <Text size="xs" c="dimmed">
                    {t('organisation.structure.managerIs', {
                      name: department.manager.displayName,
                    })}
                  </Text>
                )}
                {canManage && department.closedOn === null && (
                  // The menu lives in the node: keep its clicks and keys away from the tree.
                  <span
                    onClick={(event) => event.stopPropagation()}
                    onKeyDown={(event) => event.stopPropagation()}
                    role="presentation"
                  >
                    <DepartmentMenu department={department} onChoose={setDialog} />
                  </span>
                )}
              </Group>
            );
          }}
        />
      </Paper>
    );
  };

  return (
    <Page title={t('organisation.structure.title')} description={t('organisation.structure.intro')}>
      {canManage && (
        <Group>
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setDialog({ kind: 'create', parent: null })}
          >
            {t('organisation.structure.addTop')}
          </Button>
        </Group>
      )}
      {body()}
      {dialog && (
        <DepartmentDialog
          dialog={dialog}
          departments={structure.data?.departments ?? []}
          onClose={() => setDialog(null)}
        />
      )}
    </Page>
  );
}

function DepartmentMenu({
  department,
  onChoose,
}: {
  department: DepartmentSummary;
  onChoose: (dialog: Dialog) => void;
}) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={t('organisation.structure.actionsFor', { name: department.name })}
        >
          <IconDotsVertical size={16} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => onChoose({ kind: 'create', parent: department })}
        >
          {t('organisation.structure.addBelow')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconPencil size={14} aria-hidden />}
          onClick={() => onChoose({ kind: 'rename', department })}
        >
          {t('organisation.structure.rename')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconArrowsMove size={14} aria-hidden />}
          onClick={() => onChoose({ kind: 'move', department })}
        >
          {t('organisation.structure.move')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconUserStar size={14} aria-hidden />}
          onClick={() => onChoose({ kind: 'manager', department })}
        >
          {t('organisation.structure.setManager')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconX size={14} aria-hidden />}
          onClick={() => onChoose({ kind: 'close', department })}
        >
          {t('organisation.structure.close')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** Every department below `id` (and `id` itself): not a place to move `id` to. */
function subtreeOf(departments: DepartmentSummary[], id: string): Set<string> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const department of departments) {
      if (department.parentId && found.has(department.parentId) && !found.has(department.id)) {
        found.add(department.id);
        grew = true;
      }
    }
  }
  return found;
}

const topLevel = '__top__';

const doneMessages = {
  created: 'organisation.structure.done.created',
  renamed: 'organisation.structure.done.renamed',
  moved: 'organisation.structure.done.moved',
  managerSet: 'organisation.structure.done.managerSet',
  closed: 'organisation.structure.done.closed',
} as const;

function DepartmentDialog({
  dialog,
  departments,
  onClose,
}: {
  dialog: Dialog;
  departments: DepartmentSummary[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const message = useFormMessages();
  const mutations = useDepartmentMutations();
  const managers = useQuery({ ...managerCandidatesQuery, enabled: dialog.kind === 'manager' });
  const current = dialog.kind === 'create' ? null : dialog.department;
  const [name, setName] = useState(dialog.kind === 'rename' ? dialog.department.name : '');
  const [parent, setParent] = useState<string>(current?.parentId ?? topLevel);
  const [managerId, setManagerId] = useState<string | null>(current?.manager?.id ?? null);
  const [error, setError] = useState<unknown>(null);

  const titles = {
    create:
      dialog.kind === 'create' && dialog.parent
        ? t('organisation.structure.addBelowTitle', { name: dialog.parent.name })
        : t('organisation.structure.addTop'),
    rename: t('organisation.structure.renameTitle', { name: current?.name ?? '' }),
    move: t('organisation.structure.moveTitle', { name: current?.name ?? '' }),
    manager: t('organisation.structure.managerTitle', { name: current?.name ?? '' }),
    close: t('organisation.structure.closeTitle', { name: current?.name ?? '' }),
  };

  const pending = Object.values(mutations).some((mutation) => mutation.isPending);
  const done = (key: keyof typeof doneMessages) => {
    notifications.show({ color: 'teal', message: t(doneMessages[key]) });
    onClose();
  };
  const fail = (reason: unknown) => setError(reason);
  const fieldErrors = serverFieldErrors(error, ['name', 'parentId', 'managerUserId'] as const);
  const generalError =
    error && Object.keys(fieldErrors).length === 0 ? errorMessage(error) : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (dialog.kind === 'create') {
      mutations.create.mutate(
        { name, parentId: dialog.parent?.id ?? null },
        { onSuccess: () => done('created'), onError: fail },
      );
    } else if (dialog.kind === 'rename') {
      mutations.update.mutate(
        { id: dialog.department.id, name },
        { onSuccess: () => done('renamed'), onError: fail },
      );
    } else if (dialog.kind === 'move') {
      mutations.update.mutate(
        { id: dialog.department.id, parentId: parent === topLevel ? null : parent },
        { onSuccess: () => done('moved'), onError: fail },
      );
    } else if (dialog.kind === 'manager' && managerId) {
      mutations.setManager.mutate(
        { id: dialog.department.id, managerUserId: managerId },
        { onSuccess: () => done('managerSet'), onError: fail },
      );
    } else if (dialog.kind === 'close') {
      mutations.close.mutate(dialog.department.id, {
        onSuccess: () => done('closed'),
        onError: fail,
      });
    }
  };

  const excluded = current ? subtreeOf(departments, current.id) : new Set<string>();
  const parentOptions = [
    { value: topLevel, label: t('organisation.structure.topLevel') },
    ...departments
      .filter((row) => row.closedOn === null && !excluded.has(row.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      .map((row) => ({ value: row.id, label: row.name })),
  ];

  return (
    <Modal opened onClose={onClose} title={titles[dialog.kind]} centered>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {(dialog.kind === 'create' || dialog.kind === 'rename') && (
            <TextInput
              label={t('organisation.structure.name')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              required
              data-autofocus
              maxLength={200}
              error={message(fieldErrors.name)}
            />
          )}
          {dialog.kind === 'move' && (
            <Select
              label={t('organisation.structure.newParent')}
              data={parentOptions}
              value={parent}
              onChange={(value) => setParent(value ?? topLevel)}
              searchable
              allowDeselect={false}
              error={message(fieldErrors.parentId)}
              data-autofocus
            />
          )}
          {dialog.kind === 'manager' &&
            (managers.isPending ? (
              <Loader size="sm" aria-label={t('common.loading')} />
            ) : (
              <Select
                label={t('organisation.structure.manager')}
                description={t('organisation.structure.managerHelp')}
                data={(managers.data?.managers ?? []).map((candidate) => ({
                  value: candidate.id,
                  label: candidate.displayName,
                }))}
                value={managerId}
                onChange={setManagerId}
                searchable
                allowDeselect={false}
                nothingFoundMessage={t('organisation.structure.noManagers')}
                error={message(fieldErrors.managerUserId)}
                data-autofocus
              />
            ))}
          {dialog.kind === 'close' && <Text>{t('organisation.structure.closeConfirm')}</Text>}
          {generalError && (
            <Alert color="red" variant="light" role="alert">
              {generalError}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('organisation.common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={pending}
              color={dialog.kind === 'close' ? 'red' : undefined}
              disabled={dialog.kind === 'manager' && !managerId}
            >
              {dialog.kind === 'close'
                ? t('organisation.structure.close')
                : t('organisation.common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
