import {
  Alert,
  Anchor,
  Badge,
  Group,
  Loader,
  Text,
  Tree,
  type TreeNodeData,
  useTree,
} from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconHierarchy2 } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  buildDepartmentTree,
  type DepartmentSummary,
  type DepartmentTree,
} from '../../../contracts/organisation.js';
import { EmptyState } from '../../components/EmptyState.js';
import { errorMessage } from '../../lib/api.js';
import { organisationStructureQuery } from './organisation.api.js';

type DepartmentNodeData = TreeNodeData & { employeeCount: number };

/** Each department shows its headcount including everything below it, as people read a tree. */
function toTreeData(nodes: DepartmentTree<DepartmentSummary>[]): DepartmentNodeData[] {
  return nodes.map((node) => {
    const children = toTreeData(node.children);
    return {
      value: node.id,
      label: node.name,
      employeeCount: children.reduce((sum, child) => sum + child.employeeCount, node.employeeCount),
      children,
    };
  });
}

/** Organisatiestructuur: the department tree with today's headcount; arrow keys open and close. */
export function OrganisationWidget() {
  const { t } = useTranslation();
  const structure = useQuery(organisationStructureQuery);
  const tree = useTree();
  const data = useMemo(
    () => toTreeData(buildDepartmentTree(structure.data?.departments ?? [])),
    [structure.data],
  );

  if (structure.isPending) {
    return <Loader size="sm" aria-label={t('common.loading')} m="md" />;
  }
  if (structure.isError) {
    return (
      <Alert color="red" variant="light" mt="md">
        {errorMessage(structure.error)}
      </Alert>
    );
  }
  if (data.length === 0) {
    return (
      <EmptyState
        size="sm"
        icon={<IconHierarchy2 aria-hidden stroke={1.5} />}
        description={t('dashboard.widgets.organisation.empty')}
      />
    );
  }
  return (
    <>
      <Text size="sm" fw={600} mt="md" mb="xs">
        {structure.data.employer.name}
      </Text>
      <Tree
        data={data}
        tree={tree}
        aria-label={t('dashboard.widgets.organisation.title')}
        levelOffset={20}
        renderNode={({ node, expanded, hasChildren, elementProps }) => {
          const count = (node as DepartmentNodeData).employeeCount;
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
              {/* The department's employees; the row itself opens and closes the branch. */}
              <Anchor
                renderRoot={(props) => (
                  <Link to="/werknemers" search={{ afdeling: node.value }} {...props} />
                )}
                size="sm"
                // At least 24 px high, so rows of links are no small targets (WCAG 2.5.8).
                style={{ display: 'inline-flex', alignItems: 'center', minHeight: 24 }}
                onClick={(event) => event.stopPropagation()}
              >
                {node.label}
              </Anchor>
              <Badge
                size="sm"
                variant="light"
                color="gray"
                aria-label={t('dashboard.widgets.organisation.employeeCount', { count })}
              >
                {count}
              </Badge>
            </Group>
          );
        }}
      />
    </>
  );
}
