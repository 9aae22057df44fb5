import { Alert, Button, CopyButton, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface BackupCodesDisplayProps {
  codes: string[];
  /** Called when the user confirms having saved the codes; they are not shown again. */
  onSaved: () => void;
}

/** The new backup codes, shown once, with a copy button and a "saved them" confirmation. */
export function BackupCodesDisplay({ codes, onSaved }: BackupCodesDisplayProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('factors.backupCodes.title')}
      </Title>
      <Alert color="yellow" variant="light" icon={<IconKey aria-hidden />}>
        {t('factors.backupCodes.intro')}
      </Alert>
      <List
        aria-label={t('factors.backupCodes.title')}
        listStyleType="none"
        spacing={4}
        styles={{ itemLabel: { fontFamily: 'monospace', fontSize: '1.05rem' } }}
        data-testid="backup-codes"
      >
        {codes.map((code) => (
          <List.Item key={code}>
            <Text component="span" ff="monospace">
              {code}
            </Text>
          </List.Item>
        ))}
      </List>
      <Group>
        <CopyButton value={codes.join('\n')}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              onClick={copy}
              leftSection={
                copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
              }
            >
              {copied ? t('factors.backupCodes.copied') : t('factors.backupCodes.copy')}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onSaved}>{t('factors.backupCodes.saved')}</Button>
      </Group>
    </Stack>
  );
}
