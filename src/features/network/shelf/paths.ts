import { groupPath } from '../core/paths.ts';

/** The addresses of a group's file shelf and events, below the group's own address. */
export function groupFilesPath(slug: string): string {
  return groupPath(slug, 'dateien');
}

export function groupFilePath(slug: string, entryId: string, action?: 'loeschen' | 'verschieben'): string {
  return action ? `${groupFilesPath(slug)}/${entryId}/${action}` : `${groupFilesPath(slug)}/${entryId}`;
}

export function groupEventsPath(slug: string): string {
  return groupPath(slug, 'veranstaltungen');
}

export function groupEventRemovePath(slug: string, eventId: string): string {
  return `${groupEventsPath(slug)}/${eventId}/entfernen`;
}
