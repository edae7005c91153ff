import { PUBLIC, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { insertSolution } from '../core/repository.ts';
import { solutions } from '../core/tables.ts';

/*
 * A software solution's publiccode.yml (issue 14). The export: the demo "Mitfahrbank-App" is
 * published with a repository; the council information system is published without one, and
 * "Online-Terminvergabe" is a draft, so both are not found, for everyone. The import: only
 * people who manage an organisation (the demo manager; the member, the editor, the juror and
 * the admin manage none) – sent as a plain form, not multipart, it is a 400 and stores nothing.
 */
const NOBODY = { anonymous: 404, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;
const MANAGERS = (status: number) => ({ anonymous: 303, member: 403, manager: status, editor: 403, juror: 403, admin: 403 });
const X = '/loesungen/:slug/publiccode.yml';

export const solutionPubliccodeRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/loesungen/mitfahrbank-app/publiccode.yml', route: X, expect: PUBLIC },
  { method: 'GET', url: '/loesungen/digitales-ratsinformationssystem/publiccode.yml', route: X, expect: NOBODY },
  { method: 'GET', url: '/loesungen/online-terminvergabe/publiccode.yml', route: X, expect: NOBODY },
  { method: 'GET', url: '/loesungen/rufbus-on-demand/publiccode.yml', route: X, expect: NOBODY },
  { method: 'GET', url: '/loesungen/Kein_Name/publiccode.yml', route: X, expect: NOBODY },
  { method: 'GET', url: '/loesungen/import', expect: MANAGERS(200) },
  { method: 'POST', url: '/loesungen/import', expect: MANAGERS(400) },
];

interface SoftwareDrafts {
  /** slugs of a draft and of a solution in review, both with a repository: software solutions not yet public */
  draft: string;
  inReview: string;
}

/** A draft's slug is not found even when the draft is a software solution: the file is public only with the solution. */
export const solutionPubliccodeForeignIds: ForeignIdMatrix<SoftwareDrafts> = {
  async setUp(deps) {
    const base = {
      ownerOrganisationId: '7c0a1e00-0000-4000-8099-000000000002',
      summary: 'Noch nicht veröffentlicht.',
      problem: '',
      approach: '',
      maturity: 'prototype' as const,
      licence: 'EUPL-1.2',
      openSource: true,
      repositoryUrl: 'https://gitlab.opencode.de/beispiel/entwurf',
    };
    const draft = await insertSolution(deps.db, { ...base, slug: 'software-entwurf', title: 'Software im Entwurf' });
    const inReview = await insertSolution(deps.db, { ...base, slug: 'software-in-pruefung', title: 'Software in Prüfung', status: 'in_review' });
    return { draft: draft.slug, inReview: inReview.slug };
  },
  state: (deps) => readTables(deps.db, [solutions]),
  rows: [
    { method: 'GET', route: X, what: 'a draft with a repository', url: (o) => `/loesungen/${o.draft}/publiccode.yml`, expect: NOBODY },
    { method: 'GET', route: X, what: 'a solution in review with a repository', url: (o) => `/loesungen/${o.inReview}/publiccode.yml`, expect: NOBODY },
  ],
};
