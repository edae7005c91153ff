import type { SolutionRow } from './repository.ts';

/**
 * A software solution is one with a source repository: only such a solution has a
 * publiccode.yml, which names the repository as its mandatory `url`. The library's page links
 * the file and the publiccode sub-area serves it by this same rule.
 */
export function isSoftwareSolution<T extends Pick<SolutionRow, 'repositoryUrl'>>(solution: T): solution is T & { repositoryUrl: string } {
  return Boolean(solution.repositoryUrl);
}
