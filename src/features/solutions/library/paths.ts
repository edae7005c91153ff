import { solutionPath } from '../core/paths.ts';

/** A document of a published solution, downloaded by anyone. */
export function solutionDocumentPath(slug: string, documentId: string): string {
  return `${solutionPath(slug)}/dokumente/${documentId}`;
}

/** A variant of a published solution's title picture. */
export function solutionPicturePath(slug: string, fileId: string): string {
  return `${solutionPath(slug)}/bild/${fileId}`;
}
