import type { ComponentChildren } from 'preact';
import { RecordEditorFrame } from '../../../../platform/views/components/record-editor-frame.tsx';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
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

/** The frame of every editors' page of one challenge: its approval, jury, ranking and winners. */
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
  const { ctx, challenge, section } = props;
  const m = ctx.t.challenges.editorSections;
  return (
    <RecordEditorFrame
      ctx={ctx}
      listCrumbs={challengeAdminCrumbs(ctx)}
      record={{ title: challenge.title, href: editorChallengePath(challenge.id) }}
      title={props.title}
      overview={section === 'overview'}
      sections={
        section
          ? {
              label: m.label,
              items: EDITOR_SECTIONS.map((s) => ({ href: editorChallengePath(challenge.id, SECTION_PATHS[s]), label: m[s], current: s === section })),
            }
          : undefined
      }
      parents={props.parents}
      notice={props.notice}
      top={props.top}
      wide={props.wide}
    >
      {props.children}
    </RecordEditorFrame>
  );
}
