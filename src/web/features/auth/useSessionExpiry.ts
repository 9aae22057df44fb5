import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { ApiError } from '../../lib/api.js';
import { safeRedirect } from '../../lib/redirect.js';
import { meQueryKey } from './auth.api.js';

/**
 * While logged in: the first API answer 401 (the session ended: idle, absolute limit, ended
 * elsewhere) sends the browser to the login page with a message, and back here afterwards.
 */
export function useSessionExpiry(): void {
  const queryClient = useQueryClient();
  const router = useRouter();
  useEffect(() => {
    const expired = (error: unknown) => {
      if (!(error instanceof ApiError) || error.code !== 'unauthenticated') return;
      if (queryClient.getQueryData(meQueryKey) === null) return;
      const here = safeRedirect(router.state.location.href);
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
      void router.navigate({
        to: '/login',
        search: { reason: 'expired', ...(here === undefined ? {} : { redirect: here }) },
        replace: true,
      });
    };
    const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') expired(event.action.error);
    });
    const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') expired(event.action.error);
    });
    return () => {
      unsubscribeQueries();
      unsubscribeMutations();
    };
  }, [queryClient, router]);
}
