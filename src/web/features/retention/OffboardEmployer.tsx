import { Alert, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileZip, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OffboardingReport } from '../../../contracts/offboarding.js';
import { api, ApiError, downloadFile, errorMessage } from '../../lib/api.js';

export const offboardingExportPath = (employerId: string) =>
  `/api/employers/${employerId}/offboarding/export`;

/**
 * "Offboarden" (issue 14, employers.offboard: the operator admin, who alone sees Werkgevers): step
 * 1 downloads the employer's export, step 2 erases the employer once its name is typed, and the
 * dialog then shows the report (rows per kind). Refused while a dossier is tagged "lopende
 * rechtszaak": the dialog says how many.
 */
export function OffboardEmployer({
  employer,
  onClose,
}: {
  employer: { id: string; name: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [downloading, setDownloading] = useState(false);
  const [confirmName, setConfirmName] = useState('');
  const erase = useMutation({
    mutationFn: () =>
      api.post<OffboardingReport>(`/api/employers/${employer.id}/offboarding/erase`, {
        confirmName,
      }),
    onSuccess: () => queryClient.invalidateQueries(),
  });

  const download = async () => {
    setDownloading(true);
    try {
      await downloadFile(offboardingExportPath(employer.id));
      notifications.show({ color: 'teal', message: t('retention.offboarding.downloaded') });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('retention.offboarding.downloadFailed'),
        message: errorMessage(error),
      });
    } finally {
      setDownloading(false);
    }
  };

  if (erase.data) {
    const rows = Object.entries(erase.data.erased).filter(([, count]) => count > 0);
    return (
      <Stack>
        <Alert
          color="teal"
          title={t('retention.offboarding.reportTitle', { employer: employer.name })}
        >
          {t('retention.offboarding.reportText', { files: erase.data.files })}
        </Alert>
        <Table
          striped
          withTableBorder
          aria-label={t('retention.offboarding.reportTitle', { employer: employer.name })}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('retention.offboarding.kind')}</Table.Th>
              <Table.Th scope="col">{t('retention.offboarding.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(([kind, count]) => (
              <Table.Tr key={kind}>
                <Table.Td>{kind}</Table.Td>
                <Table.Td>{count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('retention.offboarding.close')}</Button>
        </Group>
      </Stack>
    );
  }

  const refused = erase.error instanceof ApiError ? erase.error : null;
  return (
    <Stack>
      <Text size="sm">{t('retention.offboarding.intro')}</Text>
      <Title order={3} size="h5">
        {t('retention.offboarding.step1')}
      </Title>
      <Text size="sm">{t('retention.offboarding.step1Text')}</Text>
      <Group>
        <Button
          variant="default"
          leftSection={<IconFileZip size={16} aria-hidden />}
          loading={downloading}
          onClick={() => void download()}
        >
          {t('retention.offboarding.download')}
        </Button>
      </Group>
      <Title order={3} size="h5">
        {t('retention.offboarding.step2')}
      </Title>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (confirmName.trim() === employer.name.trim()) erase.mutate();
        }}
      >
        <Stack>
          <TextInput
            label={t('retention.offboarding.confirmLabel')}
            description={t('retention.offboarding.confirmHelp', { employer: employer.name })}
            value={confirmName}
            onChange={(event) => setConfirmName(event.currentTarget.value)}
            autoComplete="off"
          />
          {refused && (
            <Alert color="red" role="alert">
              {refused.code === 'dossier_legal_proceedings'
                ? t('retention.offboarding.legalProceedings', { count: refused.fields.length })
                : errorMessage(refused)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('retention.offboarding.cancel')}
            </Button>
            <Button
              type="submit"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              disabled={confirmName.trim() !== employer.name.trim()}
              loading={erase.isPending}
            >
              {t('retention.offboarding.erase')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
