import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';

/** The place of a dossier section whose module is not built yet. */
export function NotYetAvailableSection() {
  const { t } = useTranslation();
  return <EmptyState size="sm" description={t('employees.dossier.notYetAvailable')} />;
}
