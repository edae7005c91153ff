/** The network's notifications (src/features/network/notifications/). */
export const networkNotifications = {
  title: '',
};
