import '@mantine/core/styles.css';

import { MantineProvider } from '@mantine/core';
import { useNotifications } from '@mantine/notifications';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { lazy, type ReactNode, StrictMode, Suspense, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { meQueryKey } from './features/auth/auth.api.js';
import { ApiError } from './lib/api.js';
import { createAppRouter } from './routes/router.js';
import { createAppTheme, cssVariablesResolver } from './theme.js';
import { i18nReady } from './i18n/i18n.js';

const AppNotifications = lazy(() =>
  import('./components/AppNotifications.js').then((module) => ({
    default: module.AppNotifications,
  })),
);

/**
 * Mantine's notifications, fetched with the first one shown: most pages never show one, and
 * the login page should not wait for them. A notification waits in the store until then.
 */
function LazyNotifications() {
  const shown = useNotifications().notifications.length > 0;
  const [wanted, setWanted] = useState(false);
  if (shown && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <AppNotifications />
    </Suspense>
  );
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({
    // A session that ends while the app is open (expiry, logout elsewhere): back to the login.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 401) {
        queryClient.setQueryData(meQueryKey, null);
        void router.invalidate();
      }
    },
  }),
  defaultOptions: {
    queries: {
      retry: (failureCount, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) &&
        failureCount < 2,
      refetchOnWindowFocus: false,
      // One request per thing per page: a part that mounts later on the same page (the page
      // behind the datakluis gate, a widget) reuses the answer. Changes invalidate their queries.
      staleTime: 30_000,
    },
  },
});

const router = createAppRouter(queryClient);

/** Mantine with the theme in the UI language. */
function Mantine({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const closeLabel = t('common.close');
  const clearLabel = t('common.clearChoice');
  const theme = useMemo(() => createAppTheme({ closeLabel, clearLabel }), [closeLabel, clearLabel]);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <LazyNotifications />
      {children}
    </MantineProvider>
  );
}

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('index.html has no #root element');

await i18nReady;
createRoot(rootElement).render(
  <StrictMode>
    <Mantine>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </Mantine>
  </StrictMode>,
);
