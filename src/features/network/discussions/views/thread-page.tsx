import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { NotificationBanner, Tag } from '../../../../platform/views/components/content.tsx';
import { Button, ButtonLink, errorFor, ErrorSummary, Form, TextArea, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { postAnchor, threadPath } from '../../core/paths.ts';
import type { GroupRow } from '../../core/repository.ts';
import type { GroupStanding } from '../../core/rules.ts';
import { GroupLayout } from '../../core/views/group-layout.tsx';
import { discussionsPath, reportsPath } from '../paths.ts';
import type { PostView, ThreadRow } from '../repository.ts';
import { canReply, postActions, type ThreadViewer } from '../rules.ts';
import { MAX_BODY } from '../schema.ts';
import type { ThreadPosts } from '../thread-service.ts';
import { postExcerpt } from '../../core/excerpt.ts';
import { AuthorName, PostArticle } from './post-article.tsx';

export interface ThreadPageForm {
  /** the reply form's input, or the report form's */
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
  submissionId: string;
  /** the post the reply quotes (?zitat= or the submitted form) */
  quotesPostId?: string | undefined;
  /** the post whose report form failed */
  reportPostId?: string | undefined;
}

function ModerationActions(props: { ctx: ViewContext; group: GroupRow; thread: ThreadRow }) {
  const { ctx, group, thread } = props;
  const m = ctx.t.networkDiscussions.moderation;
  const action = (page: string, label: string, variant: 'secondary' | 'warning' = 'secondary') => (
    <Form ctx={ctx} action={threadPath(group.slug, thread.id, page)} class="dk-inline-form">
      <Button variant={variant}>{label}</Button>
    </Form>
  );
  return (
    <section aria-labelledby="moderation-titel">
      <h2 class="kern-heading-medium" id="moderation-titel">
        {m.title}
      </h2>
      <div class="dk-actions">
        {thread.lockedAt ? action('entsperren', m.unlock) : action('sperren', m.lock)}
        {thread.pinnedAt ? action('loesen', m.unpin) : action('anpinnen', m.pin)}
        {thread.hiddenAt ? action('einblenden', m.unhide) : action('ausblenden', m.hide, 'warning')}
        <ButtonLink href={threadPath(group.slug, thread.id, 'verschieben')} variant="tertiary">
          {m.move}
        </ButtonLink>
        <a href={reportsPath(group.slug)}>{ctx.t.networkDiscussions.list.reports}</a>
      </div>
    </section>
  );
}

function ReplyForm(props: { ctx: ViewContext; group: GroupRow; thread: ThreadRow; quoted: PostView | undefined; form: ThreadPageForm }) {
  const { ctx, group, thread, quoted, form } = props;
  const m = ctx.t.networkDiscussions;
  const replyErrors = form.reportPostId ? undefined : form.errors;
  return (
    <Form ctx={ctx} action={threadPath(group.slug, thread.id, 'antworten')} submissionId={form.submissionId}>
      {quoted ? (
        <>
          <input type="hidden" name="quotesPostId" value={quoted.id} />
          <blockquote class="dk-inset-text">
            <p class="kern-body">{m.reply.quoting(quoted.authorName ?? m.unknownAuthor)}</p>
            <p class="kern-body">{postExcerpt(quoted.body)}</p>
            <p class="kern-body">
              <a href={`${threadPath(group.slug, thread.id)}#antworten`}>{m.reply.quoteRemove}</a>
            </p>
          </blockquote>
        </>
      ) : null}
      <TextArea
        name="body"
        label={m.reply.body}
        hint={m.form.bodyHint}
        error={errorFor(replyErrors, 'body')}
        value={form.reportPostId ? '' : valueFor(form.values, 'body')}
        rows={8}
        maxLength={MAX_BODY}
      />
      <Button>{m.reply.submit}</Button>
    </Form>
  );
}

/** One discussion: the opening post, the replies in order, and the reply form at the end. */
export function ThreadPage(props: {
  ctx: ViewContext;
  group: GroupRow;
  standing: GroupStanding | undefined;
  thread: ThreadRow;
  content: ThreadPosts;
  viewer: ThreadViewer;
  form: ThreadPageForm;
  notice: string | undefined;
}) {
  const { ctx, group, thread, content, viewer, form } = props;
  const m = ctx.t.networkDiscussions;
  const state = { authorId: thread.authorId, locked: thread.lockedAt !== null, answerPostId: thread.answerPostId };
  const byId = new Map(content.posts.map((p) => [p.id, p]));
  const opening = content.posts.find((p) => p.opening);
  const replies = content.posts.filter((p) => !p.opening);
  const answer = thread.answerPostId ? byId.get(thread.answerPostId) : undefined;
  const quoteable = form.quotesPostId ? byId.get(form.quotesPostId) : undefined;
  const quotedInForm = quoteable && !quoteable.hiddenAt ? quoteable : undefined;
  const article = (post: PostView, headingLevel: 2 | 3) => (
    <PostArticle
      ctx={ctx}
      slug={group.slug}
      threadId={thread.id}
      post={post}
      quoted={post.quotesPostId ? byId.get(post.quotesPostId) : undefined}
      mentions={content.mentions.get(post.id) ?? []}
      actions={postActions(viewer, state, { id: post.id, authorId: post.authorId, opening: post.opening, hidden: post.hiddenAt !== null })}
      isAnswer={post.id === thread.answerPostId}
      headingLevel={headingLevel}
      values={form.reportPostId === post.id ? form.values : undefined}
      errors={form.reportPostId === post.id ? form.errors : undefined}
    />
  );
  return (
    <GroupLayout
      ctx={ctx}
      group={group}
      standing={props.standing}
      title={thread.title}
      parent={{ href: discussionsPath(group.slug), label: m.title }}
      notice={props.notice}
      top={<ErrorSummary ctx={ctx} errors={form.errors} />}
    >
      {opening ? (
        <p class="kern-body">
          {m.thread.startedBy} <AuthorName ctx={ctx} post={opening} /> {m.thread.posted(formatDateTime(ctx.locale, opening.createdAt))}
        </p>
      ) : null}
      {thread.pinnedAt || thread.lockedAt || thread.hiddenAt || answer ? (
        <p class="kern-body">
          {thread.pinnedAt ? <Tag>{m.tags.pinned}</Tag> : null} {thread.lockedAt ? <Tag colour="grey">{m.tags.locked}</Tag> : null}{' '}
          {answer ? <Tag colour="green">{m.tags.answered}</Tag> : null} {thread.hiddenAt ? <Tag colour="red">{m.tags.hidden}</Tag> : null}
        </p>
      ) : null}
      {thread.hiddenAt ? (
        <NotificationBanner ctx={ctx} variant="warning">
          <p class="kern-body">{m.thread.hiddenThread}</p>
        </NotificationBanner>
      ) : null}
      {answer ? (
        <p class="kern-body">
          <a href={`#${postAnchor(answer.id)}`}>{m.thread.answerLink}</a> (<AuthorName ctx={ctx} post={answer} />)
        </p>
      ) : null}
      {viewer.canModerate ? <ModerationActions ctx={ctx} group={group} thread={thread} /> : null}
      {opening ? article(opening, 2) : null}
      <h2 class="kern-heading-medium">{m.thread.repliesTitle(replies.length)}</h2>
      {replies.length === 0 ? <p class="kern-body">{m.thread.noReplies}</p> : replies.map((p) => article(p, 3))}
      <section id="antworten" aria-labelledby="antworten-titel">
        <h2 class="kern-heading-medium" id="antworten-titel">
          {m.reply.title}
        </h2>
        {thread.lockedAt ? (
          <>
            <p class="kern-body">{m.reply.locked}</p>
            {/* a reply refused because the thread was locked meanwhile: the words stay, to be copied */}
            {valueFor(form.values, 'body') ? (
              <TextArea
                name="body"
                label={m.reply.keptTitle}
                hint={m.reply.keptHint}
                value={valueFor(form.values, 'body')}
                error={errorFor(form.errors, 'body')}
                readOnly
              />
            ) : null}
          </>
        ) : canReply(viewer, state) ? (
          <ReplyForm ctx={ctx} group={group} thread={thread} quoted={quotedInForm} form={form} />
        ) : (
          <p class="kern-body">{viewer.userId ? m.reply.membersOnly : m.reply.signIn}</p>
        )}
      </section>
    </GroupLayout>
  );
}
