import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type {
  DossierTag,
  ExpiredDossier,
  RetentionEmployer,
} from '../../../contracts/retention.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Page } from '../../components/Page.js';
import { PageLoader } from '../../components/PageLoader.js';
import { confirmAction } from '../../components/SchemaForm.js';
import { i18n } from '../../i18n/i18n.js';
import { errorMessage } from '../../lib/api.js';
import { formatDate } from '../../lib/dates.js';
import { retentionPreviewQuery, useEraseExpired } from './retention.api.js';

const tagKeys = {
  legal_proceedings: 'dossier.tags.legalProceedings',
  excluded_from_cleanup: 'dossier.tags.excludedFromCleanup',
} as const satisfies Record<DossierTag, string>;

function useColumns(exempt: boolean): DataColumn<ExpiredDossier>[] {
  const { t } = useTranslation();
  return [
    { key: 'name', header: t('retention.employee'), rowHeader: true, cell: (row) => row.name },
    {
      key: 'number',
      header: t('retention.personnelNumber'),
      cell: (row) => row.personnelNumber ?? '—',
    },
    {
      key: 'what',
      header: t('retention.what'),
      cell: (row) =>
        row.scope === 'employee'
          ? t('retention.wholeDossier', { count: row.caseIds.length })
          : t('retention.casesOnly', { count: row.caseIds.length }),
    },
    {
      key: 'since',
      header: t('retention.expiredSince'),
      nowrap: true,
      cell: (row) => formatDate(row.expiredSince, i18n.language),
    },
    ...(exempt
      ? [
          {
            key: 'tags',
            header: t('retention.tags'),
            cell: (row: ExpiredDossier) => (
              <Group gap={4}>
                {row.tags.map((tag) => (
                  <Badge key={tag} variant="light" color="grape">
                    {t(tagKeys[tag])}
                  </Badge>
                ))}
              </Group>
            ),
          },
        ]
      : []),
  ];
}

function EmployerRetention({ employer }: { employer: RetentionEmployer }) {
  const { t } = useTranslation();
  const expiredColumns = useColumns(false);
  const exemptColumns = useColumns(true);
  const erase = useEraseExpired();
  const askToErase = () =>
    confirmAction({
      title: t('retention.confirmTitle', { employer: employer.employerName }),
      message: t('retention.confirmText', { count: employer.expired.length }),
      confirmLabel: t('retention.confirm'),
      onConfirm: () =>
        erase.mutate(employer.employerId, {
          onSuccess: (result) =>
            notifications.show({
              color: 'teal',
              message: t('retention.erased', {
                dossiers: result.erasedDossiers,
                cases: result.erasedCases,
              }),
            }),
          onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
        }),
    });

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4">
              {employer.employerName}
            </Title>
            <Text size="sm" c="dimmed">
              {t('retention.terms', {
                absence: employer.absenceRetentionYears,
                cases: employer.caseRetentionYears,
              })}
            </Text>
          </div>
          {employer.expired.length > 0 && (
            <Button
              color="red"
              variant="light"
              leftSection={<IconTrash size={16} aria-hidden />}
              loading={erase.isPending}
              onClick={askToErase}
            >
              {t('retention.eraseNow')}
            </Button>
          )}
        </Group>
        <DataTable
          caption={employer.employerName}
          columns={expiredColumns}
          rows={employer.expired}
          rowKey={(row) => row.employeeId}
          empty={{ description: t('retention.nothingExpired') }}
        />
        {employer.exempt.length > 0 && (
          <DataTable
            caption={t('retention.exemptTitle')}
            showCaption
            columns={exemptColumns}
            rows={employer.exempt}
            rowKey={(row) => row.employeeId}
            empty={{ description: t('retention.nothingExpired') }}
          />
        )}
      </Stack>
    </Paper>
  );
}

/** Bewaartermijnen (operator admin): what is expired per employer, and "Nu opschonen". */
export function RetentionPage() {
  const { t } = useTranslation();
  const preview = useQuery(retentionPreviewQuery);
  return (
    <Page title={t('retention.title')} description={t('retention.intro')}>
      {preview.isPending ? (
        <PageLoader />
      ) : preview.isError ? (
        <Alert color="red" variant="light">
          {errorMessage(preview.error)}
        </Alert>
      ) : preview.data.employers.length === 0 ? (
        <EmptyState description={t('retention.empty')} />
      ) : (
        preview.data.employers.map((employer) => (
          <EmployerRetention key={employer.employerId} employer={employer} />
        ))
      )}
    </Page>
  );
}
