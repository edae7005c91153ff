import type { DemoItem } from './seed-item.ts';

/**
 * Worksheets of the demo seminar series (seed 004: "documents and videos on the project site"),
 * kept as drafts: the series gives them to its participants, the knowledge base does not list
 * them. The ids are the series' MATERIAL_ITEM_IDS (seminars/seed-ids.ts), repeated here because
 * a feature reaches another only through its services; the series' seed test checks they agree.
 */
export const DEMO_SEMINAR_MATERIALS: DemoItem[] = [
  {
    id: '7c0a1e00-0000-4000-8020-300000000001',
    slug: 'arbeitsblatt-start-workshop-bestandsaufnahme',
    type: 'guide',
    step: 'planen',
    fieldsOfAction: ['verwaltung'],
    audiences: ['verwaltung', 'politik'],
    tags: ['Seminarreihe', 'Strategie'],
    title: 'Arbeitsblatt Start-Workshop: Wo steht unsere Kommune?',
    summary: 'Die Fragen des Start-Workshops zum Mitnehmen: eine Bestandsaufnahme in einer Stunde, als Vorbereitung für den Reifegrad-Check.',
    status: 'draft',
    body: `Dieses Arbeitsblatt begleitet die Hausaufgabe des Start-Workshops. Nehmen Sie sich eine Stunde mit der Leitung Ihres Hauptamts und beantworten Sie die Fragen gemeinsam. Das Ergebnis tragen Sie anschließend in den Reifegrad-Check Ihrer Werkbank ein.

## 1. Angebote

- Welche Leistungen können Einwohnerinnen und Einwohner heute online beantragen?
- Welche davon werden wirklich genutzt – und welche nicht?

## 2. Arbeitsweise im Haus

- Wo werden Daten abgetippt, ausgedruckt oder per Post weitergegeben?
- Welche Fachverfahren laufen in den nächsten drei Jahren aus?

## 3. Menschen vor Ort

- Welche Vereine, Schulen und Betriebe sind digital schon aktiv?
- Wer im Rat treibt das Thema, wer hat Bedenken?

## 4. Ihre drei wichtigsten Beobachtungen

Halten Sie drei Sätze fest, die Sie im ersten Modul den anderen Teilnehmenden vorstellen.`,
  },
  {
    id: '7c0a1e00-0000-4000-8020-300000000002',
    slug: 'arbeitsblatt-vision-und-ziele',
    type: 'guide',
    step: 'planen',
    fieldsOfAction: ['verwaltung', 'beteiligung'],
    audiences: ['verwaltung', 'politik'],
    tags: ['Seminarreihe', 'Strategie'],
    title: 'Arbeitsblatt: Vision und Ziele der digitalen Kommune',
    summary: 'Von der Bestandsaufnahme zu einem Leitbild in drei Sätzen und drei bis fünf überprüfbaren Zielen.',
    status: 'draft',
    body: `Eine Vision beschreibt, wie Ihre Kommune in zehn Jahren leben und arbeiten soll – nicht, welche Technik sie dafür kauft.

## Leitbild in drei Sätzen

1. Was sollen Einwohnerinnen und Einwohner im Alltag spüren?
2. Was soll die Verwaltung anders machen als heute?
3. Was soll die Kommune für die Region leisten?

## Von der Vision zu Zielen

| Frage | Beispiel |
| --- | --- |
| Was genau? | Die zehn häufigsten Anträge sind online möglich |
| Bis wann? | Ende des nächsten Jahres |
| Woran erkennen wir es? | Anteil der Online-Anträge im Bürgerbüro |

Schreiben Sie drei bis fünf Ziele auf und bringen Sie sie zum nächsten Modul mit.`,
  },
];
