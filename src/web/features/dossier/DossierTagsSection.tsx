import { Alert, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type DossierTag, dossierTags } from '../../../contracts/retention.js';
import { PageLoader } from '../../components/PageLoader.js';
import { i18n } from '../../i18n/i18n.js';
import { errorMessage } from '../../lib/api.js';
import { formatDateTime } from '../../lib/dates.js';
import { dossierTagsQuery, useSetDossierTag } from './dossier.api.js';

const tagKeys = {
  legal_proceedings: {
    name: 'dossier.tags.legalProceedings',
    help: 'dossier.tags.legalProceedingsHelp',
  },
  excluded_from_cleanup: {
    name: 'dossier.tags.excludedFromCleanup',
    help: 'dossier.tags.excludedFromCleanupHelp',
  },
} as const satisfies Record<DossierTag, { name: string; help: string }>;

/**
 * Labels: "lopende rechtszaak" and "uitgesloten van opschoning" (DOMAIN.md §5), each a switch.
 * Either keeps the whole dossier from the retention clean-up; the change is audited.
 */
export function DossierTagsSection({ dossier }: { dossier: { id: string } }) {
  const employeeId = dossier.id;
  const { t } = useTranslation();
  const tags = useQuery(dossierTagsQuery(employeeId));
  const setTag = useSetDossierTag(employeeId);

  if (tags.isPending) return <PageLoader />;
  if (tags.isError) {
    return (
      <Alert color="red" variant="light">
        {errorMessage(tags.error)}
      </Alert>
    );
  }
  const set = new Map(tags.data.tags.map((entry) => [entry.tag, entry.setAt]));
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('dossier.tags.intro')}
      </Text>
      {dossierTags.map((tag) => {
        const setAt = set.get(tag);
        return (
          <Switch
            key={tag}
            label={t(tagKeys[tag].name)}
            description={
              setAt
                ? `${t(tagKeys[tag].help)} ${t('dossier.tags.setAt', {
                    date: formatDateTime(setAt, i18n.language),
                  })}`
                : t(tagKeys[tag].help)
            }
            checked={setAt !== undefined}
            disabled={setTag.isPending}
            onChange={(event) =>
              setTag.mutate(
                { tag, present: event.currentTarget.checked },
                {
                  onSuccess: () =>
                    notifications.show({ color: 'teal', message: t('dossier.tags.saved') }),
                  onError: (error) =>
                    notifications.show({ color: 'red', message: errorMessage(error) }),
                },
              )
            }
          />
        );
      })}
    </Stack>
  );
}
