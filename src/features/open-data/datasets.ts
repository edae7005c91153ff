import type { Messages } from '../../platform/i18n/index.ts';

/** Where the open data lives; the API feature serves the downloads below it. */
export const OPEN_DATA_PATH = '/offene-daten';
export const CATALOGUE_PATH = `${OPEN_DATA_PATH}/katalog.jsonld`;
export const OPENAPI_PATH = '/api/v1/openapi.json';
/** the API feature's documentation page, rendered from the same document */
export const API_DOCUMENTATION_PATH = '/api/dokumentation';

/** Datenlizenz Deutschland – Namensnennung – 2.0, as DCAT-AP.de names it, and its text. */
export const LICENCE_URI = 'http://dcat-ap.de/def/licenses/dl-by-de/2.0';
export const LICENCE_TEXT_URL = 'https://www.govdata.de/dl-de/by-2-0';

const EU = 'http://publications.europa.eu/resource/authority';

export type DatasetKey = keyof Messages['openData']['datasets'];

export interface OpenDataset {
  /** the file name without extension, also the key of the texts */
  key: DatasetKey;
  /** the public pages the records come from */
  landingPage: string;
  /** EU data themes (http://publications.europa.eu/resource/authority/data-theme) */
  themes: string[];
}

/** The three datasets the programme publishes, each as CSV and JSON. */
export const DATASETS: OpenDataset[] = [
  { key: 'veranstaltungen', landingPage: '/veranstaltungen', themes: ['GOVE', 'EDUC'] },
  { key: 'gefoerderte-projekte', landingPage: '/wettbewerb', themes: ['GOVE', 'ECON'] },
  { key: 'loesungen', landingPage: '/loesungen', themes: ['GOVE', 'TECH'] },
];

export interface DistributionFormat {
  extension: 'csv' | 'json';
  label: string;
  /** EU file type (http://publications.europa.eu/resource/authority/file-type) */
  fileType: string;
  mediaType: string;
}

export const FORMATS: DistributionFormat[] = [
  { extension: 'csv', label: 'CSV', fileType: `${EU}/file-type/CSV`, mediaType: 'https://www.iana.org/assignments/media-types/text/csv' },
  { extension: 'json', label: 'JSON', fileType: `${EU}/file-type/JSON`, mediaType: 'https://www.iana.org/assignments/media-types/application/json' },
];

export const downloadPath = (dataset: OpenDataset, format: DistributionFormat) => `${OPEN_DATA_PATH}/${dataset.key}.${format.extension}`;
export const themeUri = (code: string) => `${EU}/data-theme/${code}`;
export const PUBLIC_ACCESS = `${EU}/access-right/PUBLIC`;
export const LANGUAGES = [`${EU}/language/DEU`, `${EU}/language/ENG`];
export const THEME_TAXONOMY = `${EU}/data-theme`;
