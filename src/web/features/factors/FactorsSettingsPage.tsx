import { Page } from '../../components/Page.js';
import { useTranslation } from 'react-i18next';
import { FactorsSettings } from './FactorsSettings.js';

/**
 * A page of its own for the second factors, until the Beveiliging tab of Instellingen mounts
 * `FactorsSettings` (then this route can go).
 */
export function FactorsSettingsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('factors.settings.title')} description={t('factors.settings.intro')}>
      <FactorsSettings withHeading={false} />
    </Page>
  );
}
