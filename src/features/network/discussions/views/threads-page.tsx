import { formatDate } from '../../../../platform/i18n/dates.ts';
import { ButtonLink } from '../../../../platform/views/components/form.tsx';
import { Pagination, Table, Tag } from '../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { threadPath } from '../../core/paths.ts';
import type { GroupRow } from '../../core/repository.ts';
import type { GroupStanding } from '../../core/rules.ts';
import { GroupLayout } from '../../core/views/group-layout.tsx';
import { discussionsPath, newThreadPath, reportsPath } from '../paths.ts';
import type { ThreadListPage } from '../thread-service.ts';

/** A group's discussions: pinned ones first, then by last activity, 20 to a page. */
export function ThreadsPage(props: {
  ctx: ViewContext;
  group: GroupRow;
  standing: GroupStanding | undefined;
  list: ThreadListPage;
  canStart: boolean;
  canModerate: boolean;
  notice: string | undefined;
}) {
  const { ctx, group, list } = props;
  const m = ctx.t.networkDiscussions;
  return (
    <GroupLayout ctx={ctx} group={group} standing={props.standing} title={m.title} section="discussions" notice={props.notice}>
      {props.canStart || props.canModerate ? (
        <div class="dk-actions">
          {props.canStart ? <ButtonLink href={newThreadPath(group.slug)}>{m.list.newThread}</ButtonLink> : null}
          {props.canModerate ? (
            <ButtonLink href={reportsPath(group.slug)} variant="secondary">
              {m.list.reports}
            </ButtonLink>
          ) : null}
        </div>
      ) : null}
      {list.items.length === 0 ? (
        <p class="kern-body">{m.list.empty}</p>
      ) : (
        <Table
          caption={m.list.caption}
          captionHidden
          head={[m.list.colTitle, m.list.colAuthor, m.list.colReplies, m.list.colActivity]}
          numeric={[2]}
          rows={list.items.map((t) => [
            <>
              <a href={threadPath(group.slug, t.id)}>{t.title}</a>
              {t.pinned || t.locked || t.answered || t.hidden ? (
                <span class="dk-list--inline">
                  {' '}
                  {t.pinned ? <Tag>{m.tags.pinned}</Tag> : null} {t.locked ? <Tag colour="grey">{m.tags.locked}</Tag> : null}{' '}
                  {t.answered ? <Tag colour="green">{m.tags.answered}</Tag> : null} {t.hidden ? <Tag colour="red">{m.tags.hidden}</Tag> : null}
                </span>
              ) : null}
            </>,
            t.authorName ?? m.unknownAuthor,
            String(t.replies),
            formatDate(ctx.locale, t.lastActivityAt),
          ])}
        />
      )}
      <Pagination
        ctx={ctx}
        page={list.page}
        pages={list.pages}
        href={(n) => (n === 1 ? discussionsPath(group.slug) : `${discussionsPath(group.slug)}?seite=${n}`)}
      />
    </GroupLayout>
  );
}
