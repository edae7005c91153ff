import type { ComponentChildren } from 'preact';
import { NotificationBanner } from '../../../../platform/views/components/content.tsx';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { EDITOR_PATH, editorChallengePath } from '../paths.ts';
import type { ChallengeRow } from '../repository.ts';

export const EDITOR_SECTIONS = ['overview', 'jury', 'ranking', 'winners'] as const;
export type EditorSection = (typeof EDITOR_SECTIONS)[number];

const SECTION_PATHS: Record<EditorSection, string | undefined> = { overview: undefined, jury: 'jury', ranking: 'rangliste', winners: 'gewinner' };

export function challengeAdminCrumbs(ctx: ViewContext): Crumb[] {
  return [
    { href: '/verwaltung', label: ctx.t.common.nav.admin },
    { href: EDITOR_PATH, label: ctx.t.challenges.editorTitle },
  ];
}

/**
 * The frame of every editors' page of one challenge (its approval, jury, ranking and winners):
 * breadcrumbs up to the challenge, the page's heading, a confirmation after a redirect and the
 * navigation between the challenge's parts.
 */
export function ChallengeEditorLayout(props: {
  ctx: ViewContext;
  challenge: Pick<ChallengeRow, 'id' | 'title'>;
  title: string;
  /** the part of the challenge this page is; undefined for pages below a part */
  section?: EditorSection | undefined;
  /** crumbs between the challenge and this page */
  parents?: Crumb[];
  notice?: string | undefined;
  /** shown before the heading (an error summary must come first) */
  top?: ComponentChildren;
  wide?: boolean;
  children: ComponentChildren;
}) {
  const { ctx, challenge } = props;
  const m = ctx.t.challenges.editorSections;
  const overview = props.section === 'overview';
  const crumbs: Crumb[] = [
    ...challengeAdminCrumbs(ctx),
    ...(overview ? [] : [{ href: editorChallengePath(challenge.id), label: challenge.title }]),
    ...(props.parents ?? []),
    { label: overview ? challenge.title : props.title },
  ];
  return (
    <Layout ctx={ctx} title={overview ? challenge.title : `${props.title}: ${challenge.title}`} breadcrumbs={crumbs} wide={props.wide}>
      {props.top}
      {props.notice ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{props.notice}</p>
        </NotificationBanner>
      ) : null}
      {overview ? null : <p class="kern-body kern-body--muted">{challenge.title}</p>}
      <h1 class="kern-heading-x-large">{props.title}</h1>
      {props.section ? (
        <nav class="dk-subnav" aria-label={m.label}>
          <ul class="dk-subnav__list">
            {EDITOR_SECTIONS.map((s) => (
              <li key={s}>
                <a class="dk-subnav__link" href={editorChallengePath(challenge.id, SECTION_PATHS[s])} aria-current={s === props.section ? 'page' : undefined}>
                  {m[s]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {props.children}
    </Layout>
  );
}
