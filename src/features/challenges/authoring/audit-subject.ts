/** The audit log's subject for every change of a challenge and its criteria. */
export function challengeSubject(id: string): { type: 'challenge'; id: string } {
  return { type: 'challenge', id };
}
