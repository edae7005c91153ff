import type { AppDeps } from '../../platform/deps.ts';
import { insertDemoDeliveries, insertDemoNewsletter } from './repository.ts';
import { insertDemoSubscriber } from './subscriber-repository.ts';

/** Fixed ids, so that the demo is seeded once and the authorization matrix can name them. */
export const DEMO_NEWSLETTERS = {
  sent: '6e3b1c2a-0d6f-4b8e-9a51-2f7c8d9e0a01',
  draft: '6e3b1c2a-0d6f-4b8e-9a51-2f7c8d9e0a02',
} as const;

/** The demo accounts' addresses (accounts/seed.ts), who read the newsletter in the demo. */
const DEMO_SUBSCRIBERS: { email: string; locale: 'de' | 'en' }[] = [
  { email: 'mitglied@demo.digitale-kommune.de', locale: 'de' },
  { email: 'manager@demo.digitale-kommune.de', locale: 'de' },
  { email: 'startup@demo.digitale-kommune.de', locale: 'en' },
  { email: 'jury@demo.digitale-kommune.de', locale: 'de' },
];

// From the state chancellery's press release of 8 September 2020 (../shared/seeds/001_…), in our words.
const SENT_BODY = `## Neun Digitale Modellkommunen prämiert

Im Wettbewerb „Digitale Modellkommunen Schleswig-Holstein“ hat Innenministerin Dr. Sabine Sütterlin-Waack neun Kommunen ausgezeichnet. Das Innenministerium fördert sie mit zusammen rund einer Million Euro über zwei Jahre.

Dabei sind die Kreise Dithmarschen und Schleswig-Flensburg, der Wirtschaftsraum Rendsburg, die Städte Kiel, Flensburg, Eutin, Pinneberg und Nortorf sowie die Gemeinde Kirchbarkau. Die Vorhaben reichen vom smarten Baugebiet über eine Open-Data-Plattform bis zur gemeinsamen digitalen Strategie über Grenzen hinweg.

## Das Netzwerk Digitale Kommune wächst

Nach der Reihe „Digital-Start“ geht es online weiter:

- **20. Oktober:** Digitalisierung der Daseinsvorsorge (zwei Stunden, online)
- **12. November:** neue digitale Lösungen für Kommunen

Mitarbeitende aus Verwaltung, Selbstverwaltung, Wirtschaft, Wissenschaft und Daseinsvorsorge sind eingeladen, der Gruppe „Digitale Modellkommunen Schleswig-Holstein“ im Netzwerk beizutreten.`;

// From the trade-press article of 7 October 2019 (../shared/seeds/002_…), in our words.
const DRAFT_BODY = `## Gute Ideen dürfen kopiert werden

Der Aktionsplan Digitale Modellkommunen geht in drei Schritten vor: sich vernetzen, strategisch planen und ins Tun kommen. Die Lösungen der Modellkommunen stehen in der Lösungsbibliothek – mit Kosten, Lizenz und Reifegrad, damit andere Kommunen sie nachnutzen können.

## Anhaltspunkte für die digitale Strategie

Unter „Wissen“ finden Sie die Anhaltspunkte für die Erarbeitung einer digitalen Strategie und die Dokumentation der Veranstaltungen.`;

/** One sent newsletter, one draft and a few active subscribers: the demo accounts. Idempotent. */
export async function seedNewsletter(deps: AppDeps): Promise<void> {
  const sentAt = new Date('2020-09-10T08:00:00Z');
  const subscriberIds: string[] = [];
  for (const s of DEMO_SUBSCRIBERS) subscriberIds.push(await insertDemoSubscriber(deps.db, { ...s, confirmedAt: new Date('2020-09-01T09:00:00Z') }));
  const created = await insertDemoNewsletter(deps.db, {
    id: DEMO_NEWSLETTERS.sent,
    status: 'sent',
    subject: 'Netzwerk Digitale Kommune gestartet: neun Modellkommunen prämiert',
    body: SENT_BODY,
    createdAt: new Date('2020-09-09T14:00:00Z'),
    updatedAt: sentAt,
    sendStartedAt: sentAt,
    sentAt,
    recipientCount: subscriberIds.length,
  });
  if (created) await insertDemoDeliveries(deps.db, DEMO_NEWSLETTERS.sent, subscriberIds, sentAt);
  await insertDemoNewsletter(deps.db, {
    id: DEMO_NEWSLETTERS.draft,
    status: 'draft',
    subject: 'Gute Ideen dürfen kopiert werden: Lösungen der Modellkommunen',
    body: DRAFT_BODY,
    createdAt: new Date('2020-10-01T10:00:00Z'),
    updatedAt: new Date('2020-10-01T10:00:00Z'),
  });
}
