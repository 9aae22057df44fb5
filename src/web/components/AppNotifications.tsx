import '@mantine/notifications/styles.css';
import { Notifications } from '@mantine/notifications';

/** Mantine's notification stack, in a module of its own so that it loads lazily (main.tsx). */
export function AppNotifications() {
  return <Notifications position="bottom-right" />;
}
