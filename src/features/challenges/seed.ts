import type { AppDeps } from '../../platform/deps.ts';

export async function seedChallenges(_deps: AppDeps): Promise<void> {}
