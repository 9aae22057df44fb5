import { Button, getDefaultZIndex, Group, Modal, Text } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { type ReactNode, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type ConfirmTexts = { title: string; message: string; confirmLabel: string };

/**
 * Marks an element so that the form's dialog underneath does not close on its Escape (Mantine's
 * modals skip a key event whose target carries it); the confirmation handles Escape itself.
 */
const keepDialogBelow = { 'data-mantine-stop-propagation': 'true' } as const;

/**
 * A form's send that asks first, before something leaves for good (to the employee, to the
 * employer): `send` opens a confirmation on top of the form's dialog and sends only on its
 * confirm button; `cancelled()` tells the form's after-save that nothing was sent. The form stays
 * open and mounted with what was typed: the confirmation is the form's own modal (render
 * `confirmation` in the form), not one of the modals manager's, which would take the form's
 * place and lose its values (issue 14's journey found that).
 */
export function useSendAfterConfirming<Body>(
  texts: () => ConfirmTexts,
  send: (body: Body) => Promise<unknown>,
): {
  send: (body: Body) => Promise<unknown>;
  cancelled: () => boolean;
  confirmation: ReactNode;
} {
  const { t } = useTranslation();
  const [asked, setAsked] = useState<ConfirmTexts | null>(null);
  const [opened, setOpened] = useState(false);
  const answerRef = useRef<((confirmed: boolean) => void) | null>(null);
  const cancelledRef = useRef(false);

  const answer = useCallback((confirmed: boolean) => {
    answerRef.current?.(confirmed);
    answerRef.current = null;
    setOpened(false);
  }, []);
  useWindowEvent('keydown', (event) => {
    if (opened && event.key === 'Escape') answer(false);
  });

  const confirmedSend = useCallback(
    async (body: Body) => {
      const confirmed = await new Promise<boolean>((resolve) => {
        answerRef.current = resolve;
        setAsked(texts());
        setOpened(true);
      });
      cancelledRef.current = !confirmed;
      if (confirmed) await send(body);
    },
    [send, texts],
  );

  const confirmation = (
    <Modal
      opened={opened}
      onClose={() => answer(false)}
      closeOnEscape={false}
      // Above the form's dialog (the modals manager's, portalled after this one).
      zIndex={getDefaultZIndex('modal') + 1}
      title={asked?.title}
      closeButtonProps={{ 'aria-label': t('common.close'), ...keepDialogBelow }}
    >
      <Text size="sm">{asked?.message}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => answer(false)} data-autofocus {...keepDialogBelow}>
          {t('common.cancel')}
        </Button>
        <Button color="green" onClick={() => answer(true)} {...keepDialogBelow}>
          {asked?.confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
  return { send: confirmedSend, cancelled: () => cancelledRef.current, confirmation };
}
