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
  type MultiSelectProps,
  type NumberInputProps,
  rem,
  type SelectProps,
  type TableScrollContainerProps,
} from '@mantine/core';

/**
 * A Select's clear button as the keyboard and screen readers need it: Mantine hides it from both
 * (`tabIndex -1`, `aria-hidden`). Named, reached by Tab, 28 px (WCAG 2.5.8). A page may name it
 * after its field.
 */
export function selectClearButtonProps(label: string) {
  return { 'aria-label': label, 'aria-hidden': false, tabIndex: 0, size: 'md' } as const;
}

/**
 * The app's theme. Mantine's close and clear buttons have no text of their own: they get their
 * accessible names here, in the UI language (`closeLabel`, `clearLabel`), for every dialog,
 * notification, alert and clearable Select. A number field never clamps what was typed to its
 * min/max: 150 % would silently become 100 %; the form's check names the fault.
 */
export function createAppTheme({
  closeLabel,
  clearLabel,
}: {
  closeLabel: string;
  clearLabel: string;
}) {
  const optionList = {
    withScrollArea: false,
    attributes: { options: { tabIndex: 0 } },
    comboboxProps: { transitionProps: { duration: 0 } },
    clearButtonProps: selectClearButtonProps(clearLabel),
  };
  const optionListStyles = { options: { maxHeight: rem(220), overflowY: 'auto' } } as const;
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
      // Select and MultiSelect: the options are the listbox's own children, without Mantine's scroll area between them
      // (its focusable viewport inside the listbox: axe's aria-required-children). The listbox
      // itself scrolls a long list, and takes focus so a keyboard can scroll it too (axe:
      // scrollable-region-focusable). The list opens and closes at once, like a menu:
      // mid-transition it read as an empty listbox.
      Select: {
        defaultProps: optionList satisfies Partial<SelectProps>,
        styles: optionListStyles,
      },
      MultiSelect: {
        defaultProps: optionList satisfies Partial<MultiSelectProps>,
        styles: optionListStyles,
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
      // It opens with the focus on its first item, as a menu button's menu does, not on Mantine's
      // focusable placeholder: a child of the menu that is no menu item (aria-required-children).
      Menu: {
        defaultProps: {
          transitionProps: { duration: 0 },
          withInitialFocusPlaceholder: false,
        } satisfies Partial<MenuProps>,
      },
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
