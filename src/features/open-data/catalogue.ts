import { messagesFor } from '../../platform/i18n/index.ts';
import {
  CATALOGUE_PATH,
  DATASETS,
  downloadPath,
  FORMATS,
  LANGUAGES,
  LICENCE_URI,
  OPEN_DATA_PATH,
  PUBLIC_ACCESS,
  THEME_TAXONOMY,
  themeUri,
  type OpenDataset,
} from './datasets.ts';

/**
 * The DCAT-AP.de 2 catalogue of the open data as JSON-LD, for the state's open-data portal to
 * harvest. Mandatory and recommended properties of DCAT-AP.de (Konventionenhandbuch 2.0):
 * catalogue with title, description, publisher and datasets; datasets with title, description,
 * publisher, contact point, theme, licence and access rights; distributions with access URL and
 * licence, and format, media type and download URL as recommended.
 */

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

export interface CatalogueSite {
  baseUrl: string;
  /** the operator of the site, e.g. the ministry: publisher and contact */
  siteName: string;
  contactEmail: string;
  /** the state portal's DCAT-AP.de contributor ID (OPEN_DATA_CONTRIBUTOR_ID), when the operator named it */
  contributorId?: string | undefined;
}

const de = messagesFor('de').openData;
const en = messagesFor('en').openData;

const both = (german: string, english: string) => [
  { '@value': german, '@language': 'de' },
  { '@value': english, '@language': 'en' },
];
const ref = (uri: string) => ({ '@id': uri });
const dateTime = (value: Date) => ({ '@value': value.toISOString(), '@type': 'xsd:dateTime' });

function dataset(site: CatalogueSite, set: OpenDataset, publisher: string, contact: object, modified: Date | undefined) {
  const id = `${site.baseUrl}${OPEN_DATA_PATH}#${set.key}`;
  const texts = { de: de.datasets[set.key], en: en.datasets[set.key] };
  return {
    '@id': id,
    '@type': 'dcat:Dataset',
    'dct:title': both(texts.de.title, texts.en.title),
    'dct:description': both(texts.de.description, texts.en.description),
    'dct:identifier': id,
    'dct:publisher': ref(publisher),
    ...(site.contributorId ? { 'dcatde:contributorID': ref(site.contributorId) } : {}),
    'dcat:contactPoint': contact,
    'dct:accessRights': ref(PUBLIC_ACCESS),
    'dct:license': ref(LICENCE_URI),
    'dcat:theme': set.themes.map((code) => ref(themeUri(code))),
    'dcat:keyword': texts.de.keywords.map((k) => ({ '@value': k, '@language': 'de' })),
    'dct:language': LANGUAGES.slice(0, 1).map(ref),
    'dcat:landingPage': ref(`${site.baseUrl}${set.landingPage}`),
    ...(modified ? { 'dct:modified': dateTime(modified) } : {}),
    'dcat:distribution': FORMATS.map((format) => {
      const url = `${site.baseUrl}${downloadPath(set, format)}`;
      return {
        '@id': url,
        '@type': 'dcat:Distribution',
        'dct:title': both(de.formatLabel(format.label, texts.de.title), en.formatLabel(format.label, texts.en.title)),
        'dcat:accessURL': ref(url),
        'dcat:downloadURL': ref(url),
        'dct:format': ref(format.fileType),
        'dcat:mediaType': ref(format.mediaType),
        'dct:license': ref(LICENCE_URI),
        'dcatde:licenseAttributionByText': de.licence.attribution(site.siteName),
        ...(modified ? { 'dct:modified': dateTime(modified) } : {}),
      };
    }),
  };
}

/** `modified`: when each dataset's records last changed, where known. */
export function buildCatalogue(site: CatalogueSite, modified: Partial<Record<OpenDataset['key'], Date>>) {
  const publisher = `${site.baseUrl}/#betreiber`;
  const contact = {
    '@type': 'vcard:Organization',
    'vcard:fn': site.siteName,
    'vcard:hasURL': ref(`${site.baseUrl}/kontakt`),
    ...(site.contactEmail ? { 'vcard:hasEmail': ref(`mailto:${site.contactEmail}`) } : {}),
  };
  const dates = Object.values(modified).filter((d): d is Date => d !== undefined);
  const latest = dates.length > 0 ? new Date(Math.max(...dates.map((d) => d.getTime()))) : undefined;
  return {
    '@context': CONTEXT,
    '@id': `${site.baseUrl}${CATALOGUE_PATH}`,
    '@type': 'dcat:Catalog',
    'dct:title': both(de.catalogue.catalogueTitle(site.siteName), en.catalogue.catalogueTitle(site.siteName)),
    'dct:description': both(de.catalogue.catalogueDescription, en.catalogue.catalogueDescription),
    'dct:publisher': { '@id': publisher, '@type': 'foaf:Agent', 'foaf:name': site.siteName },
    'foaf:homepage': ref(`${site.baseUrl}${OPEN_DATA_PATH}`),
    'dct:language': LANGUAGES.map(ref),
    'dct:license': ref(LICENCE_URI),
    'dcat:themeTaxonomy': ref(THEME_TAXONOMY),
    ...(latest ? { 'dct:modified': dateTime(latest) } : {}),
    'dcat:dataset': DATASETS.map((set) => dataset(site, set, publisher, contact, modified[set.key])),
  };
}
