import type { PersonalDataProvider } from '../../platform/deps.ts';
import { listTokensOfPerson, unlinkPersonFromTokens } from './repository.ts';

/**
 * An administrator's part: the tokens they issued or revoked. The tokens outlive the account
 * (the integrations keep working, or stay revoked); they only stop naming the person.
 */
export const integrationsPersonalData: PersonalDataProvider = {
  key: 'apiTokens',
  async export(db, userId) {
    return (await listTokensOfPerson(db, userId)).map((t) => ({
      name: t.name,
      prefix: t.prefix,
      createdAt: t.createdAt.toISOString(),
      revokedAt: t.revokedAt?.toISOString() ?? null,
      issuedByYou: t.issued,
    }));
  },
  erase: unlinkPersonFromTokens,
};
