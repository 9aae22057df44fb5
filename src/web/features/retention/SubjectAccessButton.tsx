import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileZip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmAction } from '../../components/SchemaForm.js';
import { downloadFile, errorMessage } from '../../lib/api.js';

/** The inzage (AVG art. 15) ZIP of one employee of one employer (subject_access.export). */
export const subjectAccessPath = (employerId: string, employeeId: string) =>
  `/api/employers/${employerId}/employees/${employeeId}/subject-access`;

/**
 * "Inzage-export": after a confirmation that says the download is logged, downloads everything
 * held on the employee as a ZIP. For the operator admin, on the employee's dossier page.
 */
export function SubjectAccessButton({
  employerId,
  employeeId,
  name,
}: {
  employerId: string;
  employeeId: string;
  name: string;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await downloadFile(subjectAccessPath(employerId, employeeId));
      notifications.show({ color: 'teal', message: t('retention.subjectAccess.done') });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('retention.subjectAccess.failed'),
        message: errorMessage(error),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="default"
      leftSection={<IconFileZip size={16} aria-hidden />}
      loading={busy}
      onClick={() =>
        confirmAction({
          title: t('retention.subjectAccess.confirmTitle', { name }),
          message: (
            <Stack gap="xs">
              <Text size="sm">{t('retention.subjectAccess.confirmText')}</Text>
              <Text size="sm">{t('retention.subjectAccess.confirmNotIncluded')}</Text>
            </Stack>
          ),
          confirmLabel: t('retention.subjectAccess.confirm'),
          destructive: false,
          onConfirm: () => void download(),
        })
      }
    >
      {t('retention.subjectAccess.button')}
    </Button>
  );
}
