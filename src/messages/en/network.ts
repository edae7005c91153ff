import type { network as de } from '../de/network.ts';

/** The words every part of the network shares: its name, the entry page, sectors, roles and a group's navigation. */
export const network: typeof de = {
  title: 'Digitale Kommune network',
  entry: {
    lead: 'Here administration, local politics, business, science and the providers of public services exchange knowledge – beyond events, in everyday work.',
    groupsTitle: 'Groups',
    groupsMore: 'All groups',
    discussionsTitle: 'New discussions',
    discussionsEmpty: 'No public discussions yet.',
    eventsTitle: 'Next events in the network',
    eventsEmpty: 'No group events are planned at the moment.',
    eventsMore: 'All events',
    peopleTitle: 'People',
    peopleBody: 'People from the municipalities and their partners, by sector, district and expertise.',
    organisationsTitle: 'Organisations',
    organisationsBody: 'Municipalities, districts, companies, universities and providers of public services in the network.',
    myGroupsTitle: 'My groups',
    joinHint: 'Log in to join groups and take part in discussions.',
    members: (n: number) => (n === 1 ? '1 member' : `${n} members`),
    replies: (n: number) => (n === 1 ? '1 reply' : `${n} replies`),
    inGroup: (group: string) => `in “${group}”`,
  },
  sectors: {
    verwaltung: 'Administration',
    politik: 'Local politics and self-government',
    wirtschaft: 'Business',
    wissenschaft: 'Science',
    daseinsvorsorge: 'Public services',
    zivilgesellschaft: 'Civil society',
  },
  visibilities: {
    public: 'Public',
    members: 'Members only',
    hidden: 'Hidden',
  },
  visibilityHints: {
    public: 'Everyone sees the group and reads its discussions.',
    members: 'Everyone sees the group; only members read its discussions, files and members.',
    hidden: 'Only members and invited people know that the group exists.',
  },
  joinPolicies: {
    open: 'Open – anyone can join',
    request: 'On request – the group’s leads decide',
    invitation: 'By invitation only',
  },
  roles: {
    owner: 'Lead',
    moderator: 'Moderator',
    member: 'Member',
  },
  frequencies: {
    immediate: 'By e-mail at once',
    daily: 'Daily digest',
    weekly: 'Weekly digest',
    off: 'No e-mails',
  },
  groupNav: {
    label: 'Parts of the group',
    overview: 'Overview',
    discussions: 'Discussions',
    members: 'Members',
    files: 'Files',
    events: 'Events',
  },
  crumbs: {
    groups: 'Groups',
  },
};
