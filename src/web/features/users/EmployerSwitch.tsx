import {
  Alert,
  Loader,
  NavLink,
  Popover,
  ScrollArea,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBuilding, IconCheck, IconSelector } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../contracts/auth.js';
import { operatorRoles } from '../../../contracts/permissions.js';
import { errorMessage } from '../../lib/api.js';
import { myEmployersQuery, useSwitchEmployerMutation } from './linked-accounts.api.js';

/**
 * The employer in the header. For a linked account (or an operator) it opens a list of the
 * employers to switch to; the operator's list is searchable. After a switch every page shows the
 * data of the chosen employer, starting from the home page.
 */
export function EmployerSwitch({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const choices = useQuery({
    ...myEmployersQuery(debounced),
    enabled: opened,
    placeholderData: keepPreviousData,
  });
  const switchEmployer = useSwitchEmployerMutation();
  const current = user.employer?.name ?? t('layout.noEmployer');

  if (!user.canSwitchEmployer) {
    return (
      <Text c="dimmed" size="xs" truncate>
        {current}
      </Text>
    );
  }

  const choose = (employerId: string, name: string) => {
    if (employerId === user.employer?.id) {
      setOpened(false);
      return;
    }
    switchEmployer.mutate(employerId, {
      onSuccess: () => {
        setOpened(false);
        notifications.show({
          color: 'teal',
          message: t('organisation.switch.switched', { name }),
        });
        void navigate({ to: '/' });
      },
    });
  };

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={300}
      trapFocus
      withinPortal
    >
      <Popover.Target>
        <UnstyledButton
          onClick={() => setOpened((value) => !value)}
          // Starts with the name shown, so speech input can say what it sees (WCAG 2.5.3).
          aria-label={t('organisation.switch.button', { name: current })}
          aria-haspopup="dialog"
          aria-expanded={opened}
        >
          <Text c="dimmed" size="xs" truncate component="span" style={{ display: 'flex', gap: 4 }}>
            {current}
            <IconSelector size={14} aria-hidden />
          </Text>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown aria-label={t('organisation.switch.title')} role="dialog">
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('organisation.switch.title')}
          </Text>
          {(operatorRoles as readonly string[]).includes(user.role) ||
          (choices.data?.employers.length ?? 0) > 7 ? (
            <TextInput
              size="xs"
              label={t('organisation.switch.search')}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              data-autofocus
            />
          ) : null}
          {choices.isPending ? (
            <Loader size="sm" aria-label={t('common.loading')} />
          ) : choices.isError ? (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(choices.error)}
            </Alert>
          ) : choices.data.employers.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('organisation.switch.none')}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={320} type="auto">
              <Stack component="ul" gap={2} m={0} p={0} style={{ listStyle: 'none' }}>
                {choices.data.employers.map((employer) => {
                  const active = employer.id === user.employer?.id;
                  return (
                    <li key={employer.id}>
                      <NavLink
                        component="button"
                        type="button"
                        label={employer.name}
                        active={active}
                        aria-current={active ? 'true' : undefined}
                        leftSection={<IconBuilding size={16} aria-hidden />}
                        rightSection={active ? <IconCheck size={16} aria-hidden /> : null}
                        disabled={switchEmployer.isPending}
                        onClick={() => choose(employer.id, employer.name)}
                      />
                    </li>
                  );
                })}
              </Stack>
              {choices.data.truncated && (
                <Text size="xs" c="dimmed" mt="xs">
                  {t('organisation.switch.truncated')}
                </Text>
              )}
            </ScrollArea.Autosize>
          )}
          {switchEmployer.isError && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(switchEmployer.error)}
            </Alert>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
