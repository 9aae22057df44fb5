import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './i18n/i18n.js';

import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { type ReactNode, StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { meQueryKey } from './features/auth/auth.api.js';
import { ApiError } from './lib/api.js';
import { createAppRouter } from './routes/router.js';
import { createAppTheme } from './theme.js';

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
  const theme = useMemo(() => createAppTheme(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="bottom-right" />
      {children}
    </MantineProvider>
  );
}

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('index.html has no #root element');

createRoot(rootElement).render(
  <StrictMode>
    <Mantine>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </Mantine>
  </StrictMode>,
);
