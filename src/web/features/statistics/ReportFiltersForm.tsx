import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CountingMethod,
  maxReportLevel,
  type ReportUnit,
} from '../../../contracts/reports.js';
import { buildDepartmentTree, type DepartmentTree } from '../../../contracts/organisation.js';
import { type ReportFilters, reportUnitsQuery } from './statistics.api.js';

type Row = { id: string; name: string; depth: number; level: number };

/** The unit tree as indented rows, parents before their children. */
function treeRows(nodes: DepartmentTree<ReportUnit>[], depth = 0): Row[] {
  return nodes.flatMap((node) => [
    { id: node.id, name: node.name, depth, level: node.level },
    ...treeRows(node.children, depth + 1),
  ]);
}

/**
 * The manual's filters: organisation units (a tree of checkboxes down to the levels to show;
 * sub-units count with their parent), the levels to show, the period and the calculation
 * method. Applied with one button, so a half-typed date never asks the server. The tree offers
 * only the units of the user's dossier scope (`GET /api/reports/units`): a limited manager's
 * departments are its roots, so every checkbox can be chosen with all its sub-units.
 */
export function ReportFiltersForm({
  value,
  onApply,
  busy,
}: {
  value: ReportFilters;
  onApply: (next: ReportFilters) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const units = useQuery(reportUnitsQuery);
  const tree = useMemo(() => treeRows(buildDepartmentTree(units.data ?? [])), [units.data]);
  // The manual's "Te tonen niveaus": the tree offers units down to the level chosen (levels of
  // the employer's tree, as the reports count them); a root of the offered tree and a unit
  // already chosen stay in view, so nothing offered or selected is ever out of reach.
  const rows = tree.filter(
    (row) => row.level <= draft.level || row.depth === 0 || draft.unitIds.includes(row.id),
  );
  const toggle = (id: string, checked: boolean) =>
    setDraft((current) => ({
      ...current,
      unitIds: checked ? [...current.unitIds, id] : current.unitIds.filter((unit) => unit !== id),
    }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form onSubmit={submit} aria-label={t('reports.choose')}>
      <Stack gap="md">
        <Group align="flex-end" wrap="wrap">
          <TextInput
            type="date"
            required
            label={t('reports.filters.from')}
            value={draft.from}
            onChange={(event) => setDraft({ ...draft, from: event.currentTarget.value })}
          />
          <TextInput
            type="date"
            required
            label={t('reports.filters.to')}
            value={draft.to}
            onChange={(event) => setDraft({ ...draft, to: event.currentTarget.value })}
          />
          <Select
            label={t('reports.filters.method')}
            allowDeselect={false}
            data={[
              { value: 'calendar', label: t('reports.methods.calendar') },
              { value: 'working', label: t('reports.methods.working') },
            ]}
            value={draft.method}
            onChange={(method) =>
              method && setDraft({ ...draft, method: method as CountingMethod })
            }
          />
          <NumberInput
            label={t('reports.filters.level')}
            min={1}
            max={maxReportLevel}
            allowDecimal={false}
            value={draft.level}
            onChange={(level) =>
              setDraft({ ...draft, level: typeof level === 'number' ? level : 1 })
            }
            w={140}
          />
        </Group>
        {rows.length > 0 && (
          <Fieldset legend={t('reports.filters.units')}>
            <Text size="sm" c="dimmed" mb="xs">
              {t('reports.filters.unitsHelp')}
            </Text>
            {/* Boxes of 24 px: WCAG 2.2's touch-target size (axe target-size). */}
            <Stack gap="xs" mah={240} style={{ overflowY: 'auto' }}>
              {rows.map((row) => (
                <Checkbox
                  key={row.id}
                  size="md"
                  label={row.name}
                  checked={draft.unitIds.includes(row.id)}
                  onChange={(event) => toggle(row.id, event.currentTarget.checked)}
                  ml={row.depth * 24}
                />
              ))}
            </Stack>
          </Fieldset>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {t('reports.filters.show')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
