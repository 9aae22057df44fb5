import { type QueryClient, useQuery } from '@tanstack/react-query';
import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import { Suspense } from 'react';
import { meQueryOptions } from '../features/auth/auth.api.js';
import { useSessionExpiry } from '../features/auth/useSessionExpiry.js';
import { NotFound } from '../components/NotFound.js';
import { PageLoader } from '../components/PageLoader.js';
import { RouteError } from '../components/RouteError.js';
import { AuthenticatedLayout } from './pages.js';

export interface RouterContext {
  queryClient: QueryClient;
}

/** A path no route matches: inside the app frame, with its menu, for a logged-in user. */
function RootNotFound() {
  const { data: user, isPending } = useQuery(meQueryOptions);
  useSessionExpiry();
  if (isPending) return <PageLoader />;
  if (!user) return <NotFound />;
  return (
    <Suspense fallback={<PageLoader />}>
      <AuthenticatedLayout user={user}>
        <NotFound />
      </AuthenticatedLayout>
    </Suspense>
  );
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: RootNotFound,
  errorComponent: RouteError,
});
