import { z } from 'zod';
import { field } from './fields.ts';

/** RFC 9457 problem details as the document describes them (platform/api/problem.ts writes them). */
export const problemSchema = z
  .object({
    type: z.literal('about:blank').describe(field('problemType')),
    title: z.string().describe(field('problemTitle')),
    status: z.number().int().describe(field('problemStatus')),
    detail: z.string().describe(field('problemDetail')),
    errors: z
      .array(
        z.object({
          path: z.string().describe(field('problemErrorPath')),
          message: z.string().describe(field('problemErrorMessage')),
        }),
      )
      .optional()
      .describe(field('problemErrors')),
  })
  .meta({ id: 'Problem', description: field('problemDetails') });
