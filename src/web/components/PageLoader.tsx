import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A centred spinner announced to screen readers, for pages and routes still loading. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" mih={200} role="status" aria-live="polite">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}
