import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEye, IconEyeOff, IconLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { openDialog } from '../../components/SchemaForm.js';
import { useTranslation } from 'react-i18next';
import type { PersonalData } from '../../../contracts/vault.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageLoader } from '../../components/PageLoader.js';
import { ApiError, errorMessage } from '../../lib/api.js';
import { StepUpForm } from '../settings/StepUpForm.js';
import {
  personalDataQuery,
  useRequestAccess,
  useRevealPersonalData,
  vaultStatusQuery,
} from './vault.api.js';

/** "1234 AB Utrecht" and "Lindelaan 12 B" from the clear record. */
function addressLines(data: PersonalData): string[] {
  const street = [data.street, data.houseNumber, data.houseNumberAddition]
    .filter((part) => part !== null && part !== '')
    .join(' ');
  const place = [data.postcode, data.city].filter(Boolean).join(' ');
  return [street, place, data.country === 'NL' ? '' : data.country].filter(Boolean);
}

/**
 * The datakluis part of the employee dossier: BSN and address/contact masked (•••••1234) for
 * everyone who may read the employee; "Tonen" shows the clear values to a user with vault access
 * after password and second factor (at most 5 minutes old), and the server logs each time.
 * The clear values live only in this component's state, never in the query cache.
 */
export function PersonalDataSection({ dossier }: { dossier: { id: string } }) {
  const { t } = useTranslation();
  const masked = useQuery(personalDataQuery(dossier.id));
  const status = useQuery(vaultStatusQuery);
  const reveal = useRevealPersonalData(dossier.id);
  const requestAccess = useRequestAccess();
  const [clear, setClear] = useState<PersonalData>();
  const [revealError, setRevealError] = useState<string>();

  const show = () => {
    setRevealError(undefined);
    reveal.mutate('view', {
      onSuccess: (response) => setClear(response.personalData),
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'step_up_required') {
          openDialog({
            title: t('vault.section.stepUpTitle'),
            size: 'auto',
            content: (close) => (
              <StepUpForm
                title={t('vault.section.stepUpTitle')}
                intro={t('vault.section.stepUpIntro')}
                onDone={() => {
                  close();
                  show();
                }}
              />
            ),
          });
        } else setRevealError(errorMessage(error));
      },
    });
  };

  if (masked.isPending) return <PageLoader />;
  if (masked.isError) {
    return (
      <Alert color="red" variant="light">
        {errorMessage(masked.error)}
      </Alert>
    );
  }
  const { personalData, mayReveal, withheld } = masked.data;
  if (withheld || !personalData.stored) {
    return (
      <EmptyState
        size="sm"
        icon={<IconLock aria-hidden stroke={1.5} />}
        description={t(withheld ? 'vault.section.withheld' : 'vault.section.notStored')}
      />
    );
  }

  const rows: { label: string; masked: string | null; clear: string | null }[] = [
    { label: t('vault.section.bsn'), masked: personalData.bsn, clear: clear?.bsn ?? null },
    {
      label: t('vault.section.address'),
      masked: personalData.address,
      clear: clear ? addressLines(clear).join(', ') || null : null,
    },
    { label: t('vault.section.phone'), masked: personalData.phone, clear: clear?.phone ?? null },
    {
      label: t('vault.section.privateEmail'),
      masked: personalData.privateEmail,
      clear: clear?.privateEmail ?? null,
    },
    {
      label: t('vault.section.lettersByEmail'),
      masked: personalData.lettersByEmail ? t('vault.section.yes') : t('vault.section.no'),
      clear: personalData.lettersByEmail ? t('vault.section.yes') : t('vault.section.no'),
    },
  ];

  const ownRequestPending = status.data?.requestPending ?? false;

  return (
    <Stack gap="sm">
      <Table variant="vertical" layout="fixed" withTableBorder>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Th w={180}>{row.label}</Table.Th>
              <Table.Td>
                {(clear ? row.clear : row.masked) ?? (
                  <Text span c="dimmed">
                    {t('vault.section.none')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {revealError !== undefined && (
        <Alert color="red" variant="light">
          {revealError}
        </Alert>
      )}
      {mayReveal ? (
        <Group gap="sm">
          {clear ? (
            <Button
              variant="default"
              leftSection={<IconEyeOff size={16} aria-hidden />}
              onClick={() => setClear(undefined)}
            >
              {t('vault.section.hide')}
            </Button>
          ) : (
            <Button
              variant="light"
              leftSection={<IconEye size={16} aria-hidden />}
              loading={reveal.isPending}
              onClick={show}
            >
              {t('vault.section.reveal')}
            </Button>
          )}
          <Text size="sm" c="dimmed">
            {t('vault.section.revealLogged')}
          </Text>
        </Group>
      ) : status.data?.mayRequest ? (
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            {ownRequestPending ? t('vault.self.pending') : t('vault.self.noAccess')}
          </Text>
          {!ownRequestPending && (
            <Button
              variant="light"
              size="xs"
              loading={requestAccess.isPending}
              onClick={() =>
                requestAccess.mutate(undefined, {
                  onSuccess: () =>
                    notifications.show({ color: 'teal', message: t('vault.self.requested') }),
                  onError: (error) =>
                    notifications.show({ color: 'red', message: errorMessage(error) }),
                })
              }
            >
              {t('vault.self.request')}
            </Button>
          )}
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('vault.section.noReveal')}
        </Text>
      )}
    </Stack>
  );
}
