import { createTheme, type ModalProps, type NumberInputProps } from '@mantine/core';

/**
 * The app's theme. Mantine's modal close button has no text of its own: it gets its accessible
 * name here, in the UI language (`closeLabel`), for every dialog. A number field never clamps what
 * was typed to its min/max: 150 % would silently become 100 %; the form's check names the fault.
 */
export function createAppTheme(closeLabel: string) {
  return createTheme({
    // Shade 7 keeps white text on buttons and coloured links on white above 4.5:1 (WCAG AA).
    primaryColor: 'indigo',
    primaryShade: { light: 7, dark: 8 },
    defaultRadius: 'md',
    focusRing: 'auto',
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
    headings: { fontWeight: '650' },
    components: {
      // A plain object, not `Modal.extend`: the theme must not pull the dialog code into the
      // first page (the login).
      Modal: {
        defaultProps: {
          closeButtonProps: { 'aria-label': closeLabel },
        } satisfies Partial<ModalProps>,
      },
      NumberInput: {
        defaultProps: { clampBehavior: 'none' } satisfies Partial<NumberInputProps>,
      },
    },
  });
}
