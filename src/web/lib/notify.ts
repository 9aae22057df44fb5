import { notifications } from '@mantine/notifications';
import { errorMessage } from './api.js';

/** Tells the user that an action without a form of its own failed, and why. */
export const notifyFailure = (error: unknown) =>
  notifications.show({ color: 'red', message: errorMessage(error) });
