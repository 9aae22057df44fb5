import { Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { ListPagination } from '../../components/ListPagination.js';
import { ReportExportButtons } from './ReportExportButtons.js';

/** Rows per page: a list of 10,000 employees is shown a page at a time, the export has all. */
export const listReportPageSize = 50;

/**
 * A list report's table: its rows a page at a time, the number of rows, the Excel and PDF
 * downloads of every row, and the empty state.
 */
export function ListReportTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  exportHref,
  busy,
}: {
  caption: string;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Where every row is exported, as Excel or PDF. */
  exportHref: (format: 'xlsx' | 'pdf') => string;
  busy: boolean;
}) {
  const { t } = useTranslation();
  // The page belongs to the rows it was chosen in: new rows (other filters) start at page 1.
  const [paging, setPaging] = useState({ rows, page: 1 });
  const page = paging.rows === rows ? paging.page : 1;
  const setPage = (next: number) => setPaging({ rows, page: next });
  const pages = Math.max(1, Math.ceil(rows.length / listReportPageSize));
  const shown = rows.slice((page - 1) * listReportPageSize, page * listReportPageSize);
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Text fw={600} data-testid="list-report-count">
          {t('reportLists.rowCount', { count: rows.length })}
        </Text>
        <ReportExportButtons href={exportHref} />
      </Group>
      <DataTable
        caption={caption}
        showCaption
        columns={columns}
        rows={shown}
        rowKey={rowKey}
        empty={{ description: t('reportLists.empty') }}
        minWidth={960}
        tableProps={{ 'aria-busy': busy }}
      />
      {pages > 1 && <ListPagination total={pages} value={page} onChange={setPage} />}
    </Stack>
  );
}
