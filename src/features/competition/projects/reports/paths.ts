import { projectPath, projectWorkspacePath } from '../../core/paths.ts';

/** The addresses of a project's reports, in the workspace and on the showcase, so that links and routes agree. */
export function reportsPath(projectId: string): string {
  return projectWorkspacePath(projectId, 'berichte');
}

export function reportPath(projectId: string, reportId: string, page?: string): string {
  return page ? `${reportsPath(projectId)}/${reportId}/${page}` : `${reportsPath(projectId)}/${reportId}`;
}

export function publicReportPath(projectSlug: string, reportId: string): string {
  return `${projectPath(projectSlug)}/berichte/${reportId}`;
}

export function publicReportFilePath(projectSlug: string, reportId: string, fileId: string): string {
  return `${publicReportPath(projectSlug, reportId)}/anlagen/${fileId}`;
}
