import {
  Alert,
  Loader,
  Table,
  type TableProps,
  type TableTdProps,
  VisuallyHidden,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/api.js';
import { EmptyState } from './EmptyState.js';

export interface DataColumn<Row> {
  /** Stable column identity (React key). */
  key: string;
  header: ReactNode;
  /** The header is read out but not shown (an actions column). */
  hideHeader?: boolean;
  cell: (row: Row) => ReactNode;
  /** The cell that names the row: a row header, so screen readers announce it with every cell. */
  rowHeader?: boolean;
  nowrap?: boolean;
  /** Attributes of one cell (its state for styles and tests). */
  cellProps?: (row: Row) => TableTdProps & Record<`data-${string}`, string | boolean | undefined>;
}

export interface DataTableProps<Row> {
  /** The table's name: read out always, shown above the table with `showCaption`. */
  caption: string;
  showCaption?: boolean;
  columns: readonly DataColumn<Row>[];
  /** Undefined while the rows load. */
  rows: readonly Row[] | undefined;
  rowKey: (row: Row) => string;
  /** The failure of the request for the rows; shown instead of the table. */
  error?: unknown;
  /** What shows when there are no rows. */
  empty: { description: ReactNode; icon?: ReactNode };
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number;
  rowProps?: (row: Row) => Record<`data-${string}`, string>;
  tableProps?: Omit<TableProps, 'children'>;
}

/**
 * The one table for every list: a caption, column headers with scope, a loading, failure and empty
 * state. Rows hold no click handlers of their own: what a row opens or does is a link or a button in
 * a cell, so it is reachable with the keyboard and announced by its name.
 */
export function DataTable<Row>({
  caption,
  showCaption = false,
  columns,
  rows,
  rowKey,
  error,
  empty,
  minWidth = 560,
  rowProps,
  tableProps,
}: DataTableProps<Row>) {
  const { t } = useTranslation();
  if (error != null) {
    return (
      <Alert color="red" variant="light" role="alert">
        {errorMessage(error)}
      </Alert>
    );
  }
  if (rows === undefined) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (rows.length === 0) {
    return <EmptyState size="sm" icon={empty.icon} description={empty.description} />;
  }
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped verticalSpacing="sm" {...tableProps}>
        {showCaption ? (
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left', margin: '0 0 8px' }}>
            {caption}
          </Table.Caption>
        ) : (
          <Table.Caption style={{ margin: 0 }}>
            <VisuallyHidden>{caption}</VisuallyHidden>
          </Table.Caption>
        )}
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} scope="col">
                {column.hideHeader ? (
                  <VisuallyHidden>{column.header}</VisuallyHidden>
                ) : (
                  column.header
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)} {...rowProps?.(row)}>
              {columns.map((column) => {
                const style = column.nowrap ? { whiteSpace: 'nowrap' as const } : undefined;
                return column.rowHeader ? (
                  <Table.Th key={column.key} scope="row" fw={500} style={style}>
                    {column.cell(row)}
                  </Table.Th>
                ) : (
                  <Table.Td key={column.key} style={style} {...column.cellProps?.(row)}>
                    {column.cell(row)}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
