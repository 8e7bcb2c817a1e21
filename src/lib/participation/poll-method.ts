/**
 * How a poll is held, said honestly on its page. A static site cannot run a
 * vote: a GitHub Discussions poll counts one vote per GitHub account, so it is
 * used only when the poll names its discussion and the site knows the GitHub
 * repository holding it. Otherwise opinions are gathered in the entry's
 * discussion thread (moderated when it is the branch's own Waline), and the
 * formal vote is at the branch meeting; without any discussion service, only
 * the meeting remains.
 */
import type { DiscussionProvider } from '../discussion/provider';

export type PollMethod =
  | { kind: 'github'; repository: string; discussion: number }
  | { kind: 'thread'; provider: Exclude<DiscussionProvider, 'none'> }
  | { kind: 'meeting' };

export function pollMethod(
  poll: { discussion?: number | undefined },
  githubRepository: string | undefined,
  threadProvider: Exclude<DiscussionProvider, 'none'> | undefined,
): PollMethod {
  if (poll.discussion !== undefined && githubRepository)
    return { kind: 'github', repository: githubRepository, discussion: poll.discussion };
  if (threadProvider) return { kind: 'thread', provider: threadProvider };
  return { kind: 'meeting' };
}
