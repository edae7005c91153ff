import type { DocumentFormState } from '../../../../platform/files/document-upload.ts';
import { fileTypeLabel, formatFileSize } from '../../../../platform/files/index.ts';
import { formatDate } from '../../../../platform/i18n/dates.ts';
import { Table } from '../../../../platform/views/components/content.tsx';
import { type DocumentNotice, DocumentUploadForm } from '../../../../platform/views/components/documents.tsx';
import { Button, ErrorSummary, Form } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { GroupRow } from '../../core/repository.ts';
import type { GroupStanding } from '../../core/rules.ts';
import { GroupLayout } from '../../core/views/group-layout.tsx';
import { groupFilePath, groupFilesPath } from '../paths.ts';
import type { GroupFile } from '../repository.ts';

/** What the viewer may do with each entry, decided by the route (shelf/rules.ts). */
export interface ShelfEntry {
  file: GroupFile;
  canDelete: boolean;
}

function EntryActions(props: { ctx: ViewContext; slug: string; entry: GroupFile; canDelete: boolean; move: { up: boolean; down: boolean } }) {
  const { ctx, slug, entry } = props;
  const m = ctx.t.networkShelf.files;
  const move = (direction: 'hoch' | 'runter', text: string) => (
    <Form ctx={ctx} action={groupFilePath(slug, entry.id, 'verschieben')} class="dk-inline-form">
      <Button variant="secondary" name="direction" value={direction} ariaLabel={m.actionLabel(text, entry.title)}>
        {text}
      </Button>
    </Form>
  );
  return (
    <div class="dk-actions">
      {props.move.up ? move('hoch', m.up) : null}
      {props.move.down ? move('runter', m.down) : null}
      {props.canDelete ? (
        <Form ctx={ctx} action={groupFilePath(slug, entry.id, 'loeschen')} class="dk-inline-form">
          <Button variant="tertiary" ariaLabel={m.actionLabel(m.remove, entry.title)}>
            {m.remove}
          </Button>
        </Form>
      ) : null}
    </div>
  );
}

/**
 * The group's file shelf: every file with its format, size, uploader and date, downloadable by
 * everyone who reads the group; members upload, moderators order the list.
 */
export function GroupFilesPage(
  props: {
    ctx: ViewContext;
    group: GroupRow;
    standing: GroupStanding | undefined;
    entries: ShelfEntry[];
    canUpload: boolean;
    canArrange: boolean;
    maxMegabytes: number;
    notice?: DocumentNotice | undefined;
  } & DocumentFormState,
) {
  const { ctx, group, entries } = props;
  const m = ctx.t.networkShelf.files;
  const withActions = props.canArrange || entries.some((e) => e.canDelete);
  const rows = entries.map(({ file, canDelete }, i) => [
    <a key="title" href={groupFilePath(group.slug, file.id)}>
      {file.title}
    </a>,
    m.file(fileTypeLabel(file.contentType), formatFileSize(ctx.locale, file.size)),
    m.uploaded(file.uploaderName ?? m.formerMember, formatDate(ctx.locale, file.createdAt)),
    ...(withActions
      ? [
          <EntryActions
            key="actions"
            ctx={ctx}
            slug={group.slug}
            entry={file}
            canDelete={canDelete}
            move={{ up: props.canArrange && i > 0, down: props.canArrange && i < entries.length - 1 }}
          />,
        ]
      : []),
  ]);
  return (
    <GroupLayout
      ctx={ctx}
      group={group}
      standing={props.standing}
      title={m.title}
      section="files"
      notice={props.notice ? m.notices[props.notice] : undefined}
      top={<ErrorSummary ctx={ctx} errors={props.errors} />}
    >
      <p class="kern-body">{m.lead(props.maxMegabytes)}</p>
      {rows.length === 0 ? (
        <p class="kern-body">{m.empty}</p>
      ) : (
        <Table caption={m.caption} captionHidden head={[m.head.title, m.head.file, m.head.uploaded, ...(withActions ? [m.head.actions] : [])]} rows={rows} />
      )}
      {props.canUpload ? (
        <DocumentUploadForm
          ctx={ctx}
          action={groupFilesPath(group.slug)}
          submissionId={props.submissionId}
          words={m}
          values={props.values}
          errors={props.errors}
          chooseAgain={props.chooseAgain}
        />
      ) : (
        <p class="kern-body kern-body--muted">{m.membersOnly}</p>
      )}
    </GroupLayout>
  );
}
