import { modals } from '@mantine/modals';
import { i18n } from '../../i18n/i18n.js';

/**
 * Asks before something leaves for good (to the employee, to the employer): resolves true on
 * the confirm button, false when the dialog is cancelled or closed.
 */
export function confirmBeforeSending(texts: {
  title: string;
  message: string;
  confirmLabel: string;
}): Promise<boolean> {
  return new Promise((resolve) => {
    modals.openConfirmModal({
      title: texts.title,
      children: texts.message,
      labels: { confirm: texts.confirmLabel, cancel: i18n.t('common.cancel') },
      confirmProps: { color: 'green' },
      onConfirm: () => resolve(true),
      onCancel: () => resolve(false),
      onClose: () => resolve(false),
    });
  });
}

/**
 * A form's send that asks first: `cancelled()` tells the form's after-save that nothing was
 * sent, so the form stays open with what was typed.
 */
export function sendAfterConfirming<Body>(
  texts: () => { title: string; message: string; confirmLabel: string },
  send: (body: Body) => Promise<unknown>,
): { send: (body: Body) => Promise<unknown>; cancelled: () => boolean } {
  let cancelled = false;
  return {
    async send(body) {
      cancelled = !(await confirmBeforeSending(texts()));
      if (!cancelled) await send(body);
    },
    cancelled: () => cancelled,
  };
}
