/**
 * Only same-origin paths may be used as the target after login, so that `?redirect=` cannot
 * send a user to another site (`//evil.example`, `https://…`, `javascript:`).
 */
export function safeRedirect(target: unknown): string | undefined {
  if (typeof target !== 'string') return undefined;
  if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
    return undefined;
  }
  if (target === '/login' || target.startsWith('/login/') || target.startsWith('/login?')) {
    return undefined;
  }
  return target;
}
