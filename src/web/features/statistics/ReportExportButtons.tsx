import { Button, Group } from '@mantine/core';
import { IconDownload, IconFileTypePdf } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../lib/api.js';
import { notifyFailure } from '../../lib/notify.js';

/**
 * A report's exports, the same on every report: Excel as a plain download, PDF fetched first so
 * the button can say the server is making it (a PDF of a long list takes a moment).
 */
export function ReportExportButtons({ href }: { href: (format: 'xlsx' | 'pdf') => string }) {
  const { t } = useTranslation();
  const pdf = useMutation({
    mutationFn: () => downloadFile(href('pdf')),
    onError: notifyFailure,
  });
  return (
    <Group gap="sm">
      <Button
        component="a"
        variant="default"
        href={href('xlsx')}
        download
        leftSection={<IconDownload size={16} aria-hidden />}
      >
        {t('reports.export.button')}
      </Button>
      <Button
        variant="default"
        onClick={() => pdf.mutate()}
        loading={pdf.isPending}
        leftSection={<IconFileTypePdf size={16} aria-hidden />}
      >
        {pdf.isPending ? t('reports.pdf.loading') : t('reports.pdf.button')}
      </Button>
    </Group>
  );
}
