import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** Sets `document.title` to "<page> · Verzuim" in the current language. */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  useDocumentTitle(`${page} · ${t('app.name')}`);
}
