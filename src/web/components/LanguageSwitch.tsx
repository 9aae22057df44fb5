import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../contracts/common.js';

export interface LanguageSwitchProps {
  value: Locale;
  onChange: (locale: Locale) => void;
  disabled?: boolean;
  /** Id of a visible heading naming the control; without it the control is labelled "Taal". */
  labelledBy?: string;
  size?: 'xs' | 'sm' | 'md';
}

/** Nederlands / English (UK) as a radio group; each language is named in its own language. */
export function LanguageSwitch({
  value,
  onChange,
  disabled,
  labelledBy,
  size = 'sm',
}: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size={size}
      value={value}
      disabled={disabled}
      onChange={(next) => onChange(next === 'en' ? 'en' : 'nl')}
      aria-labelledby={labelledBy}
      aria-label={labelledBy === undefined ? t('language.label') : undefined}
      data={[
        { value: 'nl', label: <span lang="nl">{t('language.nl')}</span> },
        { value: 'en', label: <span lang="en-GB">{t('language.en')}</span> },
      ]}
    />
  );
}
