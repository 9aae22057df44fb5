import { Button, Group, Modal, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import { useSessionEndsAt } from '../../lib/session-clock.js';
import { meQueryKey } from './auth.api.js';

/** How long before the idle limit the user is asked whether they are still there. */
const warnBeforeMs = 2 * 60_000;

/**
 * A couple of minutes before the idle limit ends the session (the server's
 * `x-session-expires-in`), a dialog offers to stay logged in; at the limit the browser logs out
 * and the login page says why.
 */
export function IdleWarning() {
  const { t } = useTranslation();
  const endsAt = useSessionEndsAt();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [now, setNow] = useState(() => Date.now());
  const [staying, setStaying] = useState(false);

  // Wakes at the warning, then every second for the countdown.
  useEffect(() => {
    if (endsAt === null) return;
    const warnAt = endsAt - warnBeforeMs;
    const wait = Date.now() < warnAt ? warnAt - Date.now() : 1000;
    const timer = setTimeout(() => setNow(Date.now()), wait);
    return () => clearTimeout(timer);
  }, [endsAt, now]);

  const left = endsAt === null ? Infinity : endsAt - now;
  useEffect(() => {
    if (left > 0) return;
    // Straight through the API, not a mutation: a 401 of an ended session must not show the
    // "session expired" message instead of this one.
    void api
      .post('/api/auth/logout')
      .catch(() => undefined)
      .then(() => {
        queryClient.clear();
        queryClient.setQueryData(meQueryKey, null);
        void navigate({ to: '/login', search: { reason: 'idle' }, replace: true });
      });
  }, [left, queryClient, navigate]);

  const stay = () => {
    setStaying(true);
    // Any logged-in answer moves the limit on; the header it brings closes this dialog.
    void api
      .get('/api/auth/me')
      .catch(() => undefined)
      .finally(() => setStaying(false));
  };

  const seconds = Math.max(0, Math.ceil(left / 1000));
  const time = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return (
    <Modal
      opened={left <= warnBeforeMs && left > 0}
      onClose={stay}
      title={t('auth.idleWarning.title')}
      centered
    >
      <Text role="timer">{t('auth.idleWarning.text', { time })}</Text>
      <Group justify="flex-end" mt="md">
        <Button onClick={stay} loading={staying} data-autofocus>
          {t('auth.idleWarning.stay')}
        </Button>
      </Group>
    </Modal>
  );
}
