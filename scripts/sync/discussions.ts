/**
 * Reads every discussion of the configured categories (all pages) and turns
 * GitHub's answer into the snapshot the site renders from: counts per thread,
 * reactions per kind, the Giscus term, native poll results, and the dated
 * comments and replies the statistics page aggregates.
 */
import type { Snapshot, SnapshotDiscussion, SnapshotPost } from '../../src/lib/discussion/snapshot.ts';
import { type GraphqlRequest, SyncError } from './github-graphql.ts';

export const SNAPSHOT_VERSION = 1;

const CATEGORIES_QUERY = `query Categories($owner: String!, $name: String!) {
  rateLimit { remaining resetAt }
  repository(owner: $owner, name: $name) {
    discussionCategories(first: 100) { nodes { id name slug } }
  }
}`;

// Page sizes keep one request well under GitHub's node limit (25 × 50 × 20).
const DISCUSSIONS_QUERY = `query Discussions($owner: String!, $name: String!, $categoryId: ID!, $after: String) {
  rateLimit { remaining resetAt }
  repository(owner: $owner, name: $name) {
    discussions(first: 25, after: $after, categoryId: $categoryId, orderBy: { field: CREATED_AT, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      nodes {
        number title url createdAt
        author { login }
        category { name }
        reactionGroups { content reactors { totalCount } }
        poll { question totalVoteCount options(first: 20) { nodes { option totalVoteCount } } }
        comments(first: 50) {
          totalCount
          nodes {
            createdAt bodyText author { login }
            replies(first: 20) { totalCount nodes { createdAt bodyText author { login } } }
          }
        }
      }
    }
  }
}`;

/** A Giscus thread's title is its term (mapping `specific`): `reports/2026-q1-zhang-ming`. */
const TERM = /^[a-z0-9-]+\/[a-z0-9-]+$/;
/** Comment text kept per comment: enough for word statistics, small snapshot. */
const TEXT_LIMIT = 500;

// The snapshot's types are the reader's (src/lib/discussion/snapshot.ts), so what
// the sync writes and what the build parses cannot drift apart.

/** What the queries above ask for; GitHub answers in that shape. Deleted accounts come back as `null`. */
interface Author {
  login: string;
}
interface PostNode {
  createdAt: string;
  bodyText?: string | null;
  author: Author | null;
}
interface CommentNode extends PostNode {
  replies: { totalCount: number; nodes?: PostNode[] | null };
}
export interface DiscussionNode {
  number: number;
  title: string;
  url: string;
  createdAt: string;
  author: Author | null;
  category: { name: string };
  reactionGroups?: { content: string; reactors: { totalCount: number } }[] | null;
  poll?: {
    question: string;
    totalVoteCount: number;
    options: { nodes: { option: string; totalVoteCount: number }[] };
  } | null;
  comments: { totalCount: number; nodes?: CommentNode[] | null };
}
interface CategoriesData {
  repository: { discussionCategories: { nodes: { id: string; name: string; slug: string }[] } } | null;
}
interface DiscussionsData {
  repository: {
    discussions: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: DiscussionNode[] };
  };
}

export interface SnapshotOptions {
  repository: string;
  categories: string[];
  now?: () => Date;
}

/** Every discussion of the given categories (all pages), as the snapshot. */
export async function fetchSnapshot(
  request: GraphqlRequest,
  { repository, categories, now = () => new Date() }: SnapshotOptions,
): Promise<Snapshot> {
  const [owner, name] = repository.split('/');
  const found = (await request(CATEGORIES_QUERY, { owner, name })) as CategoriesData | null;
  if (!found?.repository)
    throw new SyncError(`找不到仓库 ${repository}，或令牌无权访问。/ Repository ${repository} not found.`);
  const available = found.repository.discussionCategories.nodes;
  const discussions: SnapshotDiscussion[] = [];
  for (const wanted of categories) {
    const category = available.find((c) => c.name === wanted || c.slug === wanted);
    if (!category) {
      throw new SyncError(
        `仓库 ${repository} 没有讨论分类“${wanted}”；现有分类：${available.map((c) => c.name).join('、') || '（无）'}。请检查设置或 SYNC_CATEGORIES。/ No discussion category "${wanted}".`,
      );
    }
    let after: string | null = null;
    do {
      const data = (await request(DISCUSSIONS_QUERY, {
        owner,
        name,
        categoryId: category.id,
        after,
      })) as DiscussionsData;
      const page = data.repository.discussions;
      discussions.push(...page.nodes.map(toSnapshotDiscussion));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
  }
  discussions.sort((a, b) => a.number - b.number);
  return { version: SNAPSHOT_VERSION, syncedAt: now().toISOString(), repository, categories, discussions };
}

export function toSnapshotDiscussion(node: DiscussionNode): SnapshotDiscussion {
  const reactions: Record<string, number> = {};
  for (const group of node.reactionGroups ?? []) {
    if (group.reactors.totalCount > 0) reactions[group.content] = group.reactors.totalCount;
  }
  const comments = node.comments.nodes ?? [];
  const posts = comments.flatMap((c) => [toPost(c), ...(c.replies.nodes ?? []).map(toPost)]);
  return {
    number: node.number,
    title: node.title,
    url: node.url,
    createdAt: node.createdAt,
    author: login(node.author),
    category: node.category.name,
    term: TERM.test(node.title) ? node.title : null,
    comments: node.comments.totalCount,
    replies: comments.reduce((sum, c) => sum + c.replies.totalCount, 0),
    reactions,
    poll: node.poll
      ? {
          question: node.poll.question,
          totalVotes: node.poll.totalVoteCount,
          options: node.poll.options.nodes.map((o) => ({
            option: o.option,
            votes: o.totalVoteCount,
          })),
        }
      : null,
    posts,
  };
}

const toPost = (post: PostNode): SnapshotPost => ({
  date: post.createdAt,
  author: login(post.author),
  text: String(post.bodyText ?? '').slice(0, TEXT_LIMIT),
});

/** Deleted accounts come back as `author: null`; GitHub shows them as "ghost". */
const login = (author: Author | null): string => author?.login ?? 'ghost';
