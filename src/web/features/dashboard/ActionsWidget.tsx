import { Anchor, Stack } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';

/** One link of the Acties widget; each module adds the actions the role may take. */
export type DashboardAction = {
  key: string;
  label: ParseKeys;
  to: string;
  search?: Record<string, string>;
};

/** Acties: links to what the user may do from the start page. */
export function ActionsWidget({ actions }: { actions: DashboardAction[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" mt="sm">
      {actions.map((action) => (
        <Anchor
          key={action.key}
          renderRoot={(props) => <Link to={action.to} search={action.search ?? {}} {...props} />}
        >
          {t(action.label)}
        </Anchor>
      ))}
    </Stack>
  );
}
