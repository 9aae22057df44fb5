import { Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../contracts/common.js';
import { LanguageSwitch } from '../../components/LanguageSwitch.js';
import { errorMessage } from '../../lib/api.js';
import { applyLocale } from '../../i18n/i18n.js';
import { useLocale } from '../../i18n/useLocale.js';
import { CalendarFeedSettings } from '../tasks/CalendarFeedSettings.js';
import { usePreferencesMutation } from './settings.api.js';

/** Instellingen > Algemeen: the language, applied at once and saved on the account. */
export function GeneralSettings() {
  // Callbacks below use `i18n.t`, which follows the language chosen meanwhile; `t` is fixed
  // to the language of the render that created it.
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const locale = useLocale();
  const savePreferences = usePreferencesMutation();

  const changeLocale = (next: Locale) => {
    if (next === locale) return;
    const previous = locale;
    applyLocale(next);
    savePreferences.mutate(
      { locale: next },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: i18n.t('language.saved') });
        },
        onError: (error) => {
          applyLocale(previous);
          notifications.show({
            color: 'red',
            title: i18n.t('common.errorTitle'),
            message: errorMessage(error),
          });
        },
      },
    );
  };

  return (
    <Stack gap="xs" align="flex-start">
      <Title order={2} size="h4" id={headingId}>
        {t('language.label')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('language.description')}
      </Text>
      <LanguageSwitch
        value={locale}
        onChange={changeLocale}
        labelledBy={headingId}
        disabled={savePreferences.isPending}
      />
      <CalendarFeedSettings />
    </Stack>
  );
}
