import { PUBLIC, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { seminarMaterials, seminarModules, seminarSeries } from '../core/tables.ts';
import { MATERIAL_ITEM_IDS, SERIES_SLUG } from '../seed-ids.ts';
import { insertCatalogueSeries, insertMaterialItem } from './catalogue-fixtures.ts';

/*
 * The public pages of a series and its materials. The demo: manager@ is a confirmed participant
 * of the series; its start workshop (MATERIAL_ITEM_IDS[0]) was held, its materials are not
 * public; the vision module (MATERIAL_ITEM_IDS[1]) is still to come. Editors see every material.
 */
const NO_ID = '00000000-0000-4000-8000-000000000000';
const BASE = `/veranstaltungen/reihen/${SERIES_SLUG}`;
const MATERIAL = '/veranstaltungen/reihen/:slug/materialien/:itemId';

/** a held module's material: its participants and the editors */
const PARTICIPANTS = { anonymous: 404, member: 404, manager: 200, editor: 200, juror: 404, admin: 200 } as const;
/** a module not yet held: the editors only */
const EDITORS_ONLY = { anonymous: 404, member: 404, manager: 404, editor: 200, juror: 404, admin: 200 } as const;
const NOBODY = { anonymous: 404, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;

export const seminarsCatalogueRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/veranstaltungen/reihen', expect: PUBLIC },
  { method: 'GET', url: BASE, route: '/veranstaltungen/reihen/:slug', expect: PUBLIC },
  { method: 'GET', url: '/veranstaltungen/reihen/keine-reihe', route: '/veranstaltungen/reihen/:slug', expect: NOBODY },
  { method: 'GET', url: `${BASE}/materialien/${MATERIAL_ITEM_IDS[0]}`, route: MATERIAL, expect: PARTICIPANTS },
  { method: 'GET', url: `${BASE}/materialien/${MATERIAL_ITEM_IDS[1]}`, route: MATERIAL, expect: EDITORS_ONLY },
  { method: 'GET', url: `${BASE}/materialien/${NO_ID}`, route: MATERIAL, expect: NOBODY },
  // a file the material does not show, guessed: nobody, whoever may see the material
  { method: 'GET', url: `${BASE}/materialien/${MATERIAL_ITEM_IDS[0]}/dateien/${NO_ID}`, route: `${MATERIAL}/dateien/:fileId`, expect: NOBODY },
];

interface ForeignMaterial {
  slug: string;
  item: string;
  file: string;
}

/**
 * Another series' material that everyone may see (held, made public, a document with its file),
 * asked for under the demo series, and the demo's material under the other series: never found.
 */
export const seminarsCatalogueForeignIds: ForeignIdMatrix<ForeignMaterial> = {
  async setUp(deps) {
    const item = await insertMaterialItem(deps, { type: 'document' });
    await insertCatalogueSeries(deps, { slug: 'fremde-reihe-material', modules: [{ inDays: -10, materialsPublic: true, materials: [item.id] }] });
    return { slug: 'fremde-reihe-material', item: item.id, file: item.fileId ?? NO_ID };
  },
  state: (deps) => readTables(deps.db, [seminarSeries, seminarModules, seminarMaterials]),
  rows: [
    { method: 'GET', route: MATERIAL, what: 'another series’ material under the demo series', url: (ids) => `${BASE}/materialien/${ids.item}`, expect: NOBODY },
    {
      method: 'GET',
      route: MATERIAL,
      what: 'the demo series’ material under another series',
      url: (ids) => `/veranstaltungen/reihen/${ids.slug}/materialien/${MATERIAL_ITEM_IDS[0]}`,
      expect: NOBODY,
    },
    {
      method: 'GET',
      route: `${MATERIAL}/dateien/:fileId`,
      what: 'another material’s file under the demo series’ material',
      url: (ids) => `${BASE}/materialien/${MATERIAL_ITEM_IDS[0]}/dateien/${ids.file}`,
      expect: NOBODY,
    },
    {
      method: 'GET',
      route: `${MATERIAL}/dateien/:fileId`,
      what: 'another series’ file under the demo series',
      url: (ids) => `${BASE}/materialien/${ids.item}/dateien/${ids.file}`,
      expect: NOBODY,
    },
  ],
};
