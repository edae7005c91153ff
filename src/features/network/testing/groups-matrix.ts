import { randomUUID } from 'node:crypto';
import { PUBLIC, SIGNED_IN, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { createTestUser } from '../../../testing/harness.ts';
import { networkGroupMembers, networkNotifications } from '../core/tables.ts';
import { DEMO_GROUPS } from '../seed-ids.ts';
import { insertTestGroup } from './group-fixtures.ts';

/*
 * Groups (issue 15). The demo: manager@ owns the public model municipalities' group (joining
 * by request) and is an active member of the hidden steering group; mitglied@ is a member of
 * the members-only providers' group only; the others are in no group. Rows that would change
 * something for some role name a group or a person that does not exist; the rows on real
 * groups are those whose answer changes nothing (a form left empty, a request already made).
 */
const NO_ID = '00000000-0000-4000-8000-000000000000';
const G = '/netzwerk/gruppen/:slug';
const MODEL = `/netzwerk/gruppen/${DEMO_GROUPS.modelMunicipalities.slug}`;
const PROVIDERS = `/netzwerk/gruppen/${DEMO_GROUPS.providers.slug}`;
const STEERING = `/netzwerk/gruppen/${DEMO_GROUPS.steering.slug}`;
const NONE = '/netzwerk/gruppen/gibt-es-nicht';

const NOBODY = { anonymous: 303, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;
const NOT_FOUND = { anonymous: 404, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;
/** the hidden group: only manager@, its member, knows it exists */
const STEERING_ONLY = { anonymous: 404, member: 404, manager: 200, editor: 404, juror: 404, admin: 404 } as const;
/** the owner of the model municipalities' group; an empty form is answered 400 and stores nothing */
const MODEL_OWNER = (status: number) => ({ anonymous: 303, member: 403, manager: status, editor: 403, juror: 403, admin: 403 }) as const;

const person = (page: string) => `${G}/${page}`;

export const networkGroupsRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/netzwerk/gruppen', expect: PUBLIC },
  { method: 'GET', url: '/netzwerk/gruppen?handlungsfeld=unbekannt&seite=x', route: '/netzwerk/gruppen', expect: PUBLIC },
  { method: 'GET', url: '/netzwerk/gruppen/neu', expect: SIGNED_IN },
  { method: 'POST', url: '/netzwerk/gruppen/neu', expect: { anonymous: 303, member: 400, manager: 400, editor: 400, juror: 400, admin: 400 } },

  { method: 'GET', url: MODEL, route: G, expect: PUBLIC },
  // everyone sees a members-only group's overview
  { method: 'GET', url: PROVIDERS, route: G, expect: PUBLIC },
  { method: 'GET', url: STEERING, route: G, expect: STEERING_ONLY },
  { method: 'GET', url: NONE, route: G, expect: NOT_FOUND },

  { method: 'GET', url: `${MODEL}/bearbeiten`, route: `${G}/bearbeiten`, expect: MODEL_OWNER(200) },
  { method: 'POST', url: `${MODEL}/bearbeiten`, route: `${G}/bearbeiten`, expect: MODEL_OWNER(400) },
  { method: 'GET', url: `${NONE}/bearbeiten`, route: `${G}/bearbeiten`, expect: NOBODY },
  { method: 'POST', url: `${STEERING}/bearbeiten`, route: `${G}/bearbeiten`, expect: { ...NOBODY, manager: 403 } },

  { method: 'GET', url: `${MODEL}/mitglieder`, route: `${G}/mitglieder`, expect: PUBLIC },
  {
    method: 'GET',
    url: `${PROVIDERS}/mitglieder`,
    route: `${G}/mitglieder`,
    expect: { anonymous: 403, member: 200, manager: 403, editor: 403, juror: 403, admin: 403 },
  },
  { method: 'GET', url: `${STEERING}/mitglieder`, route: `${G}/mitglieder`, expect: STEERING_ONLY },

  // joining a group one is in changes nothing; a request without a message is refused
  {
    method: 'POST',
    url: `${MODEL}/beitreten`,
    route: `${G}/beitreten`,
    expect: { anonymous: 303, member: 400, manager: 303, editor: 400, juror: 400, admin: 400 },
  },
  { method: 'POST', url: `${STEERING}/beitreten`, route: `${G}/beitreten`, expect: { ...NOBODY, manager: 303 } },
  { method: 'POST', url: `${NONE}/beitreten`, route: `${G}/beitreten`, expect: NOBODY },
  { method: 'POST', url: `${STEERING}/anfrage-zurueckziehen`, route: `${G}/anfrage-zurueckziehen`, expect: { ...NOBODY, manager: 303 } },
  { method: 'POST', url: `${NONE}/anfrage-zurueckziehen`, route: `${G}/anfrage-zurueckziehen`, expect: NOBODY },
  { method: 'POST', url: `${STEERING}/einladung/annehmen`, route: `${G}/einladung/annehmen`, expect: { ...NOBODY, manager: 303 } },
  { method: 'POST', url: `${NONE}/einladung/annehmen`, route: `${G}/einladung/annehmen`, expect: NOBODY },
  { method: 'POST', url: `${STEERING}/einladung/ablehnen`, route: `${G}/einladung/ablehnen`, expect: { ...NOBODY, manager: 303 } },
  { method: 'POST', url: `${NONE}/einladung/ablehnen`, route: `${G}/einladung/ablehnen`, expect: NOBODY },
  { method: 'POST', url: `${NONE}/verlassen`, route: `${G}/verlassen`, expect: NOBODY },

  { method: 'POST', url: `${MODEL}/einladungen`, route: `${G}/einladungen`, expect: MODEL_OWNER(400) },
  { method: 'POST', url: `${NONE}/einladungen`, route: `${G}/einladungen`, expect: NOBODY },
  // a form without its submission id is refused before anything is decided
  { method: 'POST', url: `${MODEL}/anfragen/${NO_ID}/annehmen`, route: person('anfragen/:userId/annehmen'), expect: MODEL_OWNER(400) },
  { method: 'POST', url: `${NONE}/anfragen/${NO_ID}/annehmen`, route: person('anfragen/:userId/annehmen'), expect: NOBODY },
  { method: 'POST', url: `${MODEL}/anfragen/${NO_ID}/ablehnen`, route: person('anfragen/:userId/ablehnen'), expect: MODEL_OWNER(400) },
  { method: 'POST', url: `${NONE}/anfragen/kein-id/ablehnen`, route: person('anfragen/:userId/ablehnen'), expect: NOBODY },
  { method: 'POST', url: `${MODEL}/einladungen/${NO_ID}/zuruecknehmen`, route: person('einladungen/:userId/zuruecknehmen'), expect: MODEL_OWNER(303) },
  { method: 'POST', url: `${NONE}/einladungen/${NO_ID}/zuruecknehmen`, route: person('einladungen/:userId/zuruecknehmen'), expect: NOBODY },
  { method: 'POST', url: `${MODEL}/mitglieder/${NO_ID}/rolle`, route: person('mitglieder/:userId/rolle'), expect: MODEL_OWNER(400) },
  { method: 'POST', url: `${NONE}/mitglieder/${NO_ID}/rolle`, route: person('mitglieder/:userId/rolle'), expect: NOBODY },
  { method: 'POST', url: `${MODEL}/mitglieder/${NO_ID}/entfernen`, route: person('mitglieder/:userId/entfernen'), expect: MODEL_OWNER(404) },
  { method: 'POST', url: `${NONE}/mitglieder/${NO_ID}/entfernen`, route: person('mitglieder/:userId/entfernen'), expect: NOBODY },
];

interface ForeignPeople {
  /** a public group no demo account belongs to, and its people by their place in it */
  slug: string;
  requester: string;
  invited: string;
  member: string;
}

/** whoever moderates nothing here is refused; the model group's owner finds no such person in it */
const OWNER_FINDS_NOBODY = { anonymous: 303, member: 403, manager: 404, editor: 403, juror: 403, admin: 403 } as const;
const NOBODY_MODERATES = { anonymous: 303, member: 403, manager: 403, editor: 403, juror: 403, admin: 403 } as const;

/**
 * The people of another group under the address of the group manager@ leads: a request, an
 * invitation and a membership of that other group must not be answered, revoked or changed
 * from here; and under their own group's address nobody of the demo moderates them.
 */
export const networkGroupsForeignIds: ForeignIdMatrix<ForeignPeople> = {
  async setUp(deps) {
    const [owner, requester, invited, member] = await Promise.all(
      ['Olga Owner', 'Rolf Request', 'Ina Invited', 'Mats Member'].map((displayName) => createTestUser(deps, { displayName })),
    );
    const group = await insertTestGroup(deps, {
      slug: 'fremde-gruppe-mitglieder-matrix',
      visibility: 'public',
      joinPolicy: 'request',
      members: [owner!.id, member!.id],
    });
    await deps.db.insert(networkGroupMembers).values([
      { groupId: group.id, userId: requester!.id, status: 'requested', requestMessage: 'Ich möchte gern mitmachen.' },
      { groupId: group.id, userId: invited!.id, status: 'invited', invitedBy: owner!.id },
    ]);
    return { slug: group.slug, requester: requester!.id, invited: invited!.id, member: member!.id };
  },
  state: (deps) => readTables(deps.db, [networkGroupMembers, networkNotifications]),
  rows: (
    [
      ['anfragen/:userId/annehmen', (s: ForeignPeople) => `anfragen/${s.requester}/annehmen`, () => ({ _submission: randomUUID() }), OWNER_FINDS_NOBODY],
      [
        'anfragen/:userId/ablehnen',
        (s: ForeignPeople) => `anfragen/${s.requester}/ablehnen`,
        () => ({ reason: 'Die Gruppe ist nur für Kommunen.', _submission: randomUUID() }),
        OWNER_FINDS_NOBODY,
      ],
      // an invitation already gone is the page's second click: back to the members' page, nothing changed
      ['einladungen/:userId/zuruecknehmen', (s: ForeignPeople) => `einladungen/${s.invited}/zuruecknehmen`, undefined, { ...OWNER_FINDS_NOBODY, manager: 303 }],
      ['mitglieder/:userId/rolle', (s: ForeignPeople) => `mitglieder/${s.member}/rolle`, () => ({ role: 'moderator' }), OWNER_FINDS_NOBODY],
      ['mitglieder/:userId/entfernen', (s: ForeignPeople) => `mitglieder/${s.member}/entfernen`, undefined, OWNER_FINDS_NOBODY],
    ] as const
  ).flatMap(([page, path, form, expect]) => [
    {
      method: 'POST' as const,
      route: person(page),
      what: `another group's person under the group manager@ leads (${page})`,
      url: (s: ForeignPeople) => `${MODEL}/${path(s)}`,
      ...(form ? { form } : {}),
      expect,
    },
    {
      method: 'POST' as const,
      route: person(page),
      what: `a person of a group no demo account moderates (${page})`,
      url: (s: ForeignPeople) => `/netzwerk/gruppen/${s.slug}/${path(s)}`,
      ...(form ? { form } : {}),
      expect: NOBODY_MODERATES,
    },
  ]),
};
