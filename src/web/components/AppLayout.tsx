import {
  AppShell,
  Box,
  Burger,
  Group,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { useDisclosure, useLocalStorage, useMediaQuery } from '@mantine/hooks';
import {
  IconLayoutSidebarLeftCollapse,
  IconLayoutSidebarLeftExpand,
  IconLogout,
} from '@tabler/icons-react';
import type { LinkProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './AppLayout.module.css';
import { RouterNavLink } from './RouterNavLink.js';

export interface NavItem {
  /** Stable id, used as React key. */
  id: string;
  label: string;
  icon: ReactNode;
  to: LinkProps['to'];
  /** Active only on this exact path (for `/`), instead of on the path and below. */
  exact?: boolean;
}

export interface AppLayoutProps {
  userName: string;
  employerName: string;
  /** Replaces the employer name in the header, e.g. with a control to switch employer. */
  employerSlot?: ReactNode;
  /** Main menu items at the top of the left menu. */
  primaryItems: NavItem[];
  /** Items at the bottom of the left menu, above "Inklappen" and "Uitloggen". */
  secondaryItems: NavItem[];
  onLogout: () => void;
  logoutPending?: boolean;
  children: ReactNode;
}

/** Key under which the collapsed state of the left menu is remembered. */
export const navCollapsedStorageKey = 'verzuim.navCollapsed';

const mainContentId = 'main-content';
const iconSize = 20;

/**
 * The application frame: header with the app and user name, a left menu that collapses to
 * icons on wide screens and slides in behind a burger on phones, and the page content.
 */
export function AppLayout({
  userName,
  employerName,
  employerSlot,
  primaryItems,
  secondaryItems,
  onLogout,
  logoutPending = false,
  children,
}: AppLayoutProps) {
  const { t } = useTranslation();
  const [mobileOpened, { toggle: toggleMobile, close: closeMobile }] = useDisclosure(false);
  const [collapsed, setCollapsed] = useLocalStorage({
    key: navCollapsedStorageKey,
    defaultValue: false,
    getInitialValueInEffect: false,
  });
  const isMobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  const iconOnly = collapsed && !isMobile;

  const renderItem = (item: NavItem) => {
    const link = (
      <RouterNavLink
        to={item.to}
        activeOptions={{ exact: item.exact ?? false }}
        label={iconOnly ? undefined : item.label}
        aria-label={iconOnly ? item.label : undefined}
        leftSection={item.icon}
        onClick={closeMobile}
      />
    );
    return (
      <li key={item.id}>
        {iconOnly ? (
          <Tooltip label={item.label} position="right" withArrow>
            {link}
          </Tooltip>
        ) : (
          link
        )}
      </li>
    );
  };

  const renderButton = (label: string, icon: ReactNode, onClick: () => void, disabled = false) => {
    const button = (
      <NavLink
        component="button"
        type="button"
        label={iconOnly ? undefined : label}
        aria-label={iconOnly ? label : undefined}
        leftSection={icon}
        onClick={onClick}
        disabled={disabled}
        // Mantine marks it data-disabled only; said aloud, and a greyed-out button is then exempt
        // from the contrast rule as an inactive control (WCAG 1.4.3), which axe needs to know.
        aria-disabled={disabled || undefined}
      />
    );
    return iconOnly ? (
      <Tooltip label={label} position="right" withArrow>
        {button}
      </Tooltip>
    ) : (
      button
    );
  };

  const collapseLabel = collapsed ? t('nav.expand') : t('nav.collapse');

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{
        width: iconOnly ? 72 : 260,
        breakpoint: 'sm',
        collapsed: { mobile: !mobileOpened },
      }}
      padding="md"
    >
      <a href={`#${mainContentId}`} className={classes.skipLink}>
        {t('common.skipToContent')}
      </a>

      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={mobileOpened}
              onClick={toggleMobile}
              hiddenFrom="sm"
              size="sm"
              aria-label={mobileOpened ? t('layout.closeNavigation') : t('layout.openNavigation')}
              aria-expanded={mobileOpened}
            />
            <Text component="span" fw={700} fz="xl" c="var(--mantine-primary-color-filled)">
              {t('app.name')}
            </Text>
          </Group>
          <Stack gap={0} className={classes.userInfo}>
            <Text fw={500} size="sm" truncate>
              {userName}
            </Text>
            {employerSlot ?? (
              <Text c="dimmed" size="xs" truncate>
                {employerName}
              </Text>
            )}
          </Stack>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p={4} aria-label={t('layout.mainNavigation')}>
        <AppShell.Section grow component={ScrollArea} type="auto">
          <Stack component="ul" gap={2} m={0} p={4} style={{ listStyle: 'none' }}>
            {primaryItems.map(renderItem)}
          </Stack>
        </AppShell.Section>
        <AppShell.Section>
          <Stack component="ul" gap={2} m={0} p={4} style={{ listStyle: 'none' }}>
            {secondaryItems.map(renderItem)}
            <Box component="li" visibleFrom="sm">
              {renderButton(
                collapseLabel,
                collapsed ? (
                  <IconLayoutSidebarLeftExpand size={iconSize} aria-hidden />
                ) : (
                  <IconLayoutSidebarLeftCollapse size={iconSize} aria-hidden />
                ),
                () => setCollapsed((value) => !value),
              )}
            </Box>
            <li>
              {renderButton(
                t('nav.logout'),
                <IconLogout size={iconSize} aria-hidden />,
                onLogout,
                logoutPending,
              )}
            </li>
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id={mainContentId} tabIndex={-1} className={classes.main}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
