import { recordAudit } from '../../platform/audit/record.ts';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import type { AppDeps } from '../../platform/deps.ts';
import type { AppearanceInput } from './schema.ts';

/**
 * Sets the theme, the own colours and the logo of every page. The colours of an own theme are
 * kept when another theme is chosen, so that switching back needs no typing.
 */
export async function chooseAppearance(deps: AppDeps, options: { actor: CurrentUser; input: AppearanceInput }): Promise<void> {
  const { input } = options;
  const before = await deps.settings.get();
  const patch = {
    theme: input.theme,
    logoUrl: input.logoUrl,
    ...(input.theme === 'own' ? { themeColour: input.themeColour, themeAccent: input.themeAccent } : {}),
  };
  await deps.db.transaction(async (tx) => {
    const after = await deps.settings.update(patch, tx);
    await recordAudit(tx, options.actor, 'settings.update', { type: 'settings', id: 'site' }, before, after);
  });
}
