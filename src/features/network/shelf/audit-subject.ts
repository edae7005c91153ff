/** What the shelf's audit entries are about: the group whose shelf or events changed. */
export function groupSubject(groupId: string): { type: string; id: string } {
  return { type: 'network_group', id: groupId };
}
