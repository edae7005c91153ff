import type { AppDeps } from '../../platform/deps.ts';
import { findItemBySlug, insertItem, insertVersion } from './repository.ts';
import { DEMO_GUIDES } from './seed-guides.ts';
import { syncSearch } from './service.ts';
import type { Audience, KnowledgeStatus, KnowledgeStep, KnowledgeType } from './tables.ts';

export interface DemoItem {
  /** fixed for the items that tests name */
  id?: string;
  slug: string;
  type: KnowledgeType;
  step: KnowledgeStep | null;
  fieldsOfAction: string[];
  audiences: Audience[];
  tags: string[];
  title: string;
  summary: string;
  body: string;
  videoUrl?: string;
  status?: KnowledgeStatus;
}

/** Fixed slugs the authorization matrix and the browser test name. */
export const DEMO_KNOWLEDGE = {
  guideId: '4b000000-0000-4000-8000-000000000001',
  draftId: '4b000000-0000-4000-8000-000000000002',
  guide: 'in-drei-schritten-zur-digitalen-strategie',
  video: 'erklaervideo-digitale-kommune',
  news: 'programmstart-digitale-kommune',
  draft: 'entwurf-leitfaden-smarte-beleuchtung',
} as const;

const NEWS: DemoItem[] = [
  {
    slug: DEMO_KNOWLEDGE.news,
    title: 'Programm „Digitale Kommune" startet',
    summary: 'Das Ministerium lädt Städte und Gemeinden ein, sich am Programm zu beteiligen und voneinander zu lernen.',
    body: 'Mit dem Programm „Digitale Kommune" unterstützt das Land Städte, Gemeinden und Ämter auf ihrem Weg zur Digitalisierung.\n\n## Was das Programm bietet\n\n- Leitfäden und Vorlagen auf dieser Plattform\n- Veranstaltungen zum Austausch\n- ein Netzwerk von Kommunen, die schon weiter sind\n\nMachen Sie mit und registrieren Sie Ihre Organisation.',
  },
  {
    slug: 'zwoelf-modellkommunen-ausgewaehlt',
    title: 'Zwölf Modellkommunen ausgewählt',
    summary: 'Eine Jury hat zwölf Modellkommunen ausgewählt, die ihre Erfahrungen in den kommenden zwei Jahren teilen.',
    body: 'Aus 48 Bewerbungen hat die Jury zwölf Modellkommunen ausgewählt. Sie erproben Vorhaben in den Handlungsfeldern Verwaltung, Beteiligung, Mobilität und Bildung.\n\nDie Modellkommunen berichten regelmäßig auf dieser Plattform über ihre Fortschritte.',
  },
  {
    slug: 'neuer-leitfaden-foerdermittel',
    title: 'Neuer Leitfaden: Fördermittel finden',
    summary: 'Ein neuer Leitfaden zeigt, wie Kommunen passende Förderprogramme für Digitalisierungsvorhaben finden.',
    body: 'Viele Kommunen fragen, welche Förderprogramme für ihre Vorhaben infrage kommen. Der neue Leitfaden [Fördermittel finden](/wissen/foerdermittel-finden) gibt einen Überblick und hilft bei der Antragstellung.',
  },
  {
    slug: 'rueckblick-auftaktveranstaltung',
    title: 'Rückblick auf die Auftaktveranstaltung',
    summary: 'Mehr als 150 Teilnehmende aus Verwaltung, Politik und Zivilgesellschaft kamen zur Auftaktveranstaltung.',
    body: 'Zur Auftaktveranstaltung kamen mehr als 150 Menschen aus dem ganzen Land. In Werkstätten ging es um Bürgerbeteiligung, Open Data und digitale Schulen.\n\nDie Ergebnisse der Werkstätten fließen in neue Leitfäden ein.',
  },
  {
    slug: 'sprechstunde-fuer-kommunen',
    title: 'Offene Sprechstunde für Kommunen',
    summary: 'Jeden ersten Mittwoch im Monat beantwortet das Programmbüro Fragen von Kommunen in einer offenen Online-Sprechstunde.',
    body: 'Ab sofort bietet das Programmbüro jeden ersten Mittwoch im Monat von 10 bis 11 Uhr eine offene Online-Sprechstunde an. Eine Anmeldung ist nicht nötig.',
  },
].map((n) => ({ ...n, type: 'news' as const, step: null, fieldsOfAction: ['verwaltung'], audiences: ['verwaltung' as const, 'politik' as const], tags: [] }));

const VIDEOS: DemoItem[] = [
  {
    slug: DEMO_KNOWLEDGE.video,
    type: 'video',
    step: 'vernetzen',
    fieldsOfAction: ['verwaltung', 'beteiligung'],
    audiences: ['verwaltung', 'politik', 'buergerschaft'],
    tags: ['Video', 'Einstieg'],
    title: 'Erklärvideo: Was ist eine digitale Kommune?',
    summary: 'In drei Minuten erklärt: wie Verwaltung, Politik und Bürgerschaft gemeinsam digitale Angebote schaffen.',
    body: 'Das Video erklärt die drei Schritte des Programms: vernetzen, strategisch planen und ins Tun kommen.\n\n## Inhalt des Videos in Textform\n\nEine digitale Kommune bietet ihre Leistungen auch online an, bezieht ihre Bürgerinnen und Bürger ein und nutzt Daten verantwortungsvoll.',
    videoUrl: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
  },
  {
    slug: 'video-werkstatt-buergerbeteiligung',
    type: 'video',
    step: 'vernetzen',
    fieldsOfAction: ['beteiligung'],
    audiences: ['verwaltung', 'buergerschaft'],
    tags: ['Video', 'Beteiligung'],
    title: 'Aufzeichnung: Werkstatt Bürgerbeteiligung',
    summary: 'Die Aufzeichnung der Werkstatt zur digitalen Bürgerbeteiligung mit Beispielen aus drei Modellkommunen.',
    body: 'Drei Modellkommunen berichten, wie sie Online-Befragungen und Ideenkarten eingesetzt haben.\n\n## Inhalt in Textform\n\n- Vorbereitung einer Befragung\n- Rückmeldung der Ergebnisse\n- Erfahrungen mit hybriden Versammlungen',
    videoUrl: 'https://vimeo.com/76979871',
  },
];

const DRAFT: DemoItem = {
  id: DEMO_KNOWLEDGE.draftId,
  slug: DEMO_KNOWLEDGE.draft,
  type: 'guide',
  step: 'umsetzen',
  fieldsOfAction: ['energie-umwelt'],
  audiences: ['verwaltung'],
  tags: [],
  title: 'Entwurf: Smarte Straßenbeleuchtung',
  summary: 'Noch in Arbeit.',
  body: '## Gliederung\n\n- Ausgangslage\n- Technik\n- Kosten',
  status: 'draft',
};

export const DEMO_ITEMS: DemoItem[] = [...DEMO_GUIDES, ...NEWS, ...VIDEOS, DRAFT];

/** Loads the demo items that are not there yet (by slug), published unless marked otherwise. */
export async function seedKnowledge(deps: AppDeps): Promise<void> {
  await deps.db.transaction(async (tx) => {
    for (const [i, demo] of DEMO_ITEMS.entries()) {
      if (await findItemBySlug(tx, demo.slug)) continue;
      // Spread the demo over the last weeks so that lists and the feed have an order.
      const at = new Date(Date.now() - (DEMO_ITEMS.length - i) * 86_400_000);
      const { videoUrl, status: wanted, ...values } = demo;
      const status = wanted ?? 'published';
      const item = await insertItem(tx, { ...values, videoUrl: videoUrl ?? null, status, publishedAt: status === 'published' ? at : null, updatedAt: at, createdAt: at });
      if (!item) continue;
      await insertVersion(tx, item.id, item, null);
      await syncSearch(tx, item);
    }
  });
}
