import { Alert, Checkbox, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CaseFlag,
  caseFlagValues,
  type CaseView,
  expectedDurationValues,
} from '../../../contracts/cases.js';
import { i18n } from '../../i18n/i18n.js';
import { errorMessage } from '../../lib/api.js';
import { todayInAmsterdam } from '../../lib/dates.js';
import { date } from './caseFields.js';
import { useClearFlag, useSetFlag } from './cases.api.js';
import { durationLabels, flagLabels } from './labels.js';

/** Case flags for the insurer report: each ticked with the date it became known. */
export function FlagsEditor({ caseView }: { caseView: CaseView }) {
  const { t } = useTranslation();
  const setFlag = useSetFlag(caseView.id);
  const clearFlag = useClearFlag(caseView.id);
  const [setOn, setSetOn] = useState(todayInAmsterdam);
  const [current, setCurrent] = useState(caseView.flags);
  const error = setFlag.error ?? clearFlag.error;
  const done = (updated: CaseView) => {
    setCurrent(updated.flags);
    notifications.show({ color: 'teal', message: i18n.t('cases.saved') });
  };
  function toggle(flag: CaseFlag, on: boolean, value?: string) {
    if (on) setFlag.mutate({ flag, setOn, ...(value ? { value } : {}) }, { onSuccess: done });
    else clearFlag.mutate(flag, { onSuccess: done });
  }
  return (
    <Stack>
      <Text size="sm">{t('cases.flagsHint')}</Text>
      <TextInput
        type="date"
        label={t('cases.fields.setOn')}
        value={setOn}
        onChange={(event) => setSetOn(event.currentTarget.value)}
      />
      {caseFlagValues.map((flag) => {
        const stored = current.find((item) => item.flag === flag);
        if (flag === 'expected_duration') {
          return (
            <Select
              key={flag}
              label={t('cases.flags.expected_duration')}
              clearable
              value={stored?.value ?? null}
              data={expectedDurationValues.map((value) => ({
                value,
                label: t(durationLabels[value]),
              }))}
              onChange={(value) => toggle(flag, value !== null, value ?? undefined)}
            />
          );
        }
        return (
          <Checkbox
            key={flag}
            label={
              stored
                ? t('cases.details.flagSetOn', {
                    flag: t(flagLabels[flag]),
                    date: date(stored.setOn),
                  })
                : t(flagLabels[flag])
            }
            checked={stored !== undefined}
            onChange={(event) =>
              toggle(
                flag,
                event.currentTarget.checked,
                flag === 'safety_net' ? 'safety_net_unknown' : undefined,
              )
            }
          />
        );
      })}
      {error != null && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(error)}
        </Alert>
      )}
    </Stack>
  );
}
