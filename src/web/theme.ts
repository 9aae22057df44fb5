import { createTheme } from '@mantine/core';

export const theme = createTheme({
  // Shade 7 keeps white text on buttons and coloured links on white above 4.5:1 (WCAG AA).
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: 'md',
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
});
