import type { Messages } from '../../../platform/i18n/index.ts';
import type { PubliccodeProblem } from './read-publiccode.ts';

/** A problem of the file as the sentence the error summary shows: "Zeile 7: …" / "Line 7: …". */
export function problemText(t: Messages, problem: PubliccodeProblem): string {
  const p = t.solutionsPublicCode.problems;
  const text = (() => {
    switch (problem.kind) {
      case 'required':
        return p.required(problem.key);
      case 'empty':
        return p.empty(problem.key);
      case 'url':
        return p.url(problem.key);
      case 'email':
        return p.email(problem.key);
      case 'wrongType':
        return p.wrongType(problem.key, p.expected[problem.expected]);
      case 'tooLong':
        return p.tooLong(problem.key, problem.max, problem.length);
      case 'notOneOf':
        return p.notOneOf(problem.key, problem.values.join(', '));
      case 'version':
        return p.version(problem.value);
      case 'tooLongForProfile':
        return p.tooLongForProfile(problem.key, problem.max);
      default:
        return p[problem.kind];
    }
  })();
  return p.line(problem.line, text);
}
