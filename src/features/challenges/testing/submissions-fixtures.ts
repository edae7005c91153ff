import type { AppDeps } from '../../../platform/deps.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestUser, type TestRuntime } from '../../../testing/harness.ts';
import { insertMembership } from '../../organisations/repository.ts';

/** A person with an active membership in the organisation (a colleague of its manager). */
export async function insertTestMember(deps: AppDeps, organisationId: string): Promise<{ id: string; email: string; password: string }> {
  const member = await createTestUser(deps, { displayName: 'Kollegin' });
  await insertMembership(deps.db, { organisationId, userId: member.id, role: 'member', status: 'active', decidedAt: new Date() });
  return member;
}

/** A browser signed in as the person. */
export async function signedIn(rt: TestRuntime, person: { email: string; password: string }): Promise<TestClient> {
  const client = new TestClient(rt.app);
  const response = await client.login(person.email, person.password);
  if (response.statusCode !== 303) throw new Error(`login failed: ${response.statusCode}`);
  return client;
}
