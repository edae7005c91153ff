import fs from 'node:fs/promises';
import path from 'node:path';
import type { AppDeps } from '../../platform/deps.ts';
import { FILE_TYPES } from '../../platform/files/index.ts';
import { PROJECT_ROOT } from '../../platform/paths.ts';
import { attachDemoPicture, discardDemoPictures, makeDemoPictures, type DemoPicture, type DemoPictureSource } from '../../platform/pictures/index.ts';
import { NO_ATTACHMENTS, type Attachments } from './attachments.ts';
import { saveItemVersion } from './item-versions.ts';
import { findItemBySlug, insertItem, updateItemRow, type ItemRow } from './repository.ts';
import { DEMO_GUIDES } from './seed-guides.ts';
import type { DemoItem } from './seed-item.ts';
import { syncSearch } from './sync-search.ts';
import { DEMO_SEMINAR_MATERIALS } from './seed-seminar-materials.ts';

/** The demo media, written for this project (see its README for how they were made). */
const ASSETS = path.join(PROJECT_ROOT, 'assets', 'demo');

/** Fixed slugs the authorization matrix and the browser test name. */
export const DEMO_KNOWLEDGE = {
  guideId: '4b000000-0000-4000-8000-000000000001',
  draftId: '4b000000-0000-4000-8000-000000000002',
  guide: 'in-drei-schritten-zur-digitalen-strategie',
  video: 'erklaervideo-digitale-kommune',
  news: 'programmstart-digitale-kommune',
  draft: 'entwurf-leitfaden-smarte-beleuchtung',
  document: 'checkliste-informationssicherheit',
  ownVideo: 'video-in-drei-schritten-zur-digitalen-strategie',
  ownVideoFileId: '4b000000-0000-4000-8000-0000000000f1',
  ownCaptionsFileId: '4b000000-0000-4000-8000-0000000000f2',
} as const;

/** Title pictures of demo items: drawings made for the project (assets/demo/README.md), with fixed ids. */
export const DEMO_KNOWLEDGE_PICTURES: Record<string, DemoPictureSource> = {
  [DEMO_KNOWLEDGE.news]: {
    id: '4b000001-0000-4000-8000-000000000b00',
    file: 'rathaus-tablet.svg',
    alt: 'Zeichnung: ein Rathaus mit Uhr und Fahne, daneben ein Tablet mit einem Formular',
  },
  [DEMO_KNOWLEDGE.guide]: {
    id: '4b000002-0000-4000-8000-000000000b00',
    file: 'drei-stufen.svg',
    alt: 'Zeichnung: drei Stufen, auf der obersten eine Fahne; eine Person steht auf der ersten',
  },
};

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

/** Two short videos stored on the platform itself, with German captions. */
const OWN_VIDEOS: DemoItem[] = [
  {
    slug: DEMO_KNOWLEDGE.ownVideo,
    type: 'video',
    step: 'planen',
    fieldsOfAction: ['verwaltung'],
    audiences: ['verwaltung', 'politik'],
    tags: ['Video', 'Strategie'],
    title: 'Video: In drei Schritten zur digitalen Strategie',
    summary: 'Ein kurzer Überblick mit Untertiteln: Bestandsaufnahme, Ziele und Handlungsfelder, Maßnahmenplan.',
    body: 'Das Video fasst den Leitfaden [In drei Schritten zur digitalen Strategie](/wissen/in-drei-schritten-zur-digitalen-strategie) in vier Tafeln zusammen.\n\n## Inhalt des Videos in Textform\n\n1. Bestandsaufnahme: Wo stehen wir?\n2. Ziele und Handlungsfelder: Wo wollen wir hin?\n3. Maßnahmenplan: Was tun wir als Nächstes – und wer ist zuständig?',
    files: {
      videoFileId: { id: DEMO_KNOWLEDGE.ownVideoFileId, name: 'strategie-in-drei-schritten.webm' },
      captionsFileId: { id: DEMO_KNOWLEDGE.ownCaptionsFileId, name: 'strategie-in-drei-schritten.de.vtt' },
    },
  },
  {
    slug: 'video-buergerbeteiligung-digital-organisieren',
    type: 'video',
    step: 'vernetzen',
    fieldsOfAction: ['beteiligung'],
    audiences: ['verwaltung', 'buergerschaft'],
    tags: ['Video', 'Beteiligung'],
    title: 'Video: Bürgerbeteiligung digital organisieren',
    summary: 'In drei Schritten zur digitalen Beteiligung: vorbereiten, beteiligen, zurückmelden – mit Untertiteln.',
    body: 'Digitale Beteiligung ergänzt die Versammlung vor Ort, sie ersetzt sie nicht.\n\n## Inhalt des Videos in Textform\n\n- Vorbereiten: Frage, Zielgruppe und Zeitraum festlegen\n- Beteiligen: online und vor Ort, damit niemand außen vor bleibt\n- Zurückmelden: Ergebnisse veröffentlichen und Entscheidungen erklären',
    files: {
      videoFileId: { id: '4b000000-0000-4000-8000-0000000000f3', name: 'buergerbeteiligung-digital.mp4' },
      captionsFileId: { id: '4b000000-0000-4000-8000-0000000000f4', name: 'buergerbeteiligung-digital.de.vtt' },
    },
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

export const DEMO_ITEMS: DemoItem[] = [...DEMO_GUIDES, ...NEWS, ...VIDEOS, ...OWN_VIDEOS, DRAFT, ...DEMO_SEMINAR_MATERIALS];

/** Whether an item still lacks demo files it should have (demo documents gained theirs later). */
const lacksFiles = (demo: DemoItem, item: ItemRow | undefined) =>
  demo.files !== undefined && (item === undefined || (item.type === demo.type && Object.keys(demo.files).some((k) => item[k as keyof Attachments] === null)));

/**
 * Stores the demo files that are not stored yet. Outside the items' transaction on purpose: the
 * store writes its rows through the database itself, which inside a transaction on PGlite's one
 * connection would wait for ever.
 */
async function storeDemoFiles(deps: AppDeps): Promise<void> {
  for (const demo of DEMO_ITEMS) {
    if (!lacksFiles(demo, await findItemBySlug(deps.db, demo.slug))) continue;
    for (const file of Object.values(demo.files ?? {})) {
      if (await deps.files.info(file.id)) continue;
      const bytes = await fs.readFile(path.join(ASSETS, file.name));
      await deps.files
        .put(bytes, { id: file.id, originalName: file.name, createdBy: null, allowedTypes: Object.values(FILE_TYPES), maxBytes: bytes.length })
        .catch(async (error: unknown) => {
          // Another process seeding at the same moment stored it first.
          if (!(await deps.files.info(file.id))) throw error;
        });
    }
  }
}

const demoAttachments = (demo: DemoItem): Attachments => ({
  ...NO_ATTACHMENTS,
  ...Object.fromEntries(Object.entries(demo.files ?? {}).map(([k, f]) => [k, f.id])),
});

/**
 * Loads the demo items that are not there yet (by slug), published unless marked otherwise, and
 * gives demo items that exist without their files (older installations) those files.
 */
export async function seedKnowledge(deps: AppDeps): Promise<void> {
  await storeDemoFiles(deps);
  // Made before the transaction for the same reason as the files above.
  const pictures = await makeDemoPictures(deps, DEMO_KNOWLEDGE_PICTURES, async (slug) => (await findItemBySlug(deps.db, slug)) !== undefined);
  try {
    await insertDemoItems(deps, pictures);
  } finally {
    await discardDemoPictures(deps, pictures.values());
  }
}

/** Inserts the demo items that are missing; a picture that an item took leaves `pictures`. */
async function insertDemoItems(deps: AppDeps, pictures: Map<string, DemoPicture>): Promise<void> {
  await deps.db.transaction(async (tx) => {
    for (const [i, demo] of DEMO_ITEMS.entries()) {
      const existing = await findItemBySlug(tx, demo.slug);
      if (existing) {
        if (lacksFiles(demo, existing)) await updateItemRow(tx, existing.id, { ...demoAttachments(demo), language: demo.language ?? existing.language });
        continue;
      }
      // Spread the demo over the last weeks so that lists and the feed have an order.
      const at = new Date(Date.now() - (DEMO_ITEMS.length - i) * 86_400_000);
      const { videoUrl, status: wanted, files: _files, language, ...values } = demo;
      const status = wanted ?? 'published';
      const item = await insertItem(tx, {
        ...values,
        ...demoAttachments(demo),
        videoUrl: videoUrl ?? null,
        language: language ?? null,
        status,
        publishedAt: status === 'published' ? at : null,
        updatedAt: at,
        createdAt: at,
      });
      if (!item) continue;
      const picture = pictures.get(demo.slug);
      if (picture) {
        await attachDemoPicture(tx, picture, async (pictureId) => void (await updateItemRow(tx, item.id, { pictureId })));
        pictures.delete(demo.slug);
      }
      await saveItemVersion(tx, item, null);
      await syncSearch(tx, item);
    }
  });
}
