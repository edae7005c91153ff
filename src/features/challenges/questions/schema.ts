import { z } from 'zod';
import { requiredText } from '../../../platform/http/form.ts';

/** A question about a challenge, asked by a signed-in person. */
export const askForm = z.strictObject({
  // what the person wants to know, e.g. "Dürfen wir die Daten des Rufbusses nutzen?"
  question: requiredText(2000, 'challengesQuestions.validation.question'),
});

/** The owners' answer to one question, new or changed; the field arrives as "answer" from every question's form. */
export const answerForm = z.strictObject({
  // published for everyone as it is written
  answer: requiredText(4000, 'challengesQuestions.validation.answer'),
});
