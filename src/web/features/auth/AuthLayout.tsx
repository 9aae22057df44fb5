import { Center, Container, Group, Paper, Stack, Text } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch.js';
import { applyLocale } from '../../i18n/i18n.js';
import { useLocale } from '../../i18n/useLocale.js';

/**
 * The frame of the login steps: the app name, a language switch so a visitor can choose
 * English before logging in (kept in this browser), and the current step in a card.
 */
export function AuthLayout() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Container size={440} w="100%" px={0}>
        <Stack gap="md">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text component="span" fw={700} fz={28} c="var(--mantine-primary-color-filled)">
              {t('app.name')}
            </Text>
            <LanguageSwitch value={locale} onChange={applyLocale} size="xs" />
          </Group>
          <Paper component="main" withBorder shadow="sm" radius="md" p="xl">
            <Outlet />
          </Paper>
        </Stack>
      </Container>
    </Center>
  );
}
