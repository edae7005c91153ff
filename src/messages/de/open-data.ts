/** Texts of the open-data page (/offene-daten) and of the DCAT-AP.de catalogue. */
export const openData = {
  title: 'Offene Daten',
  lead: 'Die öffentlichen Daten des Programms zum Weiterverwenden: als Download, über die Programmierschnittstelle (API) und als Feeds für Kalender und Feedreader.',
  licence: {
    title: 'Lizenz',
    body: 'Alle Daten auf dieser Seite stehen unter der Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-by-de/2.0). Sie dürfen sie vervielfältigen, verbreiten, verändern und auch kommerziell nutzen, wenn Sie die Quelle nennen:',
    link: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
    attribution: (site: string) => `Quelle: ${site}`,
    personal: 'Personenbezogene Daten enthalten die Downloads nicht: keine Teilnehmenden, keine E-Mail-Adressen.',
  },
  downloads: {
    title: 'Downloads',
    lead: 'Jeder Datensatz steht als CSV (UTF-8, für Tabellenkalkulationen) und als JSON (für Programme) bereit und wird bei jedem Abruf aus den aktuellen Daten erzeugt.',
    caption: 'Datensätze zum Herunterladen',
    head: ['Datensatz', 'Inhalt', 'Formate'],
  },
  datasets: {
    veranstaltungen: {
      title: 'Veranstaltungen des Programms',
      description:
        'Veröffentlichte Veranstaltungen mit ihren Terminen: Titel, Kurzbeschreibung, Veranstalter, Ort oder online, Beginn und Ende, Anmeldeschluss.',
      keywords: ['Veranstaltungen', 'Termine', 'Digitalisierung', 'Kommunen'],
    },
    'gefoerderte-projekte': {
      title: 'Geförderte Modellprojekte',
      description: 'Im Wettbewerb geförderte Projekte der Kommunen: Titel, geförderte Kommune, Förderaufruf, Fördersumme, Laufzeit und Stand.',
      keywords: ['Förderung', 'Modellprojekte', 'Wettbewerb', 'Kommunen'],
    },
    loesungen: {
      title: 'Lösungen zum Nachnutzen',
      description:
        'Veröffentlichte Lösungen und Konzepte von Kommunen zum Nachnutzen: Problem, Ansatz, Handlungsfeld, Kosten, Lizenz, Reifegrad und wie oft sie nachgenutzt wurden.',
      keywords: ['Lösungen', 'Nachnutzung', 'Open Source', 'Kommunen'],
    },
  },
  formatLabel: (format: string, dataset: string) => `${format}: ${dataset}`,
  api: {
    title: 'Programmierschnittstelle (API)',
    body: 'Die API unter /api/v1 liefert dieselben öffentlichen Daten mit Seiten und Filtern als JSON. Beschrieben ist sie in einem OpenAPI-3.1-Dokument. Zum Lesen braucht es kein Token; Anwendungen, die Veranstaltungen oder Neuigkeiten anlegen, erhalten ein Token von der Verwaltung der Plattform.',
    documentation: 'Dokumentation der API: Endpunkte, Parameter, Felder und Fehler',
    openapi: 'OpenAPI-Dokument der API (JSON)',
  },
  catalogue: {
    title: 'Metadatenkatalog (DCAT-AP.de)',
    body: 'Für Open-Data-Portale wie das des Landes beschreibt ein Katalog im Standard DCAT-AP.de alle Datensätze maschinenlesbar (JSON-LD), damit sie automatisch übernommen werden können.',
    link: 'DCAT-AP.de-Katalog (JSON-LD)',
    catalogueTitle: (site: string) => `Offene Daten – ${site}`,
    catalogueDescription: 'Offene Daten des Programms für digitale Kommunen: Veranstaltungen, geförderte Modellprojekte und Lösungen zum Nachnutzen.',
  },
  feeds: {
    title: 'Feeds für Kalender und Feedreader',
    lead: 'Kalender-Feeds (iCalendar) lassen sich in Outlook, Thunderbird oder das Smartphone abonnieren, Atom-Feeds in jeden Feedreader.',
    caption: 'Alle Feeds der Plattform',
    head: ['Feed', 'Format', 'Inhalt'],
    ical: 'iCalendar',
    atom: 'Atom',
    perDate: 'an jedem Termin einer Veranstaltung',
    entries: {
      eventsCalendar: {
        title: 'Veranstaltungskalender',
        body: 'Alle kommenden Termine veröffentlichter Veranstaltungen, zum Abonnieren im Kalender.',
      },
      eventsAtom: {
        title: 'Neue Veranstaltungen',
        body: 'Jede neu veröffentlichte Veranstaltung mit Kurzbeschreibung und Link.',
      },
      dateCalendar: {
        title: 'Kalenderdatei eines Termins',
        body: 'Ein einzelner Termin zum Eintragen in den eigenen Kalender; der Link steht auf der Seite der Veranstaltung.',
      },
      news: {
        title: 'Aktuelles',
        body: 'Neuigkeiten aus dem Programm, neueste zuerst.',
      },
      challenges: {
        title: 'Call for Solutions',
        body: 'Neu veröffentlichte Herausforderungen von Kommunen, zu denen Lösungen eingereicht werden können.',
      },
    },
  },
};
