import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconDeviceMobile, IconKey, IconShieldLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { confirmAction } from '../../components/SchemaForm.js';
import { useTranslation } from 'react-i18next';
import type { FactorSummary } from '../../../contracts/factors.js';
import { errorMessage } from '../../lib/api.js';
import { formatInstantDate } from '../../lib/dates.js';
import { BackupCodesDisplay } from './BackupCodesDisplay.js';
import { FactorEnrolment, type Method } from './FactorEnrolment.js';
import {
  factorsQueryOptions,
  useBackupCodesMutation,
  useRemoveFactorMutation,
} from './factors.api.js';

const icons = { totp: IconDeviceMobile, sms: IconDeviceMobile, webauthn: IconKey } as const;

/**
 * Security settings for second factors: the list with remove buttons, adding a factor, the
 * verified mobile number and new backup codes. Changes need a fresh step-up; the server says
 * so with `step_up_required`, shown as the error message.
 */
export function FactorsSettings() {
  const { t, i18n } = useTranslation();
  const factors = useQuery(factorsQueryOptions);
  const remove = useRemoveFactorMutation();
  const backupCodes = useBackupCodesMutation();
  // 'any': the choice of a new factor; 'sms': straight to a (new) mobile number.
  const [adding, setAdding] = useState<'any' | Method | null>(null);
  const [newCodes, setNewCodes] = useState<string[] | null>(null);

  const nameOf = (factor: FactorSummary) => factor.label ?? t(`factors.kinds.${factor.kind}`);
  const dateOf = (iso: string) => formatInstantDate(iso, i18n.language);

  const confirmRemove = (factor: FactorSummary) =>
    confirmAction({
      title: t('factors.settings.removeTitle'),
      message: t('factors.settings.removeConfirm', { name: nameOf(factor) }),
      confirmLabel: t('factors.settings.remove'),
      onConfirm: () =>
        remove.mutate(factor.id, {
          onSuccess: () =>
            notifications.show({ color: 'teal', message: i18n.t('factors.settings.removed') }),
        }),
    });
  const confirmNewCodes = () =>
    confirmAction({
      title: t('factors.settings.newBackupCodes'),
      message: t('factors.settings.newBackupCodesWarning'),
      confirmLabel: t('factors.settings.newBackupCodes'),
      onConfirm: () =>
        backupCodes.mutate(undefined, { onSuccess: ({ codes }) => setNewCodes(codes) }),
    });

  if (newCodes) return <BackupCodesDisplay codes={newCodes} onSaved={() => setNewCodes(null)} />;
  if (adding) {
    const changingPhone = adding === 'sms' && Boolean(factors.data?.maskedPhone);
    return (
      <FactorEnrolment
        {...(adding === 'any' ? {} : { only: adding })}
        onDone={() => {
          setAdding(null);
          notifications.show({
            color: 'teal',
            message: i18n.t(changingPhone ? 'factors.settings.phoneChanged' : 'factors.enrol.done'),
          });
        }}
        onCancel={() => setAdding(null)}
      />
    );
  }

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t('factors.settings.title')}
        </Title>
        <Text c="dimmed">{t('factors.settings.intro')}</Text>
      </Stack>
      {factors.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {factors.isError && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {errorMessage(factors.error)}
        </Alert>
      )}
      {remove.isError && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {errorMessage(remove.error)}
        </Alert>
      )}
      {factors.data && (
        <>
          {factors.data.factors.length === 0 ? (
            <Text>{t('factors.settings.empty')}</Text>
          ) : (
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {factors.data.factors.map((factor) => {
                const Icon = icons[factor.kind];
                return (
                  <Card key={factor.id} withBorder component="li" padding="sm">
                    <Group justify="space-between" wrap="nowrap">
                      <Group wrap="nowrap">
                        <Icon aria-hidden />
                        <Stack gap={0}>
                          <Text fw={500}>{nameOf(factor)}</Text>
                          <Text size="sm" c="dimmed">
                            {t(`factors.kinds.${factor.kind}`)} ·{' '}
                            {t('factors.settings.addedOn', { date: dateOf(factor.createdAt) })}
                          </Text>
                        </Stack>
                      </Group>
                      <Button
                        variant="subtle"
                        color="red"
                        onClick={() => confirmRemove(factor)}
                        aria-label={`${t('factors.settings.remove')}: ${nameOf(factor)}`}
                      >
                        {t('factors.settings.remove')}
                      </Button>
                    </Group>
                  </Card>
                );
              })}
            </Stack>
          )}
          <Group>
            <Button onClick={() => setAdding('any')}>{t('factors.settings.add')}</Button>
          </Group>

          <Stack gap={4}>
            <Title order={3} size="h4">
              {t('factors.settings.mobilePhone')}
            </Title>
            <Text>{factors.data.maskedPhone ?? t('factors.settings.noPhone')}</Text>
            <Group>
              <Button variant="default" onClick={() => setAdding('sms')}>
                {factors.data.maskedPhone
                  ? t('factors.settings.changePhone')
                  : t('factors.settings.addPhone')}
              </Button>
            </Group>
          </Stack>

          <Stack gap="xs">
            <Group gap="xs">
              <IconShieldLock aria-hidden size={20} />
              <Title order={3} size="h4">
                {t('factors.settings.backupCodes')}
              </Title>
              <Badge variant="light">{factors.data.backupCodesRemaining}</Badge>
            </Group>
            <Text>
              {t('factors.settings.backupRemaining', { count: factors.data.backupCodesRemaining })}
            </Text>
            {backupCodes.isError && (
              <Alert
                color="red"
                variant="light"
                icon={<IconAlertCircle aria-hidden />}
                role="alert"
              >
                {errorMessage(backupCodes.error)}
              </Alert>
            )}
            <Group>
              <Button variant="default" onClick={confirmNewCodes}>
                {t('factors.settings.newBackupCodes')}
              </Button>
            </Group>
          </Stack>
        </>
      )}
    </Stack>
  );
}
