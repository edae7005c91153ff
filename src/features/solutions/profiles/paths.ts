import { editSolutionPath } from '../core/paths.ts';

/** A document of a solution as its owners and the editors download it, whatever the solution's status. */
export function ownerDocumentPath(solutionId: string, documentId: string): string {
  return `${editSolutionPath(solutionId, 'dokumente')}/${documentId}`;
}

/** A variant of a solution's title picture as its owners and the editors see it, whatever the status. */
export function ownerPicturePath(solutionId: string, fileId: string): string {
  return `${editSolutionPath(solutionId, 'bild')}/${fileId}`;
}
