import { z } from 'zod';
import { formText } from '../../platform/http/form.ts';
import { HEX_COLOUR, THEMES } from '../../platform/settings/site-settings.ts';
import { contrastRatio } from '../../platform/views/theme.ts';

const WHITE = '#ffffff';
/** WCAG 1.4.3: text (links, button labels on the colour) needs 4.5 : 1 against white. */
const TEXT_CONTRAST = 4.5;
/** WCAG 1.4.11: a coloured stripe or border needs 3 : 1 against white. */
const GRAPHIC_CONTRAST = 3;

/** "#1F4E79", "1f4e79" and " #1f4e79 " all mean #1f4e79; empty stays empty. */
const colour = formText(20)
  .transform((v) => v.toLowerCase().replace(/^#?/, v === '' ? '' : '#'))
  .refine((v) => v === '' || HEX_COLOUR.test(v), { message: 'design.appearance.validation.colourFormat' });

export const appearanceForm = z
  .strictObject({
    // sh, kern or own
    theme: z.enum(THEMES),
    // the own theme's colour, #rrggbb
    themeColour: colour,
    // the own theme's stripe colour, #rrggbb or empty for the house colour
    themeAccent: colour,
    // logo on this server (no third-party requests), or empty
    logoUrl: formText(500).refine((v) => v === '' || (v.startsWith('/') && !v.startsWith('//')), { message: 'design.appearance.validation.logoInvalid' }),
  })
  .superRefine((form, ctx) => {
    if (form.theme !== 'own') return;
    if (form.themeColour === '') ctx.addIssue({ code: 'custom', path: ['themeColour'], message: 'design.appearance.validation.colourMissing' });
    else if (HEX_COLOUR.test(form.themeColour) && contrastRatio(form.themeColour, WHITE) < TEXT_CONTRAST) {
      ctx.addIssue({ code: 'custom', path: ['themeColour'], message: 'design.appearance.validation.colourContrast' });
    }
    if (HEX_COLOUR.test(form.themeAccent) && contrastRatio(form.themeAccent, WHITE) < GRAPHIC_CONTRAST) {
      ctx.addIssue({ code: 'custom', path: ['themeAccent'], message: 'design.appearance.validation.accentContrast' });
    }
  });
export type AppearanceInput = z.output<typeof appearanceForm>;
