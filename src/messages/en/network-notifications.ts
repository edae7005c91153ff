import type { networkNotifications as de } from '../de/network-notifications.ts';

interface Names {
  actor: string;
  group: string;
  thread: string;
}

/** The network's notifications (src/features/network/notifications/). */
export const networkNotifications: typeof de = {
  title: 'Notifications',
  accountLink: 'Notifications in the network',
  someone: 'Someone',
  sentences: {
    new_thread: (n: Names) => `${n.actor} started the discussion “${n.thread}” in “${n.group}”.`,
    reply: (n: Names) => `${n.actor} replied in “${n.thread}”.`,
    mention: (n: Names) => `${n.actor} mentioned you in “${n.thread}”.`,
    join_request: (n: Names) => `${n.actor} would like to join the group “${n.group}”.`,
    join_accepted: (n: Names) => `Your request was accepted: you are now a member of the group “${n.group}”.`,
    join_declined: (n: Names) => `Your request to join the group “${n.group}” was declined.`,
    invitation: (n: Names) => `${n.actor} invited you to the group “${n.group}”.`,
    report: (n: Names) => `${n.actor} reported a post in “${n.thread}” to the moderators.`,
  },
  /** the person's message with a request to join, and the reason a request was declined */
  note: { join_request: (text: string) => `Message: “${text}”`, join_decision: (text: string) => `Reason: ${text}` },
  list: {
    lead: 'What happened in your groups, newest first. By e-mail you hear of it as you chose for each group.',
    empty: 'No notifications yet. As soon as something in your groups concerns you, it appears here.',
    unread: 'New',
    unreadCount: (n: number) => (n === 1 ? '1 unread notification' : `${n} unread notifications`),
    markRead: 'Mark all as read',
    settings: 'Choose e-mails per group',
  },
  settings: {
    title: 'E-mails from the network',
    lead: 'Choose for each of your groups how you hear of new discussions, replies and mentions by e-mail. The list of notifications shows everything, also without e-mail.',
    digestHint: 'The daily summary arrives in the morning at 7 am, the weekly one on Mondays at 7 am.',
    legend: (group: string) => `E-mails from “${group}”`,
    none: 'You are not a member of any group yet. Join a group to choose here how you hear of it.',
    groupsLink: 'Go to the groups',
    submit: 'Save settings',
    back: 'Back to the notifications',
    chooseOne: (group: string) => `Choose how you would like to hear of “${group}”.`,
  },
  notices: {
    saved: 'Your settings are saved.',
    read: 'All notifications are marked as read.',
  },
  unsubscribe: {
    title: 'Unsubscribe from e-mails',
    group: (group: string) => `You receive e-mails about new discussions, replies and mentions in the group “${group}”.`,
    all: 'You receive summaries by e-mail from your groups in the network.',
    hint: 'After unsubscribing you still see everything in your notifications when you are signed in.',
    button: 'Unsubscribe from this group’s e-mails',
    buttonAll: 'Unsubscribe from all e-mails from the network',
    doneTitle: 'Unsubscribed',
    doneGroup: (group: string) => `You will receive no more e-mails from the group “${group}”.`,
    doneAll: 'You will receive no more e-mails from your groups in the network.',
    settingsLink: 'See your e-mail settings',
  },
  mail: {
    subject: (sentence: string) => sentence.replace(/\.$/, ''),
    greeting: (name: string) => `Hello ${name},`,
    excerpt: (text: string) => `“${text}”`,
    openThread: 'View the post',
    openMembers: 'View the requests',
    openGroup: 'View the group',
    digestSubject: { daily: 'Your daily summary from the network', weekly: 'Your weekly summary from the network' },
    digestLead: 'This happened in your groups since your last summary:',
    more: (n: number) => (n === 1 ? 'and 1 more notification' : `and ${n} more notifications`),
    openList: 'View all notifications',
    footer: (site: string) => `${site} – Netzwerk Digitale Kommune. Choose how often you receive e-mails from a group under “Notifications”.`,
    unsubscribeGroup: (group: string) => `Unsubscribe from e-mails from “${group}”`,
    unsubscribeTitle: 'Unsubscribe from single groups',
    unsubscribeAll: 'Unsubscribe from all e-mails from the network',
  },
};
