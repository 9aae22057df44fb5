import {
  ActionIcon,
  Alert,
  Box,
  Button,
  Checkbox,
  Group,
  Loader,
  Paper,
  Radio,
  Stack,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type Dispatch, type ReactNode, type SetStateAction, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  buildDepartmentTree,
  type DepartmentSummary,
  type DepartmentTree,
} from '../../../contracts/organisation.js';
import type { ScopeEmployee, UserScopeResponse } from '../../../contracts/users.js';
import { PageLoader } from '../../components/PageLoader.js';
import { errorMessage } from '../../lib/api.js';
import { organisationStructureQuery } from '../organisation/organisation.api.js';
import {
  departmentEmployeesQueryOptions,
  userScopeQueryOptions,
  useReplaceScopeMutation,
} from './users.api.js';
import classes from './ScopeEditor.module.css';

export interface ScopeEditorProps {
  userId: string;
  userName: string;
}

/**
 * "Dossiertoegang beheren": autorisatie-overname yes/no and, for no, a tree of employer >
 * departments > employees with checkboxes. The triangles open a level; a department's employees
 * are fetched when it is opened. A tick on a level covers everything below it.
 */
export function ScopeEditor({ userId, userName }: ScopeEditorProps) {
  const scope = useQuery(userScopeQueryOptions(userId));
  const structure = useQuery(organisationStructureQuery);
  // Kept here, not in the form: the form starts afresh after saving, these stay.
  const save = useReplaceScopeMutation(userId);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set(['employer']));
  if (scope.isPending || structure.isPending) return <PageLoader />;
  if (scope.isError || structure.isError) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
        {errorMessage(scope.error ?? structure.error)}
      </Alert>
    );
  }
  return (
    <ScopeForm
      // A fresh form whenever the stored scope changes (after saving).
      key={JSON.stringify(scope.data)}
      save={save}
      expanded={expanded}
      setExpanded={setExpanded}
      userName={userName}
      stored={scope.data}
      employerName={structure.data.employer.name}
      departments={structure.data.departments}
    />
  );
}

type Selection = {
  wholeEmployer: boolean;
  departmentIds: ReadonlySet<string>;
  employees: ReadonlyMap<string, ScopeEmployee>;
};

function ScopeForm({
  save,
  expanded,
  setExpanded,
  userName,
  stored,
  employerName,
  departments,
}: {
  save: ReturnType<typeof useReplaceScopeMutation>;
  expanded: ReadonlySet<string>;
  setExpanded: Dispatch<SetStateAction<ReadonlySet<string>>>;
  userName: string;
  stored: UserScopeResponse;
  employerName: string;
  departments: DepartmentSummary[];
}) {
  const { t, i18n } = useTranslation();
  const [inherit, setInherit] = useState(stored.mode === 'inherited');
  const [selection, setSelection] = useState<Selection>({
    wholeEmployer: stored.wholeEmployer,
    departmentIds: new Set(stored.departmentIds),
    employees: new Map(stored.employees.map((employee) => [employee.id, employee])),
  });
  const tree = useMemo(() => buildDepartmentTree(departments), [departments]);
  const names = useMemo(
    () => new Map(departments.map((department) => [department.id, department.name])),
    [departments],
  );
  /** Departments with a tick somewhere below them: their box shows a dash, as a hint to open. */
  const partly = useMemo(() => {
    const result = new Set<string>();
    const employeeDepartments = new Set(
      [...selection.employees.values()].map((employee) => employee.departmentId),
    );
    const walk = (node: DepartmentTree<DepartmentSummary>): boolean => {
      const below = node.children.map(walk).some(Boolean);
      if (below || employeeDepartments.has(node.id)) result.add(node.id);
      return below || result.has(node.id) || selection.departmentIds.has(node.id);
    };
    tree.forEach(walk);
    return result;
  }, [tree, selection]);

  const toggleExpanded = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const toggleDepartment = (id: string, checked: boolean) =>
    setSelection((current) => {
      const departmentIds = new Set(current.departmentIds);
      if (checked) departmentIds.add(id);
      else departmentIds.delete(id);
      return { ...current, departmentIds };
    });
  const toggleEmployee = (employee: ScopeEmployee, checked: boolean) =>
    setSelection((current) => {
      const employees = new Map(current.employees);
      if (checked) employees.set(employee.id, employee);
      else employees.delete(employee.id);
      return { ...current, employees };
    });

  const nothing =
    !inherit &&
    !selection.wholeEmployer &&
    selection.departmentIds.size === 0 &&
    selection.employees.size === 0;

  const submit = () =>
    save.mutate(
      {
        mode: inherit ? 'inherited' : 'explicit',
        wholeEmployer: selection.wholeEmployer,
        departmentIds: [...selection.departmentIds],
        employeeIds: [...selection.employees.keys()],
      },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            message: i18n.t('users.scope.saved', { name: userName }),
          }),
      },
    );

  /** A department with every level below it; `covered`: a tick higher up already includes it. */
  const renderDepartment = (
    department: DepartmentTree<DepartmentSummary>,
    covered: boolean,
  ): ReactNode => {
    const open = expanded.has(department.id);
    const ticked = selection.departmentIds.has(department.id);
    const groupId = `scope-${department.id}`;
    return (
      <li key={department.id}>
        <TreeRow
          open={open}
          controls={groupId}
          name={department.name}
          onToggle={() => toggleExpanded(department.id)}
        >
          <Checkbox
            label={department.name}
            checked={covered || ticked}
            indeterminate={!covered && !ticked && partly.has(department.id)}
            disabled={covered}
            description={department.closedOn ? t('users.scope.closed') : undefined}
            onChange={(event) => toggleDepartment(department.id, event.currentTarget.checked)}
          />
        </TreeRow>
        {open && (
          <ul className={classes.level} id={groupId}>
            {department.children.map((child) => renderDepartment(child, covered || ticked))}
            <DepartmentEmployees
              departmentId={department.id}
              hasSubDepartments={department.children.length > 0}
              covered={covered || ticked}
              selected={selection.employees}
              onToggle={toggleEmployee}
            />
          </ul>
        )}
      </li>
    );
  };

  const selectedEmployees = [...selection.employees.values()];

  return (
    <Stack gap="md">
      <Radio.Group
        label={t('users.form.inheritScope')}
        description={t('users.form.inheritScopeHint')}
        value={inherit ? 'yes' : 'no'}
        onChange={(value) => setInherit(value === 'yes')}
      >
        <Stack gap="xs" mt={6}>
          <Radio value="yes" label={t('users.form.inheritScopeYes')} />
          <Radio value="no" label={t('users.form.inheritScopeNo')} />
        </Stack>
      </Radio.Group>

      {!inherit && (
        <Paper withBorder radius="md" p="md">
          <Text size="sm" c="dimmed" mb="sm" id="scope-tree-help">
            {t('users.scope.treeHelp')}
          </Text>
          <ul
            className={classes.tree}
            aria-label={t('users.scope.treeLabel')}
            aria-describedby="scope-tree-help"
          >
            <li>
              <TreeRow
                open={expanded.has('employer')}
                controls="scope-employer"
                name={employerName}
                onToggle={() => toggleExpanded('employer')}
              >
                <Checkbox
                  label={t('users.scope.wholeEmployer', { employer: employerName })}
                  checked={selection.wholeEmployer}
                  indeterminate={!selection.wholeEmployer && !nothing}
                  onChange={(event) => {
                    const checked = event.currentTarget.checked;
                    setSelection((current) => ({ ...current, wholeEmployer: checked }));
                  }}
                />
              </TreeRow>
              {expanded.has('employer') && (
                <ul className={classes.level} id="scope-employer">
                  {tree.map((department) => renderDepartment(department, selection.wholeEmployer))}
                  {tree.length === 0 && (
                    <li>
                      <Text size="sm" c="dimmed">
                        {t('users.scope.noDepartments')}
                      </Text>
                    </li>
                  )}
                </ul>
              )}
            </li>
          </ul>
          {selectedEmployees.length > 0 && (
            <Text size="sm" mt="sm">
              {t('users.scope.selectedEmployees', {
                names: selectedEmployees
                  .map((employee) =>
                    employee.departmentId && names.has(employee.departmentId)
                      ? `${employee.name} (${names.get(employee.departmentId) ?? ''})`
                      : employee.name,
                  )
                  .join(', '),
              })}
            </Text>
          )}
        </Paper>
      )}

      {nothing && (
        <Alert color="orange" variant="light" icon={<IconAlertCircle aria-hidden />} role="status">
          {t('users.scope.nothingSelected', { name: userName })}
        </Alert>
      )}
      {save.isError && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {errorMessage(save.error)}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button onClick={submit} loading={save.isPending}>
          {t('users.scope.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** One row of the tree: the triangle that opens the level below, then the checkbox. */
function TreeRow({
  open,
  controls,
  name,
  onToggle,
  children,
}: {
  open: boolean;
  controls: string;
  name: string;
  onToggle: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" py={4}>
      <ActionIcon
        variant="subtle"
        color="gray"
        size="sm"
        aria-expanded={open}
        aria-controls={open ? controls : undefined}
        aria-label={t(open ? 'users.scope.collapse' : 'users.scope.expand', { name })}
        onClick={onToggle}
      >
        {open ? (
          <IconChevronDown size={16} aria-hidden />
        ) : (
          <IconChevronRight size={16} aria-hidden />
        )}
      </ActionIcon>
      <Box pt={2}>{children}</Box>
    </Group>
  );
}

/** The employee level under an opened department, fetched on opening. */
function DepartmentEmployees({
  departmentId,
  hasSubDepartments,
  covered,
  selected,
  onToggle,
}: {
  departmentId: string;
  /** A department holding only sub-departments needs no "no employees" line. */
  hasSubDepartments: boolean;
  covered: boolean;
  selected: ReadonlyMap<string, ScopeEmployee>;
  onToggle: (employee: ScopeEmployee, checked: boolean) => void;
}) {
  const { t } = useTranslation();
  const list = useQuery(departmentEmployeesQueryOptions(departmentId));
  if (list.isPending) {
    return (
      <li>
        <Loader size="xs" aria-label={t('common.loading')} />
      </li>
    );
  }
  if (list.isError) {
    return (
      <li>
        <Text size="sm" c="red" role="alert">
          {errorMessage(list.error)}
        </Text>
      </li>
    );
  }
  if (list.data.employees.length === 0) {
    if (hasSubDepartments) return null;
    return (
      <li>
        <Text size="sm" c="dimmed" pl={30}>
          {t('users.scope.noEmployees')}
        </Text>
      </li>
    );
  }
  return list.data.employees.map((employee) => (
    <li key={employee.id} className={classes.employee}>
      <Checkbox
        label={employee.name}
        checked={covered || selected.has(employee.id)}
        disabled={covered}
        onChange={(event) => onToggle(employee, event.currentTarget.checked)}
      />
    </li>
  ));
}
