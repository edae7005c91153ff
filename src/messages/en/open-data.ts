import type { openData as de } from '../de/open-data.ts';

export const openData: typeof de = {
  title: 'Open data',
  lead: 'The programme’s public data for re-use: as downloads, through the application programming interface (API), and as feeds for calendars and feed readers.',
  licence: {
    title: 'Licence',
    body: 'All data on this page is published under the Data licence Germany – attribution – version 2.0 (dl-by-de/2.0). You may copy, distribute, change and also use it commercially if you name the source:',
    link: 'Data licence Germany – attribution – version 2.0',
    attribution: (site: string) => `Source: ${site}`,
    personal: 'The downloads contain no personal data: no participants, no e-mail addresses.',
  },
  downloads: {
    title: 'Downloads',
    lead: 'Each dataset is available as CSV (UTF-8, for spreadsheets) and as JSON (for programs) and is built from the current data on every request.',
    caption: 'Datasets to download',
    head: ['Dataset', 'Contents', 'Formats'],
  },
  datasets: {
    veranstaltungen: {
      title: 'Events of the programme',
      description: 'Published events with their dates: title, summary, organiser, place or online, start and end, registration deadline.',
      keywords: ['events', 'dates', 'digitalisation', 'municipalities'],
    },
    'gefoerderte-projekte': {
      title: 'Funded model projects',
      description: 'Projects of municipalities funded in the competition: title, funded municipality, call, amount, duration and status.',
      keywords: ['funding', 'model projects', 'competition', 'municipalities'],
    },
    loesungen: {
      title: 'Solutions to re-use',
      description:
        'Published solutions and concepts of municipalities to re-use: problem, approach, field of action, costs, licence, maturity and how often they were re-used.',
      keywords: ['solutions', 're-use', 'open source', 'municipalities'],
    },
  },
  formatLabel: (format: string, dataset: string) => `${format}: ${dataset}`,
  api: {
    title: 'Application programming interface (API)',
    body: 'The API at /api/v1 returns the same public data as JSON, with pages and filters. It is described by an OpenAPI 3.1 document. Reading needs no token; applications that create events or news get a token from the platform’s administration.',
    documentation: 'API documentation: endpoints, parameters, fields and errors',
    openapi: 'OpenAPI document of the API (JSON)',
  },
  catalogue: {
    title: 'Metadata catalogue (DCAT-AP.de)',
    body: 'For open-data portals such as the state’s, a catalogue in the DCAT-AP.de standard describes all datasets machine-readably (JSON-LD), so that they can be harvested automatically.',
    link: 'DCAT-AP.de catalogue (JSON-LD)',
    catalogueTitle: (site: string) => `Open data – ${site}`,
    catalogueDescription: 'Open data of the programme for digital municipalities: events, funded model projects and solutions to re-use.',
  },
  feeds: {
    title: 'Feeds for calendars and feed readers',
    lead: 'Calendar feeds (iCalendar) can be subscribed to in Outlook, Thunderbird or on a phone, Atom feeds in any feed reader.',
    caption: 'All feeds of the platform',
    head: ['Feed', 'Format', 'Contents'],
    ical: 'iCalendar',
    atom: 'Atom',
    perDate: 'on every date of an event',
    entries: {
      eventsCalendar: {
        title: 'Event calendar',
        body: 'All coming dates of published events, to subscribe to in a calendar.',
      },
      eventsAtom: {
        title: 'New events',
        body: 'Every newly published event with its summary and link.',
      },
      dateCalendar: {
        title: 'Calendar file of a date',
        body: 'A single date to add to one’s own calendar; the link is on the event’s page.',
      },
      news: {
        title: 'News',
        body: 'News from the programme, newest first.',
      },
      challenges: {
        title: 'Call for Solutions',
        body: 'Newly published challenges of municipalities to which solutions can be submitted.',
      },
    },
  },
};
