import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DEMO_ACCOUNTS } from '../src/features/accounts/seed.ts';
import { groupPath, NETWORK_PATH, NOTIFICATION_SETTINGS_PATH, NOTIFICATIONS_PATH, UNSUBSCRIBE_PATH } from '../src/features/network/core/paths.ts';
import { DEMO_GROUPS } from '../src/features/network/seed-ids.ts';
import { DEMO_GROUP_LIST } from '../src/features/network/seed-groups.ts';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { berlinToUtc, shiftBerlinDays, utcToBerlin } from '../src/platform/time/berlin-time.ts';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe.ts';
import { demoEmail, logInAs } from './support/login.ts';
import { waitForMail } from './support/outbox.ts';
import { browserTest } from './support/test.ts';

const de = messagesFor('de');
const n = de.network;
const g = de.networkGroups;
const d = de.networkDiscussions;
const nn = de.networkNotifications;

function displayName(email: string): string {
  const account = DEMO_ACCOUNTS.find((a) => a.email === email);
  assert.ok(account, `a demo account ${email}`);
  return account.displayName;
}

function demoGroupName(slug: string): string {
  const group = DEMO_GROUP_LIST.find((x) => x.slug === slug);
  assert.ok(group, `a demo group ${slug}`);
  return group.name;
}

// Public, joining by request, led by manager@; mitglied@ is in the providers' group only.
const GROUP = { slug: DEMO_GROUPS.modelMunicipalities.slug, name: demoGroupName(DEMO_GROUPS.modelMunicipalities.slug) };
const OTHER_GROUP_NAME = demoGroupName(DEMO_GROUPS.providers.slug);
const MEMBER = { email: demoEmail('mitglied'), name: displayName(demoEmail('mitglied')) };
const OWNER = { email: demoEmail('manager'), name: displayName(demoEmail('manager')) };

const JOIN_MESSAGE = 'Ich bin in Süderbrarup für das Onlinezugangsgesetz zuständig und möchte von Ihren Erfahrungen mit offenen Daten lernen.';
const THREAD = {
  title: 'Mängelmelder: Wer hat Erfahrung mit der Anbindung an den Bauhof?',
  body: 'Wir führen im Frühjahr einen **Mängelmelder** ein. Offene Fragen:\n\n- Wie kommen die Meldungen beim Bauhof an?\n- Wer beantwortet sie am Wochenende?',
};
const REPLY = `@[${MEMBER.name}], bei uns landen die Meldungen direkt im Tablet des Bauhofs – ich schicke Ihnen gern unsere Dienstanweisung.`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The next 07:00 in Berlin strictly after the instant: when the daily digest that covers it becomes due. */
function nextDigestDue(after: Date): Date {
  const seven = berlinToUtc(utcToBerlin(after).date, '07:00');
  return seven.getTime() > after.getTime() ? seven : shiftBerlinDays(seven, 1);
}

/** The radio group of one group on the settings page. */
function frequencyChoice(page: Page, groupName: string) {
  return page.getByRole('group', { name: nn.settings.legend(groupName) });
}

browserTest(
  'a member asks to join a group, the owner accepts, the member starts a discussion, the owner mentions them, and the digest tells them; its link unsubscribes',
  async (_t, { newPage, server }) => {
    // 1. The member finds the group from the network's start page and asks to join; the empty request is refused.
    const member = await newPage();
    await logInAs(member, 'mitglied');
    await member.goto(NETWORK_PATH);
    await member.getByRole('heading', { level: 1, name: n.title }).waitFor();
    await expectNoAxeViolations(member);
    await member.getByRole('link', { name: GROUP.name, exact: true }).first().click();
    await member.getByRole('heading', { level: 1, name: GROUP.name }).waitFor();
    assert.equal(new URL(member.url()).pathname, groupPath(GROUP.slug));
    await expectNoAxeViolations(member);
    await member.getByRole('button', { name: g.join.request }).click();
    const joinSummary = member.getByRole('alert', { name: de.common.errorSummaryTitle });
    await joinSummary.waitFor();
    assert.ok((await joinSummary.innerText()).includes(g.validation.messageRequired));
    await expectNoAxeViolations(member);

    // The request itself goes out from a browser without JavaScript, refused once more when empty.
    const memberNoJs = await newPage({ javaScriptEnabled: false });
    await logInAs(memberNoJs, 'mitglied');
    await memberNoJs.goto(groupPath(GROUP.slug));
    await memberNoJs.getByRole('button', { name: g.join.request }).click();
    await memberNoJs.getByRole('alert', { name: de.common.errorSummaryTitle }).getByText(g.validation.messageRequired).waitFor();
    await memberNoJs.getByLabel(g.join.message, { exact: true }).fill(JOIN_MESSAGE);
    await memberNoJs.getByRole('button', { name: g.join.request }).click();
    await memberNoJs.getByText(g.notices.requested).waitFor();
    assert.equal(new URL(memberNoJs.url()).pathname, groupPath(GROUP.slug));

    // The request waits: the page says so and offers to withdraw it.
    await member.goto(groupPath(GROUP.slug));
    const [waitingPrefix] = g.join.requested('\u0000').split('\u0000');
    await member.getByText(waitingPrefix!).waitFor();
    await member.getByRole('button', { name: g.join.withdraw }).waitFor();
    assert.equal(await member.getByRole('button', { name: g.join.request }).count(), 0, 'one request at a time');
    await expectNoAxeViolations(member);

    // 2. The owner sees the request with its message on the members' page and accepts it.
    const owner = await newPage();
    await logInAs(owner, 'manager');
    await owner.goto(groupPath(GROUP.slug));
    await expectNoAxeViolations(owner);
    await owner.getByRole('navigation', { name: n.groupNav.label }).getByRole('link', { name: n.groupNav.members }).click();
    await owner.getByRole('heading', { level: 2, name: g.members.requestsTitle }).waitFor();
    const request = owner.getByRole('article').filter({ has: owner.getByRole('heading', { level: 3, name: MEMBER.name }) });
    await request.getByText(JOIN_MESSAGE).waitFor();
    await expectNoAxeViolations(owner);
    await request.getByRole('button', { name: g.members.accept }).click();
    await owner.getByText(g.notices.accepted).waitFor();
    await owner.getByRole('cell', { name: MEMBER.name, exact: true }).waitFor();
    assert.equal(await request.count(), 0, 'a request is answered once');
    await expectNoAxeViolations(owner);

    // The answer to a request is mailed at once, whatever the group's setting.
    const accepted = nn.sentences.join_accepted({ actor: OWNER.name, group: GROUP.name, thread: GROUP.name });
    await waitForMail(server.outboxDir, (m) => m.to.includes(MEMBER.email) && m.subject === nn.mail.subject(accepted));

    // 3. The member will hear of the new group in a daily digest: the default, chosen again on the settings page.
    await member.goto(NOTIFICATION_SETTINGS_PATH);
    await member.getByRole('heading', { level: 1, name: nn.settings.title }).waitFor();
    const groupChoice = frequencyChoice(member, GROUP.name);
    assert.ok(await groupChoice.getByRole('radio', { name: n.frequencies.daily }).isChecked(), 'without a choice a member gets the daily digest');
    await expectNoAxeViolations(member);
    await groupChoice.getByRole('radio', { name: n.frequencies.daily }).check();
    await member.getByRole('button', { name: nn.settings.submit }).click();
    await member.getByText(nn.notices.saved).waitFor();
    assert.ok(await frequencyChoice(member, GROUP.name).getByRole('radio', { name: n.frequencies.daily }).isChecked());
    await expectNoAxeViolations(member);

    // 4. The new member starts a discussion; the empty form is refused first.
    await member.goto(groupPath(GROUP.slug));
    await member.getByRole('navigation', { name: n.groupNav.label }).getByRole('link', { name: n.groupNav.discussions }).click();
    await member.getByRole('heading', { level: 1, name: d.title }).waitFor();
    await expectNoAxeViolations(member);
    await member.getByRole('link', { name: d.list.newThread }).click();
    await member.getByRole('heading', { level: 1, name: d.form.newTitle }).waitFor();
    await expectNoAxeViolations(member);
    await member.getByRole('button', { name: d.form.start }).click();
    const threadSummary = member.getByRole('alert', { name: de.common.errorSummaryTitle });
    await threadSummary.getByText(d.errors.titleRequired).waitFor();
    await threadSummary.getByText(d.errors.bodyRequired).waitFor();
    await expectNoAxeViolations(member);
    await member.getByLabel(d.form.title, { exact: true }).fill(THREAD.title);
    await member.getByLabel(d.form.body, { exact: true }).fill(THREAD.body);
    await member.getByRole('button', { name: d.form.start }).click();
    await member.getByText(d.notices.started).waitFor();
    await member.getByRole('heading', { level: 1, name: THREAD.title }).waitFor();
    // the Markdown is rendered, not shown as typed
    await member.getByRole('main').locator('strong', { hasText: 'Mängelmelder' }).waitFor();
    await member.getByRole('main').getByRole('listitem').filter({ hasText: 'Wer beantwortet sie am Wochenende?' }).waitFor();
    await expectNoAxeViolations(member);
    const threadPage = new URL(member.url()).pathname;
    assert.match(threadPage, new RegExp(`^${groupPath(GROUP.slug, 'diskussionen')}/[0-9a-f-]{36}$`));

    // The owner replies and mentions the member, from a browser without JavaScript.
    const ownerNoJs = await newPage({ javaScriptEnabled: false });
    await logInAs(ownerNoJs, 'manager');
    await ownerNoJs.goto(threadPage);
    await ownerNoJs.getByLabel(d.reply.body, { exact: true }).fill(REPLY);
    await ownerNoJs.getByRole('button', { name: d.reply.submit }).click();
    await ownerNoJs.getByText(d.notices.replied).waitFor();
    const repliedBy = new Date();
    assert.equal(new URL(ownerNoJs.url()).pathname, threadPage);
    await owner.goto(threadPage);
    await owner.getByRole('heading', { level: 2, name: d.thread.repliesTitle(1) }).waitFor();
    // the mention is shown as the person's name, not as the syntax typed
    await owner.getByRole('main').locator('strong', { hasText: MEMBER.name }).waitFor();
    assert.equal(await owner.getByRole('main').getByText(`@[${MEMBER.name}]`).count(), 0);
    await expectNoAxeViolations(owner);

    // 5. The next morning's digest names the thread and the mention.
    const about = { actor: OWNER.name, group: GROUP.name, thread: THREAD.title };
    const mention = nn.sentences.mention(about);
    await server.runtime.sweep(new Date(nextDigestDue(repliedBy).getTime() + 60_000));
    const digest = await waitForMail(
      server.outboxDir,
      (m) => m.to.includes(MEMBER.email) && m.subject === nn.mail.digestSubject.daily && m.text.includes(THREAD.title),
    );
    assert.ok(digest.text.includes(mention), `the digest says: ${mention}`);
    assert.ok(!digest.text.includes(nn.sentences.reply(about)), 'the mentioned member hears of the reply once, as the mention');
    assert.ok(
      digest.links.some((l) => l.startsWith(`${server.baseUrl}${threadPage}#`)),
      'the digest links to the reply',
    );
    const raw = await fs.readFile(path.join(server.outboxDir, digest.file), 'utf8');
    // the header is folded onto the next line when the address is long
    const head = raw.slice(0, raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, ' ');
    const listUnsubscribe = /^List-Unsubscribe: <([^>]+)>/im.exec(head)?.[1];
    assert.ok(listUnsubscribe?.startsWith(`${server.baseUrl}${UNSUBSCRIBE_PATH}/`), 'the digest has a List-Unsubscribe header');
    assert.match(head, /^List-Unsubscribe-Post: List-Unsubscribe=One-Click/im);

    // The same mention is in the member's list on the site.
    await member.goto(NOTIFICATIONS_PATH);
    await member.getByRole('heading', { level: 1, name: nn.title }).waitFor();
    await member.getByRole('link', { name: mention }).waitFor();
    await expectNoAxeViolations(member);

    // 6. The digest's link for this group unsubscribes without a login.
    const groupLabel = nn.mail.unsubscribeGroup(GROUP.name);
    const [, unsubscribeLink = ''] = new RegExp(`– ${escapeRegExp(groupLabel)}\\n\\s+(\\S+)`).exec(digest.text) ?? [];
    assert.ok(unsubscribeLink.startsWith(`${server.baseUrl}${UNSUBSCRIBE_PATH}/`), `the digest has the link "${groupLabel}"`);
    assert.notEqual(unsubscribeLink, listUnsubscribe, "the group's link is not the one for every group");
    const stranger = await newPage();
    await stranger.goto(unsubscribeLink);
    await stranger.getByRole('heading', { level: 1, name: nn.unsubscribe.title }).waitFor();
    await stranger.getByText(nn.unsubscribe.group(GROUP.name)).waitFor();
    await expectNoAxeViolations(stranger);
    await stranger.getByRole('button', { name: nn.unsubscribe.button }).click();
    await stranger.getByRole('heading', { level: 1, name: nn.unsubscribe.doneTitle }).waitFor();
    await stranger.getByText(nn.unsubscribe.doneGroup(GROUP.name)).waitFor();
    await expectNoAxeViolations(stranger);

    // The member's settings: no mails from this group, the other group as it was.
    await member.goto(NOTIFICATION_SETTINGS_PATH);
    assert.ok(await frequencyChoice(member, GROUP.name).getByRole('radio', { name: n.frequencies.off }).isChecked(), 'the group is unsubscribed');
    assert.ok(await frequencyChoice(member, OTHER_GROUP_NAME).getByRole('radio', { name: n.frequencies.daily }).isChecked(), 'the other group is unchanged');
    await expectNoAxeViolations(member);
  },
);
