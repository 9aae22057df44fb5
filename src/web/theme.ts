import {
  type AlertProps,
  createTheme,
  type CSSVariablesResolver,
  darken,
  type LoaderProps,
  luminance,
  type ModalProps,
  type NotificationProps,
  type MenuProps,
  type NumberInputProps,
  type SelectProps,
  type TableScrollContainerProps,
} from '@mantine/core';

/**
 * The app's theme. Mantine's modal close button has no text of its own: it gets its accessible
 * name here, in the UI language (`closeLabel`), for every dialog, notification and alert. A number field never clamps what
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
      Notification: {
        defaultProps: {
          closeButtonProps: { 'aria-label': closeLabel },
        } satisfies Partial<NotificationProps>,
        // The message in the text colour: Mantine's grey reads at 3.3:1.
        styles: { description: { color: 'var(--mantine-color-text)' } },
      },
      // A long option list scrolls by keyboard too (axe: scrollable-region-focusable).
      Select: {
        defaultProps: {
          scrollAreaProps: { viewportProps: { tabIndex: 0 } },
        } satisfies Partial<SelectProps>,
      },
      // A table wider than the page scrolls sideways: by keyboard too (WCAG 2.1.1).
      TableScrollContainer: {
        defaultProps: {
          scrollAreaProps: { viewportProps: { tabIndex: 0 } },
        } satisfies Partial<TableScrollContainerProps>,
      },
      Alert: { defaultProps: { closeButtonLabel: closeLabel } satisfies Partial<AlertProps> },
      // A spinner announces itself as a status; its label names what is loading.
      Loader: { defaultProps: { role: 'status' } satisfies Partial<LoaderProps> },
      NumberInput: {
        defaultProps: { clampBehavior: 'none' } satisfies Partial<NumberInputProps>,
      },
      // A menu closes at once: while its closing transition ran, the dialog an item opened hid
      // the items from assistive technology and left an empty menu (axe: aria-required-children).
      Menu: { defaultProps: { transitionProps: { duration: 0 } } satisfies Partial<MenuProps> },
    },
  });
}

/** WCAG contrast ratio of two colours (1 to 21). */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `color`, darkened in small steps until it and `background` differ by 4.5:1 (WCAG AA). */
function readable(color: string, background: string): string {
  let result = color;
  for (let step = 1; contrast(result, background) < 4.6 && step <= 20; step++) {
    result = darken(color, step * 0.05);
  }
  return result;
}

/**
 * Mantine's light colours fail WCAG AA for text: grey "dimmed" text (3.3:1), white on green,
 * teal, orange or red buttons, and the text of light badges and alerts in yellow, orange,
 * green and lime. Each colour's filled shade is darkened until white text on it reads at
 * 4.5:1, the text of the light variant until it does on the light background (hovered too);
 * dimmed text takes gray 7 and error text the readable red.
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-filled)',
  };
  for (const [name, shades] of Object.entries(theme.colors)) {
    const filled = readable(shades[7], theme.white);
    light[`--mantine-color-${name}-filled`] = filled;
    light[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.1);
    light[`--mantine-color-${name}-outline`] = filled;
    light[`--mantine-color-${name}-light-color`] = readable(shades[9], shades[2]);
  }
  return { variables: {}, light, dark: {} };
};
