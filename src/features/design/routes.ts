import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../platform/auth/guards.ts';
import { hasPermission } from '../../platform/auth/policy.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { parseForm, type FieldError, type FormValues } from '../../platform/http/form.ts';
import { redirectWithNotice } from '../../platform/http/notice.ts';
import type { SiteSettings } from '../../platform/settings/site-settings.ts';
import { chooseAppearance } from './choose-appearance.ts';
import { appearanceForm } from './schema.ts';
import { DESIGN_PATH, DesignPage } from './views/design-page.tsx';

const APPEARANCE_PATH = `${DESIGN_PATH}/erscheinungsbild`;

function appearanceValues(site: SiteSettings): FormValues {
  return { theme: site.theme, themeColour: site.themeColour, themeAccent: site.themeAccent, logoUrl: site.logoUrl };
}

export function designRoutes(app: FastifyInstance, deps: AppDeps): void {
  // The example form sends its fields here by GET; they are ignored, nothing is stored.
  app.get(DESIGN_PATH, { preHandler: requirePermission('admin:design') }, async (request, reply) => {
    // Editors see the style guide; only administrators choose the appearance of the whole site.
    const appearance = hasPermission(request.user, 'admin:settings')
      ? { values: appearanceValues(await deps.settings.get()), saved: request.notice?.word === 'saved' }
      : undefined;
    return reply.page(h(DesignPage, { ctx: request.view(), appearance }));
  });

  app.post(APPEARANCE_PATH, { preHandler: requirePermission('admin:settings') }, async (request, reply) => {
    const form = parseForm(appearanceForm, request.body, request.t);
    if (!form.ok) {
      const appearance: { values: FormValues; errors: FieldError[] } = { values: form.values, errors: form.errors };
      return reply.page(h(DesignPage, { ctx: request.view(), appearance }), 400);
    }
    // requirePermission has let only a signed-in administrator through
    await chooseAppearance(deps, { actor: request.user!, input: form.data });
    return redirectWithNotice(reply, `${DESIGN_PATH}#erscheinungsbild`, { word: 'saved' });
  });
}
