import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Menu,
  Paper,
  Text,
  getTreeExpandedState,
  Tree,
  type TreeNodeData,
  useTree,
} from '@mantine/core';
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
import { useEffect, useMemo } from 'react';
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
import { formatDate } from '../../lib/dates.js';
import { type DepartmentActions, useDepartmentActions } from './DepartmentDialogs.js';
import { organisationStructureQuery } from './organisation.api.js';

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

/**
 * Organisatiestructuur: the department tree with headcounts (this department and below) and
 * managers. With organisation.manage each department has a menu: add below, rename, move, set the
 * manager, close. The tree opens and closes with the arrow keys; the menus work by keyboard too.
 */
export function OrganisationPage({ user }: { user: CurrentUser }) {
  const { t, i18n } = useTranslation();
  const canManage = roleHasPermission(user.role, 'organisation.manage');
  const structure = useQuery(organisationStructureQuery);
  const tree = useTree();
  const actions = useDepartmentActions(structure.data?.departments ?? []);
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
                    {t('organisation.structure.closedOn', {
                      date: formatDate(department.closedOn, i18n.language),
                    })}
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
                    <DepartmentMenu department={department} actions={actions} />
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
            onClick={() => actions.create(null)}
          >
            {t('organisation.structure.addTop')}
          </Button>
        </Group>
      )}
      {body()}
    </Page>
  );
}

function DepartmentMenu({
  department,
  actions,
}: {
  department: DepartmentSummary;
  actions: DepartmentActions;
}) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('organisation.structure.actionsFor', { name: department.name })}
        >
          <IconDotsVertical size={16} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => actions.create(department)}
        >
          {t('organisation.structure.addBelow')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconPencil size={14} aria-hidden />}
          onClick={() => actions.rename(department)}
        >
          {t('organisation.structure.rename')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconArrowsMove size={14} aria-hidden />}
          onClick={() => actions.move(department)}
        >
          {t('organisation.structure.move')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconUserStar size={14} aria-hidden />}
          onClick={() => actions.manager(department)}
        >
          {t('organisation.structure.setManager')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          // Shade 9: Mantine's red 6 reads at 3.3:1 on the white menu (WCAG AA asks 4.5:1).
          color="red.9"
          leftSection={<IconX size={14} aria-hidden />}
          onClick={() => actions.close(department)}
        >
          {t('organisation.structure.close')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
