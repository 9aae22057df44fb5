import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Collapse,
  Grid,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFileImport, IconPlus, IconSearch, IconUserOff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../contracts/auth.js';
import {
  buildDepartmentTree,
  type DepartmentSummary,
  type DepartmentTree,
} from '../../../contracts/organisation.js';
import { roleHasPermission } from '../../../contracts/permissions.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import type { EmployeeSearchHit } from '../../../contracts/employees.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ListPagination } from '../../components/ListPagination.js';
import { Page } from '../../components/Page.js';
import { errorMessage } from '../../lib/api.js';
import { formatDate } from '../../lib/dates.js';
import { organisationStructureQuery } from '../organisation/organisation.api.js';
import { AbsenceStateBadge } from './AbsenceStateBadge.js';
import { departmentCountsQuery, employeeSearchQuery, listName } from './employees.api.js';
import { useDepartmentNames } from './EmploymentsSection.js';
import { useDepartmentOptions } from './EmploymentFields.js';

const pageSize = 25;

/** Organisation tree with the number of employees in scope per department (with those below). */
function DepartmentBrowser({
  selected,
  onSelect,
}: {
  selected: string | null;
  onSelect: (departmentId: string | null) => void;
}) {
  const { t } = useTranslation();
  const structure = useQuery(organisationStructureQuery);
  const counts = useQuery(departmentCountsQuery);
  const byDepartment = useMemo(
    () => new Map(counts.data?.counts.map((c) => [c.departmentId, c.employees]) ?? []),
    [counts.data],
  );
  const tree = useMemo(
    () => buildDepartmentTree(structure.data?.departments ?? []),
    [structure.data],
  );
  const total = (node: DepartmentTree<DepartmentSummary>): number =>
    node.children.reduce((sum, child) => sum + total(child), byDepartment.get(node.id) ?? 0);
  const render = (nodes: DepartmentTree<DepartmentSummary>[], depth: number) =>
    nodes.map((node) => (
      <li key={node.id}>
        <UnstyledButton
          onClick={() => onSelect(selected === node.id ? null : node.id)}
          aria-pressed={selected === node.id}
          pl={depth * 16}
          py={4}
          w="100%"
        >
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm" fw={selected === node.id ? 700 : 400}>
              {node.name}
            </Text>
            <Badge variant="light" color="gray" size="sm">
              {total(node)}
            </Badge>
          </Group>
        </UnstyledButton>
        {node.children.length > 0 && (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {render(node.children, depth + 1)}
          </ul>
        )}
      </li>
    ));
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('employees.search.browse')}
      </Title>
      <ul
        style={{ listStyle: 'none', margin: 0, padding: 0 }}
        aria-label={t('employees.search.browse')}
      >
        {render(tree, 0)}
      </ul>
    </Paper>
  );
}

/** Dossier zoeken: search by name (and more), browse by department, open a dossier. */
export function EmployeeSearchPage({
  user,
  departmentId: initialDepartment,
}: {
  user: CurrentUser;
  /** Show this department's employees from the start. */
  departmentId?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState('');
  const [includeOutOfService, setIncludeOutOfService] = useState(false);
  const [extended, setExtended] = useState(false);
  const [personnelNumber, setPersonnelNumber] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [firstName, setFirstName] = useState('');
  const [departmentId, setDepartmentId] = useState<string | null>(initialDepartment ?? null);
  // A verzuimmelder searches, but may not read the organisation nor open a dossier.
  const mayBrowse = roleHasPermission(user.role, 'organisation.read');
  const mayOpen = roleHasPermission(user.role, 'employees.read');
  const [page, setPage] = useState(1);
  const departments = useDepartmentOptions(mayBrowse);
  const departmentName = useDepartmentNames(mayBrowse);
  const [debouncedName] = useDebouncedValue(name, 250);
  const [debouncedFirstName] = useDebouncedValue(firstName, 250);
  const [debouncedNumber] = useDebouncedValue(personnelNumber, 250);

  const query = {
    name: debouncedName || undefined,
    includeOutOfService: includeOutOfService ? ('true' as const) : undefined,
    personnelNumber: debouncedNumber || undefined,
    dateOfBirth: dateOfBirth || undefined,
    firstName: debouncedFirstName || undefined,
    departmentId: departmentId ?? undefined,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  };
  const results = useQuery(employeeSearchQuery(query));
  const reset =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  const mayAdd = roleHasPermission(user.role, 'employees.write');
  const data = results.data;
  const columns: DataColumn<EmployeeSearchHit>[] = [
    {
      key: 'name',
      header: t('employees.search.nameColumn'),
      cell: (hit) => (
        <Group gap="xs" wrap="nowrap">
          {mayOpen ? (
            <Anchor component={Link} to={`/werknemers/${hit.id}`}>
              {listName(hit)}
            </Anchor>
          ) : (
            <Text size="sm">{listName(hit)}</Text>
          )}
          {!hit.inService && (
            <Badge color="red" variant="light" size="sm">
              {t('employees.dossier.outOfService')}
            </Badge>
          )}
          <AbsenceStateBadge absence={hit.absence} />
        </Group>
      ),
    },
    {
      key: 'personnelNumber',
      header: t('employees.fields.personnelNumber'),
      cell: (hit) => hit.personnelNumber ?? '—',
    },
    {
      key: 'dateOfBirth',
      header: t('employees.fields.dateOfBirth'),
      cell: (hit) => formatDate(hit.dateOfBirth, i18n.language, 'short'),
    },
    {
      key: 'department',
      header: t('employees.fields.department'),
      cell: (hit) => (hit.departmentId && mayBrowse ? departmentName(hit.departmentId) : '—'),
    },
  ];
  return (
    <Page title={t('employees.search.title')}>
      {mayAdd && (
        <Group>
          <Button
            component={Link}
            to="/werknemers/nieuw"
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            {t('employees.search.add')}
          </Button>
          <Button
            component={Link}
            to="/werknemers/importeren"
            variant="default"
            leftSection={<IconFileImport size={16} aria-hidden />}
          >
            {t('integration.link')}
          </Button>
        </Group>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Paper withBorder p="md">
              <Stack gap="sm">
                <TextInput
                  label={t('employees.search.name')}
                  placeholder={t('employees.search.namePlaceholder')}
                  leftSection={<IconSearch size={16} aria-hidden />}
                  value={name}
                  onChange={(event) => reset(setName)(event.currentTarget.value)}
                  type="search"
                />
                <Checkbox
                  label={t('employees.search.includeOutOfService')}
                  checked={includeOutOfService}
                  onChange={(event) => reset(setIncludeOutOfService)(event.currentTarget.checked)}
                />
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => setExtended(!extended)}
                  aria-expanded={extended}
                >
                  {t('employees.search.extended')}
                </Anchor>
                <Collapse expanded={extended}>
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <TextInput
                      label={t('employees.fields.personnelNumber')}
                      value={personnelNumber}
                      onChange={(event) => reset(setPersonnelNumber)(event.currentTarget.value)}
                    />
                    <TextInput
                      type="date"
                      label={t('employees.fields.dateOfBirth')}
                      value={dateOfBirth}
                      onChange={(event) => reset(setDateOfBirth)(event.currentTarget.value)}
                    />
                    <TextInput
                      label={t('employees.fields.firstName')}
                      value={firstName}
                      onChange={(event) => reset(setFirstName)(event.currentTarget.value)}
                    />
                    {mayBrowse && (
                      <Select
                        label={t('employees.fields.department')}
                        data={departments}
                        value={departmentId}
                        onChange={reset(setDepartmentId)}
                        clearable
                        searchable
                      />
                    )}
                  </SimpleGrid>
                </Collapse>
              </Stack>
            </Paper>
            {results.isError ? (
              <Alert color="red" variant="light">
                {errorMessage(results.error)}
              </Alert>
            ) : data?.scopeEmpty ? (
              <EmptyState
                icon={<IconUserOff aria-hidden stroke={1.5} />}
                title={t('employees.search.noScopeTitle')}
                description={t('employees.search.noScope')}
              />
            ) : data && data.items.length === 0 ? (
              <EmptyState description={t('employees.search.nothingFound')} />
            ) : (
              <Stack gap="sm">
                <Text size="sm" c="dimmed" aria-live="polite">
                  {t('employees.search.count', { count: data?.total ?? 0 })}
                </Text>
                <DataTable
                  caption={t('employees.search.results')}
                  columns={columns}
                  rows={data?.items}
                  rowKey={(hit) => hit.id}
                  empty={{ description: t('employees.search.nothingFound') }}
                  minWidth={520}
                  tableProps={{
                    striped: false,
                    highlightOnHover: true,
                    verticalSpacing: 'xs',
                    'aria-busy': results.isFetching,
                  }}
                />
                {data && data.total > pageSize && (
                  <ListPagination
                    total={Math.ceil(data.total / pageSize)}
                    value={page}
                    onChange={setPage}
                  />
                )}
              </Stack>
            )}
          </Stack>
        </Grid.Col>
        {mayBrowse && (
          <Grid.Col span={{ base: 12, md: 4 }}>
            <DepartmentBrowser selected={departmentId} onSelect={reset(setDepartmentId)} />
          </Grid.Col>
        )}
      </Grid>
    </Page>
  );
}
