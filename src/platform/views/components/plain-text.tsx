/**
 * Renders editor text without any HTML: blank lines separate paragraphs, "## " starts a
 * subheading, single line breaks stay. Everything is escaped by preact.
 */
export function PlainText(props: { text: string; headingLevel?: 2 | 3 }) {
  const blocks = props.text
    .replace(/\r\n/g, '\n')
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter(Boolean);
  const H = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <>
      {blocks.map((block, i) =>
        block.startsWith('## ') ? (
          <H key={i} class="dk-heading-m">
            {block.slice(3)}
          </H>
        ) : (
          <p key={i} class="dk-body">
            {block.split('\n').flatMap((line, j) => (j === 0 ? [line] : [<br key={j} />, line]))}
          </p>
        ),
      )}
    </>
  );
}
