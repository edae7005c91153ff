import type { networkNotifications as de } from '../de/network-notifications.ts';

/** The network's notifications (src/features/network/notifications/). */
export const networkNotifications: typeof de = {
  title: '',
};
