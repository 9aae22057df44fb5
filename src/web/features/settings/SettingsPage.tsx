import { Tabs } from '@mantine/core';
import { IconAdjustments, IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.js';
import { GeneralSettings } from './GeneralSettings.js';
import { SecuritySettings } from './SecuritySettings.js';

/** Instellingen, one tab per group of settings. */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('settings.title')}>
      <Tabs defaultValue="general" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="general" leftSection={<IconAdjustments size={16} aria-hidden />}>
            {t('settings.tabs.general')}
          </Tabs.Tab>
          <Tabs.Tab value="security" leftSection={<IconShieldLock size={16} aria-hidden />}>
            {t('settings.tabs.security')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="general" pt="lg">
          <GeneralSettings />
        </Tabs.Panel>
        <Tabs.Panel value="security" pt="lg">
          <SecuritySettings />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
