import { formatDateTime } from '../../../platform/i18n/dates.ts';
import { Table } from '../../../platform/views/components/content.tsx';
import { Button, Form } from '../../../platform/views/components/form.tsx';
import { newSubmissionId } from '../../../platform/http/form.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import type { VersionRow } from '../repository.ts';

/**
 * A record's versions, newest first (as listVersions gives them): number, when saved, an
 * optional column the owner chooses (e.g. the title of that version), and for every older
 * version a link to compare it with the newest and a button to restore it. The owner gives
 * the caption, the addresses and what the column shows; the restore form posts `version`.
 */
export function VersionHistory(props: {
  ctx: ViewContext;
  versions: readonly VersionRow[];
  caption: string;
  /** a column of the owner's: its heading and what it shows of a version */
  column?: { heading: string; text: (version: VersionRow) => string } | undefined;
  /** the page that compares the version with this number with the newest */
  compareHref: (number: number) => string;
  /** where the restore buttons post; without it, no buttons */
  restoreAction?: string | undefined;
}) {
  const { ctx, column } = props;
  const m = ctx.t.versions;
  return (
    <Table
      caption={props.caption}
      captionHidden
      head={[m.columns.number, m.columns.savedAt, ...(column ? [column.heading] : []), m.columns.actions]}
      rows={props.versions.map((v, i) => [
        m.label(v.number),
        formatDateTime(ctx.locale, v.savedAt),
        ...(column ? [column.text(v)] : []),
        i === 0 ? (
          ''
        ) : (
          <>
            <a href={props.compareHref(v.number)}>
              {m.compare}
              <span class="kern-sr-only"> ({m.label(v.number)})</span>
            </a>
            {props.restoreAction ? (
              <Form ctx={ctx} action={props.restoreAction} submissionId={newSubmissionId()}>
                <input type="hidden" name="version" value={String(v.number)} />
                <Button variant="secondary">
                  {m.restore}
                  <span class="kern-sr-only"> ({m.label(v.number)})</span>
                </Button>
              </Form>
            ) : null}
          </>
        ),
      ])}
    />
  );
}
