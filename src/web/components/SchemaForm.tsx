import { Alert, Button, Group, Stack } from '@mantine/core';
import { type FormErrors, useForm, type UseFormReturnType } from '@mantine/form';
import { modals } from '@mantine/modals';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n/i18n.js';
import { ApiError, errorMessage } from '../lib/api.js';
import { serverFieldMessages } from '../lib/forms.js';
import {
  type FieldMap,
  type FormMessage,
  schemaFieldErrors,
  type Submission,
} from '../lib/schema-errors.js';

/** A field message in the language of the moment (it follows a language switch). */
function FieldMessage({ message }: { message: FormMessage }) {
  const { t } = useTranslation();
  return <>{'key' in message ? t(message.key) : message.text}</>;
}

function asFormErrors(messages: Record<string, FormMessage>): FormErrors {
  return Object.fromEntries(
    Object.entries(messages).map(([field, message]) => [
      field,
      <FieldMessage key={field} message={message} />,
    ]),
  );
}

export interface SchemaFormOptions<Values> {
  initialValues: Values;
  /** What a submit of these values sends; the browser checks it against its schema first. */
  submission: (values: Values) => Submission;
  /** Where a body path's message shows when the form calls the field differently. */
  fieldOf?: FieldMap;
  /** Form fields that must be filled in although the body may leave them out. */
  required?: (values: Values) => readonly string[];
  /** Checks the schema cannot make, done in the browser only (a repeated password). */
  check?: (values: Values) => Record<string, FormMessage>;
  /** Server error codes that concern one field although they name none (`invalid_code`). */
  codeFields?: Readonly<Record<string, string>>;
  /** After the server accepted the submission. */
  onSaved?: () => void;
}

export interface SchemaForm<Values> {
  form: UseFormReturnType<Values>;
  onSubmit: (event?: React.FormEvent<HTMLFormElement>) => void;
  /** The error of the last submit that no field shows. */
  failure: unknown;
  /** The labels of the fields that kept the last submit from saving, in screen order. */
  blockingFields: readonly string[];
}

/**
 * The fields in error, in screen order: inputs marked invalid, and radio groups whose wrapper is
 * in error (Mantine marks the wrapper, not the radios).
 */
const fieldsInError = '[aria-invalid="true"], [data-error] [role="radiogroup"]';

/** The visible label of a field, without the required asterisk (hidden from screen readers). */
function labelOf(field: Element): string {
  const labelledBy = field.getAttribute('aria-labelledby');
  const label =
    (labelledBy ? field.ownerDocument.getElementById(labelledBy) : null) ??
    (field instanceof HTMLInputElement ||
    field instanceof HTMLSelectElement ||
    field instanceof HTMLTextAreaElement
      ? field.labels?.[0]
      : null);
  if (!label) return '';
  return [...label.childNodes]
    .filter((node) => !(node instanceof Element && node.getAttribute('aria-hidden') === 'true'))
    .map((node) => node.textContent ?? '')
    .join('')
    .trim();
}

/**
 * Moves the focus to the first field in error (of a radio group its chosen or first option,
 * since the group itself takes no focus) and returns the labels of all fields in error, so the
 * form can name what keeps it from saving.
 */
function focusFirstInvalid(formElement: HTMLElement): string[] {
  const fields = [...formElement.querySelectorAll<HTMLElement>(fieldsInError)];
  const [first] = fields;
  const target =
    first?.getAttribute('role') === 'radiogroup'
      ? (first.querySelector<HTMLElement>('input:checked') ??
        first.querySelector<HTMLElement>('input'))
      : first;
  target?.focus();
  return [...new Set(fields.map(labelOf).filter((label) => label !== ''))];
}

/**
 * The one form layer: Mantine's `useForm` checked with the contract's Zod schema, the server's
 * field errors placed on their fields, the focus moved to the first invalid field on submit.
 */
export function useSchemaForm<Values extends Record<string, unknown>>({
  initialValues,
  submission,
  fieldOf,
  required,
  check,
  codeFields = {},
  onSaved,
}: SchemaFormOptions<Values>): SchemaForm<Values> {
  const [failure, setFailure] = useState<unknown>(null);
  const [blockingFields, setBlockingFields] = useState<readonly string[]>([]);
  const form = useForm<Values>({
    initialValues,
    // A fault shows when the field is left, not only at the next submit; but not when it is left
    // for the submit button, which checks it anyway: a message appearing then would move the
    // button away from under the pointer, and the click would be lost.
    enhanceGetInputProps: ({ field, form: current }) => ({
      onBlur: (event?: { relatedTarget?: EventTarget | null }) => {
        const next = event?.relatedTarget;
        if (next instanceof HTMLButtonElement && next.type === 'submit') return;
        current.validateField(field);
      },
    }),
    validate: (values) =>
      // The browser-only checks are the more specific message where both find a fault.
      asFormErrors({
        ...schemaFieldErrors(submission(values), values, fieldOf, required?.(values)),
        ...check?.(values),
      }),
  });

  /** Focus the invalid field that comes first on screen, once the messages are drawn. */
  function showInvalid(formElement: HTMLFormElement | null | undefined) {
    requestAnimationFrame(() => {
      if (formElement) setBlockingFields(focusFirstInvalid(formElement));
    });
  }

  const onSubmit = form.onSubmit(
    async (values, event) => {
      // Taken before the request: the event lets go of its form once the handler has returned.
      const formElement = event?.currentTarget;
      setFailure(null);
      setBlockingFields([]);
      const { schema, body, send } = submission(values);
      try {
        await send((schema === undefined ? body : schema.parse(body)) as never);
        onSaved?.();
      } catch (error) {
        const codeField = error instanceof ApiError ? codeFields[error.code] : undefined;
        const fields =
          codeField !== undefined && error instanceof ApiError
            ? { [codeField]: { text: error.message } }
            : serverFieldMessages(error, values, fieldOf);
        form.setErrors(asFormErrors(fields));
        if (Object.keys(fields).length > 0) showInvalid(formElement);
        else setFailure(error);
      }
    },
    (_errors, _values, event) => {
      setFailure(null);
      showInvalid(event?.currentTarget);
    },
  );
  return { form, onSubmit, failure, blockingFields };
}

/** Fields, the general error, Cancel and the submit button (busy while the request runs). */
export function FormFrame<Values>({
  schemaForm,
  submitLabel,
  onCancel,
  labelledBy,
  destructive = false,
  children,
}: {
  schemaForm: SchemaForm<Values>;
  submitLabel?: string;
  onCancel?: () => void;
  /** The id of the heading that names the form (a form landmark). */
  labelledBy?: string;
  /** The submit changes something for good (a red button). */
  destructive?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { form, onSubmit, failure, blockingFields } = schemaForm;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={labelledBy}>
      <Stack>
        {children}
        {blockingFields.length > 0 && Object.keys(form.errors).length > 0 && (
          <Alert color="red" variant="light" role="alert">
            {t('common.form.blockingFields', { fields: blockingFields.join(', ') })}
          </Alert>
        )}
        {failure != null && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(failure)}
          </Alert>
        )}
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={form.submitting} color={destructive ? 'red' : undefined}>
            {submitLabel ?? t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

let dialogCount = 0;

/**
 * Gives focus back to what opened a dialog once it closes (WCAG 2.4.3). Mantine returns it to
 * the element focused at opening, but a menu item has gone by then, and a row's button may
 * have been drawn anew after a save: then the menu's button, or the opener's new self (the
 * element with the same id), takes focus. Runs after Mantine's own attempt, only if focus
 * was lost on the way.
 */
function focusReturn(): () => void {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const menu = opener?.closest<HTMLElement>('[role="menu"]');
  const menuButton = menu?.id
    ? document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(menu.id)}"]`)
    : null;
  const target = () =>
    opener?.isConnected
      ? opener
      : (menuButton ?? (opener?.id ? document.getElementById(opener.id) : null));
  return () => {
    const started = Date.now();
    const attempt = () => {
      if (document.querySelector('[role="dialog"]') && Date.now() - started < 2000) {
        // The dialog is still there (fading out, or still taking focus when closed at once).
        window.setTimeout(attempt, 50);
        return;
      }
      const active = document.activeElement;
      if (active === null || active === document.body) target()?.focus({ preventScroll: true });
    };
    window.setTimeout(attempt, 50);
  };
}

/**
 * Opens a dialog (through @mantine/modals) whose content gets the function that closes it,
 * e.g. a form's Cancel and its after-save.
 */
export function openDialog({
  title,
  size = 'lg',
  content,
}: {
  title: string;
  size?: 'sm' | 'md' | 'lg' | 'xl' | 'auto';
  content: (close: () => void) => ReactNode;
}): void {
  dialogCount += 1;
  const modalId = `dialog-${dialogCount}`;
  const close = () => modals.close(modalId);
  modals.open({ modalId, title, size, children: content(close), onClose: focusReturn() });
}

/**
 * Asks before an action that cannot be undone (Mantine's confirm modal): Cancel and a confirm
 * button, red when the action destroys something, that runs the action and closes the dialog.
 */
export function confirmAction({
  title,
  message,
  confirmLabel,
  destructive = true,
  onConfirm,
}: {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  destructive?: boolean;
  onConfirm: () => void;
}): void {
  modals.openConfirmModal({
    title,
    children: message,
    labels: { confirm: confirmLabel, cancel: i18n.t('common.cancel') },
    confirmProps: destructive ? { color: 'red' } : {},
    onConfirm,
    onClose: focusReturn(),
  });
}
