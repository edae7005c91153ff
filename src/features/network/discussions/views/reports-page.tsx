import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { Button, Form } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { postAnchor, threadPath } from '../../core/paths.ts';
import type { GroupRow } from '../../core/repository.ts';
import type { GroupStanding } from '../../core/rules.ts';
import { GroupLayout } from '../../core/views/group-layout.tsx';
import { discussionsPath, reportPath } from '../paths.ts';
import type { OpenReport } from '../repository.ts';
import { postExcerpt } from '../../core/excerpt.ts';

/** The open reports of the group's posts, for its owners and moderators. */
export function ReportsPage(props: {
  ctx: ViewContext;
  group: GroupRow;
  standing: GroupStanding | undefined;
  reports: OpenReport[];
  notice: string | undefined;
}) {
  const { ctx, group } = props;
  const m = ctx.t.networkDiscussions;
  const r = m.reports;
  return (
    <GroupLayout
      ctx={ctx}
      group={group}
      standing={props.standing}
      title={r.title}
      parent={{ href: discussionsPath(group.slug), label: m.title }}
      notice={props.notice}
    >
      <p class="kern-body">{r.lead}</p>
      {props.reports.length === 0 ? <p class="kern-body">{r.empty}</p> : null}
      {props.reports.map((report) => {
        const author = report.postAuthorName ?? m.unknownAuthor;
        return (
          <article class="kern-card" key={report.id} aria-labelledby={`meldung-${report.id}`}>
            <div class="kern-card__container">
              <header class="kern-card__header">
                <h2 class="kern-title" id={`meldung-${report.id}`}>
                  {r.post(author)}
                </h2>
                <div class="kern-subline">{r.inThread(report.threadTitle)}</div>
              </header>
              <div class="kern-card__body">
                <blockquote class="dk-inset-text">
                  <p class="kern-body">{postExcerpt(report.postBody)}</p>
                </blockquote>
                <p class="kern-body">{r.reportedBy(report.reporterName ?? m.unknownAuthor, formatDateTime(ctx.locale, report.createdAt))}</p>
                <p class="kern-body">
                  <strong>{r.reason}:</strong> {report.reason}
                </p>
                <div class="dk-actions">
                  <a href={`${threadPath(group.slug, report.threadId)}#${postAnchor(report.postId)}`}>{r.open}</a>
                  <Form ctx={ctx} action={reportPath(group.slug, report.id, 'erledigt')} class="dk-inline-form">
                    <Button variant="secondary" ariaLabel={`${r.close}: ${r.post(author)}`}>
                      {r.close}
                    </Button>
                  </Form>
                  {report.postHidden ? (
                    <p class="kern-body">{r.alreadyHidden}</p>
                  ) : (
                    <Form ctx={ctx} action={reportPath(group.slug, report.id, 'ausblenden')} class="dk-inline-form">
                      <Button variant="warning" ariaLabel={`${r.hideAndClose}: ${r.post(author)}`}>
                        {r.hideAndClose}
                      </Button>
                    </Form>
                  )}
                </div>
              </div>
            </div>
          </article>
        );
      })}
    </GroupLayout>
  );
}
