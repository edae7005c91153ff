/*
 * What a viewer may do with one post of a thread. The route knows the viewer's place in the
 * group; these rules add what depends on the post and the thread, so that the page shows only
 * the buttons whose routes would agree.
 */

export interface ThreadViewer {
  userId: string | undefined;
  /** an active member of the group */
  canPost: boolean;
  /** an owner or moderator of the group */
  canModerate: boolean;
}

export interface ThreadState {
  authorId: string | null;
  locked: boolean;
  answerPostId: string | null;
}

export interface PostState {
  id: string;
  authorId: string | null;
  opening: boolean;
  hidden: boolean;
}

export interface PostActions {
  helpful: boolean;
  quote: boolean;
  edit: boolean;
  markAnswer: boolean;
  report: boolean;
  /** hide or show again */
  moderate: boolean;
}

export function canReply(viewer: ThreadViewer, thread: ThreadState): boolean {
  return viewer.canPost && !thread.locked;
}

/** The thread's author (still a member) and the moderators choose the answer. */
export function canMarkAnswer(viewer: ThreadViewer, thread: ThreadState): boolean {
  return viewer.canModerate || (viewer.canPost && viewer.userId !== undefined && thread.authorId === viewer.userId);
}

export function isAuthor(viewer: ThreadViewer, post: Pick<PostState, 'authorId'>): boolean {
  return viewer.userId !== undefined && post.authorId === viewer.userId;
}

export function postActions(viewer: ThreadViewer, thread: ThreadState, post: PostState): PostActions {
  const visible = !post.hidden;
  return {
    helpful: visible && viewer.canPost,
    quote: visible && canReply(viewer, thread),
    edit: visible && !thread.locked && viewer.canPost && isAuthor(viewer, post),
    markAnswer: visible && !post.opening && thread.answerPostId !== post.id && canMarkAnswer(viewer, thread),
    report: visible && viewer.canPost && !isAuthor(viewer, post),
    moderate: viewer.canModerate,
  };
}
