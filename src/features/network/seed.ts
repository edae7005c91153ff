import { findUserByEmail, insertUser } from '../../platform/auth/user-repository.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { DAY_MS } from '../../platform/retention/periods.ts';
import { getEventPage } from '../events/catalogue/catalogue-service.ts';
import { getOrganisationBySlug } from '../organisations/service.ts';
import { syncGroupAndThreadsSearch } from './core/search-documents.ts';
import {
  insertDemoGroup,
  insertDemoGroupEvents,
  insertDemoMembers,
  insertDemoMentions,
  insertDemoNotificationSettings,
  insertDemoNotifications,
  insertDemoPosts,
  insertDemoProfile,
  insertDemoReactions,
  insertDemoThread,
} from './demo-repository.ts';
import { DEMO_NOTIFICATIONS, DEMO_THREAD_LIST, type DemoThread } from './seed-discussions.ts';
import { DEMO_GROUP_LIST, type DemoGroup } from './seed-groups.ts';
import { demoPostId } from './seed-ids.ts';
import { DEMO_ACCOUNT_PROFILES, DEMO_PEOPLE, type DemoPerson } from './seed-people.ts';

/** The people by e-mail address; the two demo accounts only when the accounts' seed made them. */
type People = Map<string, string>;

/** Organisations by slug, looked up once per slug. */
type Organisations = (slug: string | null) => Promise<string | null>;

async function seedPeople(tx: Executor, now: Date): Promise<People> {
  const people: People = new Map();
  for (const demo of DEMO_PEOPLE) {
    const user =
      (await findUserByEmail(tx, demo.email)) ??
      (await insertUser(tx, { email: demo.email, displayName: demo.displayName, passwordHash: null, emailVerifiedAt: now }));
    if (user) people.set(demo.email, user.id);
  }
  for (const email of Object.keys(DEMO_ACCOUNT_PROFILES)) {
    const user = await findUserByEmail(tx, email);
    if (user) people.set(email, user.id);
  }
  return people;
}

async function seedProfiles(tx: Executor, people: People, organisation: Organisations): Promise<void> {
  const profiles: [string, Omit<DemoPerson, 'email' | 'displayName'>][] = [
    ...DEMO_PEOPLE.map((p): [string, Omit<DemoPerson, 'email' | 'displayName'>] => [p.email, p]),
    ...Object.entries(DEMO_ACCOUNT_PROFILES),
  ];
  for (const [email, demo] of profiles) {
    const userId = people.get(email);
    if (!userId) continue;
    await insertDemoProfile(tx, {
      userId,
      listed: demo.listed,
      sector: demo.sector,
      jobTitle: demo.jobTitle,
      organisationId: await organisation(demo.organisation),
      kreisOrganisationId: await organisation(demo.kreis),
      fieldsOfAction: demo.fieldsOfAction,
      expertise: demo.expertise,
      about: demo.about,
    });
  }
}

async function seedThread(tx: Executor, demo: DemoThread, people: People, ago: (days: number) => Date): Promise<void> {
  const author = (index: number) => people.get(demo.posts[index]!.author) ?? null;
  const last = demo.posts[demo.posts.length - 1]!;
  await insertDemoThread(tx, {
    id: demo.id,
    groupId: demo.groupId,
    title: demo.title,
    authorId: author(0),
    // pinned by the group's lead when the last reply came in
    pinnedAt: demo.pinned ? ago(last.daysAgo) : null,
    answerPostId: demo.answer === undefined ? null : demoPostId(demo.id, demo.answer),
    lastActivityAt: ago(last.daysAgo),
    createdAt: ago(demo.posts[0]!.daysAgo),
  });
  await insertDemoPosts(
    tx,
    demo.posts.map((post, n) => ({
      id: demoPostId(demo.id, n),
      threadId: demo.id,
      authorId: author(n),
      opening: n === 0,
      body: post.body,
      quotesPostId: post.quotes === undefined ? null : demoPostId(demo.id, post.quotes),
      editedAt: post.editedDaysAgo === undefined ? null : ago(post.editedDaysAgo),
      createdAt: ago(post.daysAgo),
    })),
  );
  const personal = (pick: (post: DemoThread['posts'][number]) => string[] | undefined) =>
    demo.posts.flatMap((post, n) =>
      (pick(post) ?? []).flatMap((email) => {
        const userId = people.get(email);
        return userId ? [{ postId: demoPostId(demo.id, n), userId, daysAgo: post.daysAgo }] : [];
      }),
    );
  await insertDemoMentions(
    tx,
    personal((post) => post.mentions).map(({ postId, userId }) => ({ postId, userId })),
  );
  await insertDemoReactions(
    tx,
    personal((post) => post.helpful).map(({ postId, userId, daysAgo }) => ({ postId, userId, createdAt: ago(daysAgo - 0.2) })),
  );
}

/**
 * A group with everything in it, once: when the group is there already (seeded before, or a
 * group of that address made by people), nothing of it is touched, so what moderators changed
 * or removed stays changed.
 */
async function seedGroup(tx: Executor, demo: DemoGroup, people: People, organisation: Organisations, ago: (days: number) => Date): Promise<void> {
  const owner = demo.members.find((m) => m.role === 'owner');
  const group = await insertDemoGroup(tx, {
    id: demo.id,
    slug: demo.slug,
    name: demo.name,
    summary: demo.summary,
    description: demo.description,
    pinnedInfo: demo.pinnedInfo,
    visibility: demo.visibility,
    joinPolicy: demo.joinPolicy,
    regionOrganisationId: await organisation(demo.region),
    programme: demo.programme,
    fieldsOfAction: demo.fieldsOfAction,
    createdBy: owner ? (people.get(owner.email) ?? null) : null,
    createdAt: ago(demo.createdDaysAgo),
    updatedAt: ago(demo.createdDaysAgo),
  });
  if (!group) return;
  const members = demo.members.flatMap((m) => {
    const userId = people.get(m.email);
    return userId ? [{ ...m, userId }] : [];
  });
  await insertDemoMembers(
    tx,
    members.map((m) => ({
      groupId: group.id,
      userId: m.userId,
      role: m.role,
      status: m.status,
      requestMessage: m.requestMessage ?? '',
      createdAt: ago(m.joinedDaysAgo),
      joinedAt: m.status === 'active' ? ago(m.joinedDaysAgo) : null,
    })),
  );
  await insertDemoNotificationSettings(
    tx,
    members.flatMap((m) => (m.frequency ? [{ userId: m.userId, groupId: group.id, frequency: m.frequency }] : [])),
  );
  for (const thread of DEMO_THREAD_LIST.filter((t) => t.groupId === group.id)) await seedThread(tx, thread, people, ago);
  const eventIds: string[] = [];
  for (const slug of demo.events) {
    const page = await getEventPage(tx, slug, null);
    if (page) eventIds.push(page.event.id);
  }
  await insertDemoGroupEvents(
    tx,
    eventIds.map((eventId) => ({ groupId: group.id, eventId, addedBy: group.createdBy })),
  );
  await insertDemoNotifications(
    tx,
    DEMO_NOTIFICATIONS.filter((n) => n.groupId === group.id).flatMap((n) => {
      const userId = people.get(n.email);
      if (!userId) return [];
      const createdAt = ago(n.daysAgo);
      return [
        {
          id: n.id,
          userId,
          groupId: group.id,
          kind: n.kind,
          threadId: n.threadId,
          postId: n.threadId && n.post !== null ? demoPostId(n.threadId, n.post) : null,
          actorId: people.get(n.actor) ?? null,
          createdAt,
          // demo content must never mail anyone: these count as sent
          mailedAt: createdAt,
        },
      ];
    }),
  );
  await syncGroupAndThreadsSearch(tx, group);
}

/**
 * The network's demo content (seed-people.ts, seed-groups.ts, seed-discussions.ts): thirty
 * people with their profiles, three groups with members, discussions, events and notifications.
 * Runs on every start after the accounts, the organisations and the events, in one transaction,
 * and adds only what is missing. Dates count back from the first start, so the discussions
 * look recent in a fresh demo; once written they stay.
 */
export async function seedNetwork(deps: AppDeps): Promise<void> {
  const now = new Date();
  const ago = (days: number) => new Date(now.getTime() - Math.round(days * DAY_MS));
  await deps.db.transaction(async (tx) => {
    const slugs = new Map<string, string | null>();
    const organisation: Organisations = async (slug) => {
      if (!slug) return null;
      if (!slugs.has(slug)) slugs.set(slug, (await getOrganisationBySlug(tx, slug))?.id ?? null);
      return slugs.get(slug) ?? null;
    };
    const people = await seedPeople(tx, now);
    await seedProfiles(tx, people, organisation);
    for (const group of DEMO_GROUP_LIST) await seedGroup(tx, group, people, organisation, ago);
  });
}
