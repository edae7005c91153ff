import { PUBLIC, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';

// the demo's kick-off event (DEMO_EVENTS.kickOff of events/seed.ts)
const DEMO_EVENT = '0e7e0001-0000-4000-8000-000000000001';

/** Public data for everyone: the API answers the same whoever asks, and asks nobody to sign in. */
export const apiRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/api/v1/events', expect: PUBLIC },
  { method: 'GET', url: `/api/v1/events/${DEMO_EVENT}`, route: '/api/v1/events/:id', expect: PUBLIC },
  { method: 'GET', url: '/api/v1/knowledge', expect: PUBLIC },
  { method: 'GET', url: '/api/v1/news', expect: PUBLIC },
  { method: 'GET', url: '/api/v1/funded-projects', expect: PUBLIC },
  { method: 'GET', url: '/api/v1/solutions', expect: PUBLIC },
  { method: 'GET', url: '/api/v1/challenges', expect: PUBLIC },
  { method: 'GET', url: '/api/v1/strategies', expect: PUBLIC },
  { method: 'GET', url: '/api/v1/openapi.json', expect: PUBLIC },
  { method: 'GET', url: '/api/dokumentation', expect: PUBLIC },
  { method: 'GET', url: '/offene-daten/veranstaltungen.csv', expect: PUBLIC },
  { method: 'GET', url: '/offene-daten/veranstaltungen.json', expect: PUBLIC },
  { method: 'GET', url: '/offene-daten/gefoerderte-projekte.csv', expect: PUBLIC },
  { method: 'GET', url: '/offene-daten/gefoerderte-projekte.json', expect: PUBLIC },
  { method: 'GET', url: '/offene-daten/loesungen.csv', expect: PUBLIC },
  { method: 'GET', url: '/offene-daten/loesungen.json', expect: PUBLIC },
];
