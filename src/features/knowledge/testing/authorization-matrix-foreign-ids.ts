import { randomUUID } from 'node:crypto';
import { FILE_TYPES } from '../../../platform/files/index.ts';
import { EDITORS } from '../../../platform/testing/authorization-matrix-types.ts';
import { ALLOWED, readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { insertImage } from '../repository.ts';
import { DEMO_KNOWLEDGE } from '../seed.ts';
import { recordVersions } from '../../versions/tables.ts';
import { knowledgeImages, knowledgeItems } from '../tables.ts';

/*
 * The demo draft is the editors' work in progress: with its real id, changes that would publish
 * or rewrite it are refused to everyone else, and a picture of it is not public yet.
 */
interface Draft {
  picture: string;
}

const DRAFT = `/verwaltung/wissen/${DEMO_KNOWLEDGE.draftId}`;
const REFUSED_UNLESS_EDITOR = { ...EDITORS, editor: ALLOWED, admin: ALLOWED } as const;
// The PNG signature is what the store checks; the rest need not be a picture.
const PICTURE = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

export const knowledgeForeignIds: ForeignIdMatrix<Draft> = {
  async setUp(deps) {
    const file = await deps.files.put(PICTURE, { originalName: 'entwurf.png', createdBy: null, allowedTypes: [FILE_TYPES.png], maxBytes: PICTURE.length });
    await insertImage(deps.db, { fileId: file.id, itemId: DEMO_KNOWLEDGE.draftId, alt: 'Skizze der Straßenbeleuchtung' });
    return { picture: file.id };
  },

  state: (deps) => readTables(deps.db, [knowledgeItems, recordVersions, knowledgeImages]),

  rows: [
    {
      method: 'POST',
      route: '/verwaltung/wissen/:id/status',
      what: 'publishing the draft',
      url: () => `${DRAFT}/status`,
      form: () => ({ transition: 'publish', _submission: randomUUID() }),
      expect: REFUSED_UNLESS_EDITOR,
    },
    {
      method: 'POST',
      route: '/verwaltung/wissen/:id/wiederherstellen',
      what: 'restoring a version of the draft',
      url: () => `${DRAFT}/wiederherstellen`,
      form: () => ({ version: '1', _submission: randomUUID() }),
      expect: REFUSED_UNLESS_EDITOR,
    },
    {
      method: 'GET',
      route: '/dateien/:id',
      what: 'a picture of the draft',
      url: (d) => `/dateien/${d.picture}`,
      expect: { anonymous: 404, member: 404, manager: 404, editor: 200, juror: 404, admin: 200 },
    },
  ],
};
