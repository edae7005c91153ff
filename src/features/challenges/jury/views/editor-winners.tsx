import type { ComponentChildren } from 'preact';
import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { Button, Choices, ErrorSummary, Form, TextField, errorFor, valueFor, valuesOf } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { scoreText } from '../../../review/ui.ts';
import { editorChallengePath } from '../../core/paths.ts';
import type { ChallengeRow } from '../../core/repository.ts';
import type { ChallengePhase } from '../../core/rules.ts';
import { ChallengeEditorLayout } from '../../core/views/challenge-editor-layout.tsx';
import { AWARD_NOTE_MAX, awardField, winnerField } from '../schema.ts';
import type { ChallengeRanking } from '../service.ts';

/** The stored choice as the form's values, to show it again. */
export function winnerValues(ranked: ChallengeRanking): FormValues {
  const values: FormValues = {};
  for (const s of ranked.subjects) {
    if (s.winner) values[winnerField(s.id)] = '1';
    values[awardField(s.id)] = s.awardNote;
  }
  return values;
}

/**
 * The winners: in the order of the ranking, each submitted submission with a tick and what it
 * receives, while the jury works; then the publication of the decision. Once decided, the page
 * shows the decision as it was published.
 */
export function WinnersPage(props: {
  ctx: ViewContext;
  challenge: ChallengeRow;
  phase: ChallengePhase;
  ranked: ChallengeRanking;
  values: FormValues;
  errors?: FieldError[] | undefined;
  notice?: string | undefined;
  saveSubmissionId: string;
  publishSubmissionId: string;
}) {
  const { ctx, challenge, ranked, values, errors } = props;
  const m = ctx.t.challengesJury.winners;
  const open = props.phase === 'jury';
  const chosen = ranked.subjects.filter((s) => s.winner).length;
  const bySubject = new Map(ranked.subjects.map((s) => [s.id, s]));
  // once decided the choice is only shown, outside a form
  const Wrap = (p: { children: ComponentChildren }) =>
    open ? (
      <Form ctx={ctx} action={editorChallengePath(challenge.id, 'gewinner')} submissionId={props.saveSubmissionId}>
        {p.children}
      </Form>
    ) : (
      <>{p.children}</>
    );
  return (
    <ChallengeEditorLayout
      ctx={ctx}
      challenge={challenge}
      title={m.title}
      section="winners"
      notice={props.notice}
      top={<ErrorSummary ctx={ctx} errors={errors} />}
    >
      <p class="kern-body">{m.lead}</p>
      {challenge.decidedAt ? <p class="kern-body">{m.decided(formatDateTime(ctx.locale, challenge.decidedAt))}</p> : null}
      {props.phase !== 'decided' && !open ? <p class="kern-body">{m.notYet}</p> : null}
      {ranked.subjects.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <Wrap>
          {ranked.ranking.map((r) => {
            const s = bySubject.get(r.subjectId)!;
            return (
              <section key={s.id} aria-labelledby={`winner-${s.id}-title`}>
                <h2 class="kern-heading-medium" id={`winner-${s.id}-title`}>
                  <a href={editorChallengePath(challenge.id, `rangliste/${s.id}`)}>{s.title}</a>
                </h2>
                <p class="kern-body kern-body--muted">{r.rank === null ? m.noRank : m.rank(String(r.rank), scoreText(ctx, r.mean))}</p>
                {open ? (
                  <>
                    <Choices
                      type="checkbox"
                      name={winnerField(s.id)}
                      label={m.decision(s.title)}
                      selected={valuesOf(values, winnerField(s.id))}
                      error={errorFor(errors, winnerField(s.id))}
                      options={[{ value: '1', label: m.wins }]}
                    />
                    <TextField
                      name={awardField(s.id)}
                      label={m.awardNote(s.title)}
                      hint={m.awardNoteHint}
                      optionalLabel={ctx.t.review.form.optional}
                      value={valueFor(values, awardField(s.id))}
                      error={errorFor(errors, awardField(s.id))}
                      maxLength={AWARD_NOTE_MAX}
                    />
                  </>
                ) : s.winner ? (
                  <p class="kern-body">{ctx.t.challengesJury.submission.winner(s.awardNote)}</p>
                ) : null}
              </section>
            );
          })}
          {open ? <Button variant="secondary">{m.save}</Button> : null}
        </Wrap>
      )}
      {open && ranked.subjects.length > 0 ? (
        <>
          <h2 class="kern-heading-medium">{m.publishTitle}</h2>
          <p class="kern-body">{m.publishLead}</p>
          <p class="kern-body">{chosen > 0 ? m.chosen(chosen) : m.publishNeedsWinner}</p>
          <Form ctx={ctx} action={editorChallengePath(challenge.id, 'gewinner/veroeffentlichen')} submissionId={props.publishSubmissionId}>
            <Button>{m.publish}</Button>
          </Form>
        </>
      ) : null}
    </ChallengeEditorLayout>
  );
}
