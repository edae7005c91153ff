import type { ComponentChildren } from 'preact';
import { Tag } from '../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { MaturityPhase } from '../../core/tables.ts';

// the further a solution has come, the more it says "ready to adopt"
const MATURITY_COLOURS = { idea: 'grey', prototype: 'yellow', pilot: 'blue', operation: 'green', transferred: 'green' } as const;

/** The maturity, "Open Source" where it is, and the number of re-uses, as cards and the profile show them. */
export function SolutionTags(props: { ctx: ViewContext; maturity: MaturityPhase; openSource: boolean; reuses: number }) {
  const m = props.ctx.t.solutionsLibrary;
  const parts: ComponentChildren[] = [
    <Tag key="maturity" colour={MATURITY_COLOURS[props.maturity]}>
      {props.ctx.t.solutions.maturity[props.maturity]}
    </Tag>,
  ];
  if (props.openSource) {
    parts.push(
      ' ',
      <Tag key="open" colour="green">
        {m.openSourceTag}
      </Tag>,
    );
  }
  parts.push(` ${m.reuses(props.reuses)}`);
  return <p class="kern-body">{parts}</p>;
}
