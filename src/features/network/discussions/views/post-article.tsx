import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Markdown } from '../../../../platform/markdown/markdown.tsx';
import { Tag } from '../../../../platform/views/components/content.tsx';
import { Button, errorFor, Form, TextArea, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { postExcerpt } from '../../core/excerpt.ts';
import { personPath, postAnchor, threadPath } from '../../core/paths.ts';
import { markMentions, type MentionedPerson } from '../mentions.ts';
import { postPath, quotePath } from '../paths.ts';
import type { PostView } from '../repository.ts';
import type { PostActions } from '../rules.ts';
import { MAX_REASON } from '../schema.ts';

export function AuthorName(props: { ctx: ViewContext; post: Pick<PostView, 'authorId' | 'authorName' | 'authorListed'> }) {
  const { post } = props;
  if (post.authorName === null || post.authorId === null) return <>{props.ctx.t.networkDiscussions.unknownAuthor}</>;
  return post.authorListed ? <a href={personPath(post.authorId)}>{post.authorName}</a> : post.authorName;
}

function Quote(props: { ctx: ViewContext; quoted: PostView | undefined; showHidden: boolean }) {
  const m = props.ctx.t.networkDiscussions.thread;
  const { quoted } = props;
  if (!quoted) return null;
  const name = quoted.authorName ?? props.ctx.t.networkDiscussions.unknownAuthor;
  return (
    <blockquote class="dk-inset-text">
      <p class="kern-body">
        <a href={`#${postAnchor(quoted.id)}`}>{m.quoteOf(name)}</a>
      </p>
      <p class="kern-body">{quoted.hiddenAt && !props.showHidden ? m.quoteHidden : postExcerpt(quoted.body)}</p>
    </blockquote>
  );
}

/** One post of a thread: who wrote it when, what it quotes, its text and what the viewer may do with it. */
export function PostArticle(props: {
  ctx: ViewContext;
  slug: string;
  threadId: string;
  post: PostView;
  quoted: PostView | undefined;
  mentions: MentionedPerson[];
  actions: PostActions;
  isAnswer: boolean;
  headingLevel: 2 | 3;
  /** the report form's input and errors, when it was this post's report that failed */
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, post, actions, slug, threadId } = props;
  const m = ctx.t.networkDiscussions;
  const anchor = postAnchor(post.id);
  const H = props.headingLevel === 2 ? 'h2' : 'h3';
  const author = post.authorName ?? m.unknownAuthor;
  const hidden = post.hiddenAt !== null;
  const reasonField = `reason.${post.id}`;
  const reasonError = errorFor(props.errors, reasonField);
  return (
    <article class="kern-card" id={anchor} aria-labelledby={`${anchor}-titel`}>
      <div class="kern-card__container">
        <header class="kern-card__header">
          <H class="kern-title" id={`${anchor}-titel`}>
            <AuthorName ctx={ctx} post={post} />
          </H>
          <div class="kern-subline">
            {m.thread.posted(formatDateTime(ctx.locale, post.createdAt))}
            {post.editedAt ? ` · ${m.thread.editedAt(formatDateTime(ctx.locale, post.editedAt))}` : null}{' '}
            {props.isAnswer ? <Tag colour="green">{m.tags.answer}</Tag> : null} {hidden ? <Tag colour="red">{m.tags.hidden}</Tag> : null}
          </div>
        </header>
        <div class="kern-card__body">
          {hidden && !actions.moderate ? (
            <p class="kern-body kern-body--muted">{m.thread.hiddenPost}</p>
          ) : (
            <>
              {hidden ? <p class="kern-body kern-body--muted">{m.thread.hiddenPostModerator}</p> : null}
              <Quote ctx={ctx} quoted={props.quoted} showHidden={actions.moderate} />
              <Markdown text={markMentions(post.body, props.mentions)} headingLevel={props.headingLevel} idPrefix={`${anchor}-`} />
            </>
          )}
          <div class="dk-actions">
            {actions.helpful ? (
              <Form ctx={ctx} action={postPath(slug, threadId, post.id, 'hilfreich')} class="dk-inline-form">
                <Button variant="secondary" ariaLabel={post.helpfulByViewer ? m.thread.helpfulUnmark(author) : m.thread.helpfulLabel(author)}>
                  {post.helpfulByViewer ? m.thread.helpfulMarked(post.helpful) : m.thread.helpful(post.helpful)}
                </Button>
              </Form>
            ) : hidden ? null : (
              <p class="kern-body">{m.thread.helpful(post.helpful)}</p>
            )}
            {actions.quote ? (
              <a href={quotePath(slug, threadId, post.id)} aria-label={m.thread.quoteLabel(author)}>
                {m.thread.quote}
              </a>
            ) : null}
            {actions.edit ? (
              <a href={postPath(slug, threadId, post.id, 'bearbeiten')} aria-label={m.thread.editLabel(formatDateTime(ctx.locale, post.createdAt))}>
                {m.thread.edit}
              </a>
            ) : null}
            {actions.markAnswer ? (
              <Form ctx={ctx} action={threadPath(slug, threadId, 'antwort')} class="dk-inline-form">
                <input type="hidden" name="postId" value={post.id} />
                <Button variant="tertiary" ariaLabel={m.thread.markAnswerLabel(author)}>
                  {m.thread.markAnswer}
                </Button>
              </Form>
            ) : null}
            {actions.moderate ? (
              <Form ctx={ctx} action={postPath(slug, threadId, post.id, hidden ? 'einblenden' : 'ausblenden')} class="dk-inline-form">
                <Button variant={hidden ? 'secondary' : 'warning'} ariaLabel={`${hidden ? m.thread.unhide : m.thread.hide}: ${m.reports.post(author)}`}>
                  {hidden ? m.thread.unhide : m.thread.hide}
                </Button>
              </Form>
            ) : null}
          </div>
          {actions.report ? (
            <details class="kern-accordion" open={reasonError ? true : undefined}>
              <summary class="kern-accordion__header">
                <span class="kern-title">
                  {m.thread.report}
                  <span class="kern-sr-only">: {m.reports.post(author)}</span>
                </span>
              </summary>
              <div class="kern-accordion__body">
                <Form ctx={ctx} action={postPath(slug, threadId, post.id, 'melden')}>
                  <TextArea
                    name={reasonField}
                    submitAs="reason"
                    label={m.thread.reportReason}
                    hint={m.thread.reportHint}
                    error={reasonError}
                    value={valueFor(props.values, 'reason')}
                    rows={3}
                    maxLength={MAX_REASON}
                  />
                  <Button variant="secondary">{m.thread.reportSummary}</Button>
                </Form>
              </div>
            </details>
          ) : null}
        </div>
      </div>
    </article>
  );
}
