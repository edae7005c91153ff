import { fileTypeLabel, formatFileSize } from '../../../../platform/files/index.ts';
import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { Markdown } from '../../../../platform/markdown/markdown.tsx';
import { SummaryList, type SummaryRow } from '../../../../platform/views/components/content.tsx';
import { PlainText } from '../../../../platform/views/components/plain-text.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { SubmissionDossier } from '../service.ts';

/**
 * A submission in full: who is behind it, its summary, the solution, team, references, costs
 * and attachments. `blind` leaves out everything that names the submitters: the person, the
 * organisation and the team. Headings start at h2 below the page's h1.
 */
export function SubmissionDetails(props: { ctx: ViewContext; dossier: SubmissionDossier; blind: boolean; attachmentHref: (attachmentId: string) => string }) {
  const { ctx, dossier, blind } = props;
  const m = ctx.t.challengesJury.submission;
  const s = dossier.subject;
  const rows: SummaryRow[] = [];
  if (!blind) {
    rows.push({ key: m.submitter, value: s.submitterName ?? m.deletedAccount });
    rows.push({ key: m.organisation, value: s.organisationName ?? m.personOnly });
  }
  if (s.submittedAt) rows.push({ key: m.submittedAt, value: formatDateTime(ctx.locale, s.submittedAt) });
  rows.push({ key: m.summary, value: s.summary || m.notGiven });
  const text = (value: string) => (value ? <PlainText text={value} headingLevel={3} /> : <p class="kern-body">{m.notGiven}</p>);
  return (
    <>
      <SummaryList ctx={ctx} rows={rows} />
      <h2 class="kern-heading-large">{m.description}</h2>
      {s.description ? <Markdown text={s.description} headingLevel={2} idPrefix="loesung-" /> : <p class="kern-body">{m.notGiven}</p>}
      {blind ? null : (
        <>
          <h2 class="kern-heading-large">{m.team}</h2>
          {text(s.team)}
        </>
      )}
      <h2 class="kern-heading-large">{m.references}</h2>
      {text(s.references)}
      <h2 class="kern-heading-large">{m.costs}</h2>
      {text(s.costs)}
      <h2 class="kern-heading-large">{m.attachments}</h2>
      {dossier.attachments.length === 0 ? (
        <p class="kern-body">{m.noAttachments}</p>
      ) : (
        <ul class="kern-list">
          {dossier.attachments.map((a) => (
            <li key={a.id}>
              <a href={props.attachmentHref(a.id)}>{a.title}</a> ({m.file(fileTypeLabel(a.contentType), formatFileSize(ctx.locale, a.size))})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
