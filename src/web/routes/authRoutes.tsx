import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { type LoginReason, loginReasons, meQueryOptions } from '../features/auth/auth.api.js';
import { safeRedirect } from '../lib/redirect.js';
import { AccountSetupPage, AuthLayout, LoginPage, SecondFactorPage, withPage } from './pages.js';
import { rootRoute } from './rootRoute.js';

/**
 * `?redirect=/path`: where to return after logging in; `?reason=`: why the last session ended
 * (expired, logged out, or the idle limit), said above the form.
 */
interface LoginSearch {
  redirect?: string;
  reason?: LoginReason;
}

function validateLoginSearch(search: Record<string, unknown>): LoginSearch {
  const target = safeRedirect(search['redirect']);
  return {
    ...(target === undefined ? {} : { redirect: target }),
    ...(loginReasons.includes(search['reason'] as LoginReason)
      ? { reason: search['reason'] as LoginReason }
      : {}),
  };
}

/** The login steps; a visitor who is already logged in goes straight on. */
const authRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'auth',
  validateSearch: validateLoginSearch,
  component: AuthLayout,
  beforeLoad: async ({ context, search }) => {
    let loggedIn = false;
    try {
      loggedIn = (await context.queryClient.ensureQueryData(meQueryOptions)) !== null;
    } catch {
      // Server unreachable: show the login form; logging in reports the problem.
    }
    if (loggedIn) throw redirect({ href: search.redirect ?? '/' });
  },
});

const loginRoute = createRoute({
  getParentRoute: () => authRoute,
  path: 'login',
  component: withPage(LoginPage, function LoginRoute() {
    const { redirect: target, reason } = loginRoute.useSearch();
    return <LoginPage redirect={target} reason={reason} />;
  }),
});

const forgotRoute = createRoute({
  getParentRoute: () => authRoute,
  path: 'inloggegevens-vergeten',
  component: lazyRouteComponent(
    () => import('../features/auth/ForgotLoginDetailsPage.js'),
    'ForgotLoginDetailsPage',
  ),
});

/** Pages of e-mailed links: the login frame, whether or not someone is logged in. */
const linkRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'link',
  component: AuthLayout,
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => linkRoute,
  path: 'wachtwoord-herstellen',
  component: lazyRouteComponent(
    () => import('../features/auth/ResetPasswordPage.js'),
    'ResetPasswordPage',
  ),
});

const accountSetupRoute = createRoute({
  getParentRoute: () => linkRoute,
  path: 'account-instellen',
  component: withPage(AccountSetupPage, function AccountSetupRoute() {
    return <AccountSetupPage />;
  }),
});

/** After a login of an account that has no second factor yet. */
const accountSetupFactorRoute = createRoute({
  getParentRoute: () => linkRoute,
  path: 'account-instellen/tweede-factor',
  component: withPage(AccountSetupPage, function AccountSetupFactorRoute() {
    return <AccountSetupPage passwordDone />;
  }),
});

const confirmEmailRoute = createRoute({
  getParentRoute: () => linkRoute,
  path: 'e-mail-bevestigen',
  component: lazyRouteComponent(
    () => import('../features/auth/ConfirmEmailPage.js'),
    'ConfirmEmailPage',
  ),
});

const secondFactorRoute = createRoute({
  getParentRoute: () => authRoute,
  path: 'login/second-factor',
  component: withPage(SecondFactorPage, function SecondFactorRoute() {
    const { redirect: target } = secondFactorRoute.useSearch();
    return <SecondFactorPage redirect={target} />;
  }),
});

/** The login steps and the pages of e-mailed links: the login frame, before the app's. */
export const authRoutes = [
  authRoute.addChildren([loginRoute, secondFactorRoute, forgotRoute]),
  linkRoute.addChildren([
    resetPasswordRoute,
    accountSetupRoute,
    accountSetupFactorRoute,
    confirmEmailRoute,
  ]),
] as const;
