import type { AuditChange, AuditText } from '../../../platform/audit/labels.ts';

interface ChangeWords {
  before: string;
  after: string;
  fullText: string;
}

/** The whole of a shortened text, folded away so that one long entry does not push the others off the page. */
function FullText(props: { value: AuditText; name: string; words: ChangeWords }) {
  if (props.value.full === undefined) return null;
  const paragraphs = props.value.full
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return (
    <details class="kern-accordion">
      <summary class="kern-accordion__header">
        {props.words.fullText}
        <span class="kern-sr-only">: {props.name}</span>
      </summary>
      <div class="kern-accordion__body">
        {paragraphs.map((p, i) => (
          <p key={i} class="kern-body kern-body--small">
            {p.split('\n').flatMap((line, j) => (j === 0 ? [line] : [<br key={j} />, line]))}
          </p>
        ))}
      </div>
    </details>
  );
}

function BeforeAndAfter(props: { field: string; before: AuditText; after: AuditText; words: ChangeWords }) {
  const { field, before, after, words } = props;
  if (before.full === undefined && after.full === undefined) {
    return (
      <dd>
        <span class="kern-sr-only">{words.before}: </span>
        <del>{before.text}</del> <span aria-hidden="true">→</span> <span class="kern-sr-only">{words.after}: </span>
        <ins>{after.text}</ins>
      </dd>
    );
  }
  // Long texts get a line each, with the side named, since the arrow no longer joins them.
  return (
    <>
      <dd>
        {words.before}: <del>{before.text}</del>
        <FullText value={before} name={`${field}, ${words.before}`} words={words} />
      </dd>
      <dd>
        {words.after}: <ins>{after.text}</ins>
        <FullText value={after} name={`${field}, ${words.after}`} words={words} />
      </dd>
    </>
  );
}

/** The fields of one audit entry: what changed from what to what, or what was recorded. */
export function AuditChanges(props: { changes: AuditChange[]; words: ChangeWords }) {
  if (props.changes.length === 0) return null;
  return (
    <dl class="dk-changes">
      {props.changes.map((change, i) => (
        <div key={i}>
          <dt>{change.field}</dt>
          {'value' in change ? (
            <dd>
              {change.value.text}
              <FullText value={change.value} name={change.field} words={props.words} />
            </dd>
          ) : (
            <BeforeAndAfter field={change.field} before={change.before} after={change.after} words={props.words} />
          )}
        </div>
      ))}
    </dl>
  );
}
