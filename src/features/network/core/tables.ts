import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../platform/db/tables.ts';
import { storedFiles } from '../../../platform/files/tables.ts';
import { pictures } from '../../../platform/pictures/tables.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** Where a person in the network comes from (seed 001: Verwaltung, Selbstverwaltung, Wirtschaft, Wissenschaft, Daseinsvorsorge). */
export const SECTORS = ['verwaltung', 'politik', 'wirtschaft', 'wissenschaft', 'daseinsvorsorge', 'zivilgesellschaft'] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * A person's entry in the network's directory. Only those who opted in (`listed`) are shown;
 * the organisation and the Kreis are read through the organisations' service, so neither has a
 * foreign key.
 */
export const networkProfiles = pgTable(
  'network_profiles',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    listed: boolean('listed').notNull().default(false),
    sector: text('sector').$type<Sector>(),
    // e.g. "Bürgermeisterin", "Digitalisierungsbeauftragter"
    jobTitle: text('job_title').notNull().default(''),
    organisationId: uuid('organisation_id'),
    // the Kreis (an organisation of type kreis) the person works in
    kreisOrganisationId: uuid('kreis_organisation_id'),
    fieldsOfAction: text('fields_of_action').array().notNull().default(sql`'{}'::text[]`),
    // free tags, lower-cased, e.g. "open data", "ozg"
    expertise: text('expertise').array().notNull().default(sql`'{}'::text[]`),
    // a few sentences in plain text
    about: text('about').notNull().default(''),
    pictureId: uuid('picture_id').references(() => pictures.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('network_profiles_listed_idx').on(t.sector).where(sql`${t.listed}`)],
);

/** public: everyone reads; members: everyone sees the group, its members read the discussions; hidden: only members know it exists. */
export const GROUP_VISIBILITIES = ['public', 'members', 'hidden'] as const;
export type GroupVisibility = (typeof GROUP_VISIBILITIES)[number];

export const JOIN_POLICIES = ['open', 'request', 'invitation'] as const;
export type JoinPolicy = (typeof JOIN_POLICIES)[number];

export const networkGroups = pgTable(
  'network_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    // one or two sentences for lists and the search
    summary: text('summary').notNull(),
    // Markdown
    description: text('description').notNull().default(''),
    // Markdown, shown above the discussions ("Angepinnt")
    pinnedInfo: text('pinned_info').notNull().default(''),
    visibility: text('visibility').$type<GroupVisibility>().notNull(),
    joinPolicy: text('join_policy').$type<JoinPolicy>().notNull(),
    // a Kreis or region (organisations feature) the group belongs to, if any
    regionOrganisationId: uuid('region_organisation_id'),
    // a programme the group belongs to, e.g. "Digitale Modellkommunen Schleswig-Holstein"
    programme: text('programme').notNull().default(''),
    fieldsOfAction: text('fields_of_action').array().notNull().default(sql`'{}'::text[]`),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('network_groups_slug_key').on(t.slug),
    check('network_groups_visibility_check', sql`${t.visibility} in ('public','members','hidden')`),
    check('network_groups_join_policy_check', sql`${t.joinPolicy} in ('open','request','invitation')`),
  ],
);

export const GROUP_ROLES = ['owner', 'moderator', 'member'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

/** requested: asked to join, waits for a manager; invited: asked by a manager, waits for the person. */
export const GROUP_MEMBER_STATUSES = ['requested', 'invited', 'active'] as const;
export type GroupMemberStatus = (typeof GROUP_MEMBER_STATUSES)[number];

export const networkGroupMembers = pgTable(
  'network_group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => networkGroups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<GroupRole>().notNull().default('member'),
    status: text('status').$type<GroupMemberStatus>().notNull(),
    // the person's message with a request to join
    requestMessage: text('request_message').notNull().default(''),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    joinedAt: ts('joined_at'),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.userId] }),
    index('network_group_members_user_idx').on(t.userId),
    check('network_group_members_role_check', sql`${t.role} in ('owner','moderator','member')`),
    check('network_group_members_status_check', sql`${t.status} in ('requested','invited','active')`),
  ],
);

/** The group's file shelf: documents in the platform's file store. */
export const networkGroupFiles = pgTable(
  'network_group_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => networkGroups.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    title: text('title').notNull(),
    position: integer('position').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('network_group_files_group_idx').on(t.groupId, t.position)],
);

/** Events marked as a group's; the events are read through the events' catalogue service. */
export const networkGroupEvents = pgTable(
  'network_group_events',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => networkGroups.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id').notNull(),
    addedBy: uuid('added_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.eventId] })],
);

export const networkThreads = pgTable(
  'network_threads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => networkGroups.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    pinnedAt: ts('pinned_at'),
    lockedAt: ts('locked_at'),
    hiddenAt: ts('hidden_at'),
    // the reply marked as the answer to the opening question
    answerPostId: uuid('answer_post_id'),
    lastActivityAt: ts('last_activity_at').notNull().defaultNow(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('network_threads_group_idx').on(t.groupId, t.lastActivityAt)],
);

/** The opening post of a thread and its replies; Markdown, rendered by the platform's safe renderer. */
export const networkPosts = pgTable(
  'network_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => networkThreads.id, { onDelete: 'cascade' }),
    // null once the author's account is deleted: the post stays, without the person
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    opening: boolean('opening').notNull().default(false),
    body: text('body').notNull(),
    // the post this one quotes, shown above it
    quotesPostId: uuid('quotes_post_id'),
    editedAt: ts('edited_at'),
    hiddenAt: ts('hidden_at'),
    hiddenBy: uuid('hidden_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('network_posts_thread_idx').on(t.threadId, t.createdAt),
    uniqueIndex('network_posts_opening_key').on(t.threadId).where(sql`${t.opening}`),
    check('network_posts_body_length_check', sql`char_length(${t.body}) <= 50000`),
  ],
);

/** Members named with @ in a post; only members of the group are recorded. */
export const networkMentions = pgTable(
  'network_mentions',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => networkPosts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] })],
);

/** "Hilfreich": one per person and post. */
export const networkReactions = pgTable(
  'network_reactions',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => networkPosts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] })],
);

/** A post reported to the group's moderators with a reason; closed when a moderator has dealt with it. */
export const networkReports = pgTable(
  'network_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => networkPosts.id, { onDelete: 'cascade' }),
    reporterId: uuid('reporter_id').references(() => users.id, { onDelete: 'set null' }),
    reason: text('reason').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    closedAt: ts('closed_at'),
    closedBy: uuid('closed_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('network_reports_open_idx').on(t.postId).where(sql`${t.closedAt} is null`)],
);

/** How a member hears of a group's activity by e-mail; without a row: the daily digest. */
export const NOTIFICATION_FREQUENCIES = ['immediate', 'daily', 'weekly', 'off'] as const;
export type NotificationFrequency = (typeof NOTIFICATION_FREQUENCIES)[number];

export const networkNotificationSettings = pgTable(
  'network_notification_settings',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => networkGroups.id, { onDelete: 'cascade' }),
    frequency: text('frequency').$type<NotificationFrequency>().notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.groupId] }),
    check('network_notification_settings_frequency_check', sql`${t.frequency} in ('immediate','daily','weekly','off')`),
  ],
);

export const NOTIFICATION_KINDS = ['new_thread', 'reply', 'mention', 'join_request', 'join_decision', 'invitation', 'report'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * One thing a member should hear of, shown in the in-app list. `mailedAt` is set in the same
 * transaction that queues the e-mail (immediate or digest), so no item is ever mailed twice.
 */
export const networkNotifications = pgTable(
  'network_notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => networkGroups.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<NotificationKind>().notNull(),
    threadId: uuid('thread_id').references(() => networkThreads.id, { onDelete: 'cascade' }),
    postId: uuid('post_id').references(() => networkPosts.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    // e.g. the reason a request was declined
    note: text('note').notNull().default(''),
    createdAt: ts('created_at').notNull().defaultNow(),
    readAt: ts('read_at'),
    mailedAt: ts('mailed_at'),
  },
  (t) => [
    index('network_notifications_user_idx').on(t.userId, t.createdAt),
    index('network_notifications_unmailed_idx').on(t.userId).where(sql`${t.mailedAt} is null`),
  ],
);

/**
 * One row per person, frequency and period ("2026-12-07" daily, "2026-W49" weekly): inserted
 * before the digest is composed, so a second process finds the row and sends nothing.
 */
export const networkDigestRuns = pgTable(
  'network_digest_runs',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    frequency: text('frequency').$type<'daily' | 'weekly'>().notNull(),
    period: text('period').notNull(),
    items: integer('items').notNull().default(0),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.frequency, t.period] })],
);
