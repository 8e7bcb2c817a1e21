/**
 * How a poll is held, said honestly on its page. A static site cannot run a
 * vote: a GitHub Discussions poll counts one vote per GitHub account, so it is
 * used only when the poll names its discussion and the site knows the GitHub
 * repository holding it. A secret ballot runs on the branch service when the
 * site has it (otherwise the page says how the meeting holds it). Otherwise
 * opinions are gathered in the entry's discussion thread (moderated when it is
 * the branch's own Waline), and the formal vote is at the branch meeting;
 * without any discussion service, only the meeting remains.
 */
import type { DiscussionProvider } from '../discussion/provider';

export type PollMethod =
  | { kind: 'github'; repository: string; discussion: number }
  | { kind: 'ballot'; online: boolean }
  | { kind: 'thread'; provider: Exclude<DiscussionProvider, 'none'> }
  | { kind: 'meeting' };

export function pollMethod(
  poll: { method?: 'github' | 'ballot' | 'meeting' | undefined; discussion?: number | undefined },
  githubRepository: string | undefined,
  threadProvider: Exclude<DiscussionProvider, 'none'> | undefined,
  branchService = false,
): PollMethod {
  if (poll.method === 'ballot') return { kind: 'ballot', online: branchService };
  if (poll.method !== 'meeting' && poll.discussion !== undefined && githubRepository)
    return { kind: 'github', repository: githubRepository, discussion: poll.discussion };
  if (threadProvider) return { kind: 'thread', provider: threadProvider };
  return { kind: 'meeting' };
}
