import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { RESERVED_GROUP_SLUGS, SLUG } from './paths.ts';
import { findGroupBySlug, findStanding, type GroupRow } from './repository.ts';
import { canModerate, canReadGroupContent, canSeeGroup, isOwner, type GroupStanding } from './rules.ts';

/** A group as a route found it, with the viewer's place in it. */
export interface GroupInContext {
  group: GroupRow;
  standing: GroupStanding | undefined;
}

/**
 * The group a page is about. A hidden group is answered 404 to everyone outside it, exactly as
 * a slug that does not exist: a guessed address must not tell that the group is there.
 */
export async function requireGroup(db: Executor, slug: string, viewer: CurrentUser | null | undefined): Promise<GroupInContext> {
  const group = SLUG.test(slug) && !RESERVED_GROUP_SLUGS.has(slug) ? await findGroupBySlug(db, slug) : undefined;
  if (!group) throw notFound();
  const standing = await findStanding(db, group.id, viewer?.id);
  if (!canSeeGroup(group, standing)) throw notFound();
  return { group, standing };
}

/** The group whose discussions, files or members the viewer reads: 403 for a members-only group's outsiders. */
export async function requireReadableGroup(db: Executor, slug: string, viewer: CurrentUser | null | undefined): Promise<GroupInContext> {
  const found = await requireGroup(db, slug, viewer);
  if (!canReadGroupContent(found.group, found.standing)) throw forbidden();
  return found;
}

/** The group the viewer moderates (owner or moderator): 403 for its other members, 404 for outsiders of a hidden one. */
export async function requireModeratedGroup(db: Executor, slug: string, viewer: CurrentUser): Promise<GroupInContext> {
  const found = await requireGroup(db, slug, viewer);
  if (!canModerate(found.standing)) throw forbidden();
  return found;
}

/** The group the viewer owns: only owners change its settings and its members' roles. */
export async function requireOwnedGroup(db: Executor, slug: string, viewer: CurrentUser): Promise<GroupInContext> {
  const found = await requireGroup(db, slug, viewer);
  if (!isOwner(found.standing)) throw forbidden();
  return found;
}
