import type { ViewContext } from '../../../platform/views/context.ts';
import type { FieldDiff } from '../compare.ts';
import type { DiffLine } from '../diff.ts';

/** Line differences with text labels, since colour and strike-through alone reach not everyone. */
function DiffBlock(props: { ctx: ViewContext; lines: readonly DiffLine[] }) {
  const m = props.ctx.t.versions;
  if (props.lines.every((l) => l.kind === 'same')) return <p class="kern-body">{m.noChanges}</p>;
  return (
    <pre class="dk-diff">
      {props.lines.map((l, i) =>
        l.kind === 'added' ? (
          <ins key={i}>
            <span class="kern-sr-only">{m.added} </span>
            {`+ ${l.text}\n`}
          </ins>
        ) : l.kind === 'removed' ? (
          <del key={i}>
            <span class="kern-sr-only">{m.removed} </span>
            {`- ${l.text}\n`}
          </del>
        ) : (
          <span key={i}>{`  ${l.text}\n`}</span>
        ),
      )}
    </pre>
  );
}

/**
 * Two versions compared (compareVersions), one section per field under a heading with the
 * owner's label for the field: second-level below the page's h1, third-level when the owner puts
 * the comparison under a heading of its own (t.versions.compareTitle names the two versions).
 */
export function VersionComparison<F extends string>(props: {
  ctx: ViewContext;
  diffs: readonly FieldDiff<F>[];
  labels: Readonly<Record<F, string>>;
  headingLevel?: 2 | 3;
}) {
  const { ctx } = props;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <>
      {props.diffs.map((d) => (
        <section key={d.field} aria-labelledby={`diff-${d.field}`}>
          <Heading class="kern-heading-medium" id={`diff-${d.field}`}>
            {props.labels[d.field]}
          </Heading>
          <DiffBlock ctx={ctx} lines={d.lines} />
        </section>
      ))}
    </>
  );
}
