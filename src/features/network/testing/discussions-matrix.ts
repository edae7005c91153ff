import { PUBLIC, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { createTestUser } from '../../../testing/harness.ts';
import { networkMentions, networkPosts, networkReactions, networkReports, networkThreads } from '../core/tables.ts';
import { DEMO_GROUPS, DEMO_THREADS } from '../seed-ids.ts';
import { addTestMember, insertTestGroup } from './group-fixtures.ts';

/*
 * Discussions (issue 15). The demo: manager@ owns the public model municipalities' group and is
 * a plain member of the hidden steering group; mitglied@ is a member of the members-only
 * providers' group only; editor, juror and admin are in no group. Rows that could change
 * something name a thread, post or report that does not exist, or send an empty form (400,
 * nothing stored); the rows with real ids of another group's records follow below.
 */
const NO_ID = '00000000-0000-4000-8000-000000000000';
const G = '/netzwerk/gruppen/:slug';
const T = `${G}/diskussionen/:threadId`;
const P = `${T}/beitraege/:postId`;
const MODEL = `/netzwerk/gruppen/${DEMO_GROUPS.modelMunicipalities.slug}`;
const PROVIDERS = `/netzwerk/gruppen/${DEMO_GROUPS.providers.slug}`;
const STEERING = `/netzwerk/gruppen/${DEMO_GROUPS.steering.slug}`;
const OPEN_DATA = `${MODEL}/diskussionen/${DEMO_THREADS.openData}`;
const CHARGING = `${PROVIDERS}/diskussionen/${DEMO_THREADS.charging}`;
const AGENDA = `${STEERING}/diskussionen/${DEMO_THREADS.steeringAgenda}`;

const NOT_FOUND = { anonymous: 404, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;
/** a members-only group's content: its member reads, everyone else is refused */
const PROVIDERS_ONLY = (status: number, anonymous = 403) => ({ anonymous, member: status, manager: 403, editor: 403, juror: 403, admin: 403 }) as const;
/** the hidden group: only manager@, its member, knows it exists */
const STEERING_ONLY = (status: number, anonymous = 404) => ({ anonymous, member: 404, manager: status, editor: 404, juror: 404, admin: 404 }) as const;
/** the model municipalities' group: manager@ owns it, the others only read it */
const MODEL_OWNER = (status: number) => ({ anonymous: 303, member: 403, manager: status, editor: 403, juror: 403, admin: 403 }) as const;
const ANYONE_SIGNED_IN = (status: number) => ({ anonymous: 303, member: status, manager: status, editor: status, juror: status, admin: status }) as const;

const postRows = (thread: string): MatrixRoute[] =>
  (['bearbeiten', 'hilfreich', 'melden', 'ausblenden', 'einblenden'] as const).map((action) => ({
    method: 'POST' as const,
    url: `${thread}/beitraege/${NO_ID}/${action}`,
    route: `${P}/${action}`,
    expect: MODEL_OWNER(404),
  }));

const THREAD_ACTIONS = ['sperren', 'entsperren', 'anpinnen', 'loesen', 'ausblenden', 'einblenden'] as const;

export const networkDiscussionsRoutes: MatrixRoute[] = [
  { method: 'GET', url: `${MODEL}/diskussionen`, route: `${G}/diskussionen`, expect: PUBLIC },
  { method: 'GET', url: `${MODEL}/diskussionen?seite=999`, route: `${G}/diskussionen`, expect: PUBLIC },
  { method: 'GET', url: `${PROVIDERS}/diskussionen`, route: `${G}/diskussionen`, expect: PROVIDERS_ONLY(200) },
  { method: 'GET', url: `${STEERING}/diskussionen`, route: `${G}/diskussionen`, expect: STEERING_ONLY(200) },
  { method: 'GET', url: '/netzwerk/gruppen/gibt-es-nicht/diskussionen', route: `${G}/diskussionen`, expect: NOT_FOUND },

  { method: 'GET', url: `${MODEL}/diskussionen/neu`, route: `${G}/diskussionen/neu`, expect: MODEL_OWNER(200) },
  { method: 'GET', url: `${PROVIDERS}/diskussionen/neu`, route: `${G}/diskussionen/neu`, expect: PROVIDERS_ONLY(200, 303) },
  { method: 'GET', url: `${STEERING}/diskussionen/neu`, route: `${G}/diskussionen/neu`, expect: STEERING_ONLY(200, 303) },
  { method: 'POST', url: `${MODEL}/diskussionen/neu`, route: `${G}/diskussionen/neu`, expect: MODEL_OWNER(400) },
  { method: 'POST', url: `${STEERING}/diskussionen/neu`, route: `${G}/diskussionen/neu`, expect: STEERING_ONLY(400, 303) },

  { method: 'GET', url: OPEN_DATA, route: T, expect: PUBLIC },
  { method: 'GET', url: `${OPEN_DATA}?zitat=kein-id`, route: T, expect: PUBLIC },
  { method: 'GET', url: CHARGING, route: T, expect: PROVIDERS_ONLY(200) },
  { method: 'GET', url: AGENDA, route: T, expect: STEERING_ONLY(200) },
  { method: 'GET', url: `${MODEL}/diskussionen/${NO_ID}`, route: T, expect: NOT_FOUND },
  { method: 'GET', url: `${MODEL}/diskussionen/kein-id`, route: T, expect: NOT_FOUND },
  // the hidden group's thread under the public group: no thread is found under another group
  { method: 'GET', url: `${MODEL}/diskussionen/${DEMO_THREADS.steeringAgenda}`, route: T, expect: NOT_FOUND },

  { method: 'POST', url: `${OPEN_DATA}/antworten`, route: `${T}/antworten`, expect: MODEL_OWNER(400) },
  { method: 'POST', url: `${CHARGING}/antworten`, route: `${T}/antworten`, expect: PROVIDERS_ONLY(400, 303) },
  { method: 'POST', url: `${AGENDA}/antworten`, route: `${T}/antworten`, expect: STEERING_ONLY(400, 303) },
  // the thread's author or a moderator; an empty form names no reply of the thread
  { method: 'POST', url: `${OPEN_DATA}/antwort`, route: `${T}/antwort`, expect: MODEL_OWNER(404) },
  { method: 'POST', url: `${AGENDA}/antwort`, route: `${T}/antwort`, expect: STEERING_ONLY(403, 303) },

  { method: 'GET', url: `${OPEN_DATA}/beitraege/${NO_ID}/bearbeiten`, route: `${P}/bearbeiten`, expect: MODEL_OWNER(404) },
  { method: 'GET', url: `${OPEN_DATA}/beitraege/kein-id/bearbeiten`, route: `${P}/bearbeiten`, expect: MODEL_OWNER(404) },
  ...postRows(OPEN_DATA),

  ...THREAD_ACTIONS.map((action) => ({
    method: 'POST' as const,
    url: `${MODEL}/diskussionen/${NO_ID}/${action}`,
    route: `${T}/${action}`,
    expect: MODEL_OWNER(404),
  })),
  // manager@ is a plain member of the hidden group: no moderation there
  ...THREAD_ACTIONS.map((action) => ({ method: 'POST' as const, url: `${AGENDA}/${action}`, route: `${T}/${action}`, expect: STEERING_ONLY(403, 303) })),
  { method: 'GET', url: `${OPEN_DATA}/verschieben`, route: `${T}/verschieben`, expect: MODEL_OWNER(200) },
  { method: 'POST', url: `${OPEN_DATA}/verschieben`, route: `${T}/verschieben`, expect: MODEL_OWNER(400) },
  { method: 'GET', url: `${AGENDA}/verschieben`, route: `${T}/verschieben`, expect: STEERING_ONLY(403, 303) },

  { method: 'GET', url: `${MODEL}/meldungen`, route: `${G}/meldungen`, expect: MODEL_OWNER(200) },
  { method: 'GET', url: `${STEERING}/meldungen`, route: `${G}/meldungen`, expect: STEERING_ONLY(403, 303) },
  { method: 'GET', url: `${PROVIDERS}/meldungen`, route: `${G}/meldungen`, expect: ANYONE_SIGNED_IN(403) },
  { method: 'POST', url: `${MODEL}/meldungen/${NO_ID}/erledigt`, route: `${G}/meldungen/:reportId/erledigt`, expect: MODEL_OWNER(404) },
  { method: 'POST', url: `${MODEL}/meldungen/kein-id/ausblenden`, route: `${G}/meldungen/:reportId/ausblenden`, expect: MODEL_OWNER(404) },
];

interface ForeignDiscussion {
  /** a public group of strangers, with a thread, its opening post, a reply and an open report */
  group: { slug: string; id: string };
  thread: string;
  opening: string;
  reply: string;
  report: string;
}

const ALL_REFUSED = (manager: number) => ({ anonymous: 303, member: 403, manager, editor: 403, juror: 403, admin: 403 }) as const;
const inModel = (page: string) => `${MODEL}/${page}`;
const foreignThread = (o: ForeignDiscussion, page = '') => inModel(`diskussionen/${o.thread}${page}`);
const foreignPostInOwnThread = (o: ForeignDiscussion, action: string) => `${OPEN_DATA}/beitraege/${o.reply}/${action}`;

/**
 * Another group's thread, posts and report, tried under the model municipalities' group that
 * manager@ owns: each is found only under its own group, so even the owner gets 404 and
 * nothing changes.
 */
export const networkDiscussionsForeignIds: ForeignIdMatrix<ForeignDiscussion> = {
  async setUp(deps) {
    const group = await insertTestGroup(deps, { slug: 'fremde-gruppe-matrix', visibility: 'public' });
    const stranger = await createTestUser(deps, { displayName: 'Frieda Fremd' });
    const reporter = await createTestUser(deps, { displayName: 'Rita Rügen' });
    await addTestMember(deps, group.id, stranger.id, 'owner');
    await addTestMember(deps, group.id, reporter.id);
    const [thread] = await deps.db.insert(networkThreads).values({ groupId: group.id, title: 'Eine fremde Diskussion', authorId: stranger.id }).returning();
    const [opening] = await deps.db
      .insert(networkPosts)
      .values({ threadId: thread!.id, authorId: stranger.id, opening: true, body: 'Der Anfang.' })
      .returning();
    const [reply] = await deps.db.insert(networkPosts).values({ threadId: thread!.id, authorId: reporter.id, body: 'Eine Antwort.' }).returning();
    const [report] = await deps.db.insert(networkReports).values({ postId: reply!.id, reporterId: stranger.id, reason: 'Bitte prüfen.' }).returning();
    return { group: { slug: group.slug, id: group.id }, thread: thread!.id, opening: opening!.id, reply: reply!.id, report: report!.id };
  },
  state: (deps) => readTables(deps.db, [networkThreads, networkPosts, networkMentions, networkReactions, networkReports]),
  rows: [
    { method: 'GET', route: T, what: "another group's thread", url: (o) => foreignThread(o), expect: NOT_FOUND },
    {
      method: 'POST',
      route: `${T}/antworten`,
      what: "another group's thread",
      url: (o) => foreignThread(o, '/antworten'),
      form: () => ({ body: 'Eine Antwort am falschen Ort.' }),
      expect: ALL_REFUSED(404),
    },
    {
      method: 'POST',
      route: `${T}/antwort`,
      what: "another group's thread",
      url: (o) => foreignThread(o, '/antwort'),
      form: (o) => ({ postId: o.reply }),
      expect: { anonymous: 303, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 },
    },
    {
      method: 'POST',
      route: `${T}/antwort`,
      what: "another thread's reply as the answer of the owner's thread",
      url: () => `${OPEN_DATA}/antwort`,
      form: (o) => ({ postId: o.reply }),
      expect: ALL_REFUSED(404),
    },
    {
      method: 'GET',
      route: `${P}/bearbeiten`,
      what: "another group's post",
      url: (o) => foreignThread(o, `/beitraege/${o.opening}/bearbeiten`),
      expect: ALL_REFUSED(404),
    },
    {
      method: 'POST',
      route: `${P}/bearbeiten`,
      what: "another group's post",
      url: (o) => foreignThread(o, `/beitraege/${o.opening}/bearbeiten`),
      form: () => ({ title: 'Übernommen', body: 'Überschrieben.' }),
      expect: ALL_REFUSED(404),
    },
    ...(['hilfreich', 'ausblenden', 'einblenden'] as const).flatMap((action) => [
      {
        method: 'POST' as const,
        route: `${P}/${action}`,
        what: "another group's post",
        url: (o: ForeignDiscussion) => foreignThread(o, `/beitraege/${o.reply}/${action}`),
        expect: ALL_REFUSED(404),
      },
      {
        method: 'POST' as const,
        route: `${P}/${action}`,
        what: "another thread's post under the owner's thread",
        url: (o: ForeignDiscussion) => foreignPostInOwnThread(o, action),
        expect: ALL_REFUSED(404),
      },
    ]),
    {
      method: 'POST',
      route: `${P}/melden`,
      what: "another thread's post under the owner's thread",
      url: (o) => foreignPostInOwnThread(o, 'melden'),
      form: () => ({ reason: 'Gehört nicht hierher.' }),
      expect: ALL_REFUSED(404),
    },
    ...THREAD_ACTIONS.map((action) => ({
      method: 'POST' as const,
      route: `${T}/${action}`,
      what: "another group's thread",
      url: (o: ForeignDiscussion) => foreignThread(o, `/${action}`),
      expect: ALL_REFUSED(404),
    })),
    { method: 'GET', route: `${T}/verschieben`, what: "another group's thread", url: (o) => foreignThread(o, '/verschieben'), expect: ALL_REFUSED(404) },
    {
      method: 'POST',
      route: `${T}/verschieben`,
      what: 'the owner’s thread into a group the owner does not moderate',
      url: () => `${OPEN_DATA}/verschieben`,
      form: (o) => ({ groupId: o.group.id }),
      expect: ALL_REFUSED(400),
    },
    ...(['erledigt', 'ausblenden'] as const).map((action) => ({
      method: 'POST' as const,
      route: `${G}/meldungen/:reportId/${action}`,
      what: "another group's report",
      url: (o: ForeignDiscussion) => inModel(`meldungen/${o.report}/${action}`),
      expect: ALL_REFUSED(404),
    })),
  ],
};
