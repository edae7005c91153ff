import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { createTestEvent, registerDirectly, testAnswers } from '../testing/registration-fixtures.ts';
import { findManagedRegistration, streamLinkDue } from './service.ts';

const MINUTE = 60_000;

/*
 * A registration's link (reference and secret) is the only key to its page for a person
 * without an account. The secret arrives from a query string or a form, so it can be a list,
 * nothing, or text of any length; none of it may open a page or throw.
 */
eachBackend('event registration: manage links', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend);
  });
  after(async () => rt.close());

  async function registered(email: string) {
    const ev = await createTestEvent(rt.deps.db, {
      slug: `verwalten-${email.split('@')[0]}`,
      dates: { d: { seats: 5, startsInHours: 240, deadlineInHours: 1 } },
      questions: false,
      worldCafe: false,
    });
    const outcome = await registerDirectly(rt.deps, ev.dates.d!, testAnswers(ev, { email }));
    assert.ok(outcome.kind === 'registered');
    return { reference: outcome.registration.reference, token: outcome.manageToken, id: outcome.registration.id };
  }

  it('opens the registration with its own reference and secret only', async () => {
    const erika = await registered('erika@example.org');
    const max = await registered('max@example.org');
    assert.equal((await findManagedRegistration(rt.deps.db, erika.reference, erika.token))?.id, erika.id);
    assert.equal(await findManagedRegistration(rt.deps.db, erika.reference, max.token), undefined, 'another registration’s secret');
    assert.equal(await findManagedRegistration(rt.deps.db, max.reference, erika.token), undefined);
    const flipped = `${erika.token.slice(0, -1)}${erika.token.endsWith('A') ? 'B' : 'A'}`;
    assert.equal(await findManagedRegistration(rt.deps.db, erika.reference, flipped), undefined, 'one character changed');
  });

  it('answers "no such link" for any other kind of secret, without throwing', async () => {
    const erika = await registered('erika2@example.org');
    for (const hostile of [undefined, null, '', 42, [erika.token, erika.token], { token: erika.token }, 'x'.repeat(201), `${erika.token}${'x'.repeat(200)}`]) {
      assert.equal(await findManagedRegistration(rt.deps.db, erika.reference, hostile), undefined, JSON.stringify(hostile));
    }
    const unknown = erika.reference === 'DK-2222-22' ? 'DK-3333-33' : 'DK-2222-22';
    for (const reference of [undefined, '', 'DK-0000-0000', [erika.reference], unknown, erika.reference.toLowerCase().replace(/[a-z]/g, '?')]) {
      assert.equal(await findManagedRegistration(rt.deps.db, reference, erika.token), undefined, JSON.stringify(reference));
    }
  });

  it('sends links in the e-mails that open the registration, the offer and the address confirmation', async () => {
    const ev = await createTestEvent(rt.deps.db, {
      slug: 'verwalten-links',
      dates: { d: { seats: 1, startsInHours: 240, deadlineInHours: 1 } },
      questions: false,
      worldCafe: false,
    });
    const dateId = ev.dates.d!;
    await registerDirectly(rt.deps, dateId, testAnswers(ev, { email: 'links-sitzt@example.org' }));
    await registerDirectly(rt.deps, dateId, testAnswers(ev, { email: 'links-wartet@example.org' }));
    await rt.deps.db.execute(sql`update event_dates set seats = 2 where id = ${dateId}`);
    await rt.runtime.sweep(new Date());
    await rt.runJobs();
    const linkIn = (to: string, subject: RegExp, path: RegExp) => {
      const mail = rt.mails.find((m) => m.to === to && subject.test(m.subject));
      assert.ok(mail, `${subject} to ${to}`);
      const url = mail.text
        .match(/https?:\/\/\S+/g)
        ?.map((link) => new URL(link))
        .find((link) => path.test(link.pathname));
      assert.ok(url, `a link to ${path} in ${mail.text}`);
      return `${url.pathname}${url.search}`;
    };
    const manage = linkIn('links-sitzt@example.org', /Anmeldung|bestätigt/, /^\/anmeldung\/DK-[^/]+$/);
    assert.equal((await rt.app.inject({ url: manage })).statusCode, 200, manage);
    const offer = linkIn('links-wartet@example.org', /Ein Platz ist frei/, /\/angebot$/);
    const page = await rt.app.inject({ url: offer });
    assert.equal(page.statusCode, 200, offer);
    assert.match(page.body, /<form[^>]+method="post"/i, 'the offer page asks for a click, it does not accept on opening');
  });
});

describe('event registration: when the stream link is shown', () => {
  const startsAt = new Date('2027-03-04T10:00:00Z');
  const endsAt = new Date('2027-03-04T12:00:00Z');
  const date = { online: true, streamUrl: 'https://video.example.org/raum', startsAt, endsAt, cancelledAt: null };
  const confirmed = { status: 'confirmed' as const };
  const at = (ms: number) => new Date(ms);

  it('from the configured minutes before the start until the end, not a millisecond outside', () => {
    assert.equal(streamLinkDue(date, confirmed, 30, at(startsAt.getTime() - 30 * MINUTE - 1)), false);
    assert.equal(streamLinkDue(date, confirmed, 30, at(startsAt.getTime() - 30 * MINUTE)), true);
    assert.equal(streamLinkDue(date, confirmed, 30, at(endsAt.getTime() - 1)), true);
    assert.equal(streamLinkDue(date, confirmed, 30, endsAt), false);
    assert.equal(streamLinkDue(date, confirmed, 60, at(startsAt.getTime() - 45 * MINUTE)), true, 'the minutes come from the configuration');
  });

  it('only to a confirmed registration of an online date that has a link and is not cancelled', () => {
    const during = at(startsAt.getTime() + MINUTE);
    assert.equal(streamLinkDue(date, confirmed, 30, during), true);
    for (const status of ['waiting', 'offered', 'held', 'cancelled'] as const) {
      assert.equal(streamLinkDue(date, { status }, 30, during), false, status);
    }
    assert.equal(streamLinkDue({ ...date, online: false }, confirmed, 30, during), false, 'on site');
    assert.equal(streamLinkDue({ ...date, streamUrl: null }, confirmed, 30, during), false, 'no link yet');
    assert.equal(streamLinkDue({ ...date, streamUrl: '' }, confirmed, 30, during), false, 'an empty link');
    assert.equal(streamLinkDue({ ...date, cancelledAt: startsAt }, confirmed, 30, during), false, 'cancelled');
  });
});
