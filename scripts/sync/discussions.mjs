// @ts-check
/**
 * Reads every discussion of the configured categories (all pages) and turns
 * GitHub's answer into the snapshot the site renders from: counts per thread,
 * reactions per kind, the Giscus term, native poll results, and the dated
 * comments and replies the statistics page aggregates.
 */
import { SyncError } from './github-graphql.mjs';

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

/**
 * @typedef {{ date: string, author: string, text: string }} SnapshotPost
 * @typedef {{ question: string, totalVotes: number, options: { option: string, votes: number }[] }} SnapshotPoll
 * @typedef {{
 *   number: number, title: string, url: string, createdAt: string, author: string, category: string,
 *   term: string | null, comments: number, replies: number, reactions: Record<string, number>,
 *   poll: SnapshotPoll | null, posts: SnapshotPost[]
 * }} SnapshotDiscussion
 * @typedef {{ version: number, syncedAt: string, repository: string, categories: string[], discussions: SnapshotDiscussion[] }} Snapshot
 */

/**
 * @param {(query: string, variables: Record<string, unknown>) => Promise<any>} request
 * @param {{ repository: string, categories: string[], now?: () => Date }} options
 * @returns {Promise<Snapshot>}
 */
export async function fetchSnapshot(request, { repository, categories, now = () => new Date() }) {
  const [owner, name] = repository.split('/');
  const found = await request(CATEGORIES_QUERY, { owner, name });
  if (!found?.repository)
    throw new SyncError(`找不到仓库 ${repository}，或令牌无权访问。/ Repository ${repository} not found.`);
  /** @type {{ id: string, name: string, slug: string }[]} */
  const available = found.repository.discussionCategories.nodes;
  const discussions = [];
  for (const wanted of categories) {
    const category = available.find((c) => c.name === wanted || c.slug === wanted);
    if (!category) {
      throw new SyncError(
        `仓库 ${repository} 没有讨论分类“${wanted}”；现有分类：${available.map((c) => c.name).join('、') || '（无）'}。请检查设置或 SYNC_CATEGORIES。/ No discussion category "${wanted}".`,
      );
    }
    let after = null;
    do {
      const data = await request(DISCUSSIONS_QUERY, { owner, name, categoryId: category.id, after });
      const page = data.repository.discussions;
      discussions.push(...page.nodes.map(toSnapshotDiscussion));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
  }
  discussions.sort((a, b) => a.number - b.number);
  return { version: SNAPSHOT_VERSION, syncedAt: now().toISOString(), repository, categories, discussions };
}

/** @param {any} node @returns {SnapshotDiscussion} */
export function toSnapshotDiscussion(node) {
  /** @type {Record<string, number>} */
  const reactions = {};
  for (const group of node.reactionGroups ?? []) {
    if (group.reactors.totalCount > 0) reactions[group.content] = group.reactors.totalCount;
  }
  const comments = node.comments.nodes ?? [];
  const posts = comments.flatMap((/** @type {any} */ c) => [toPost(c), ...(c.replies.nodes ?? []).map(toPost)]);
  return {
    number: node.number,
    title: node.title,
    url: node.url,
    createdAt: node.createdAt,
    author: login(node.author),
    category: node.category.name,
    term: TERM.test(node.title) ? node.title : null,
    comments: node.comments.totalCount,
    replies: comments.reduce((/** @type {number} */ sum, /** @type {any} */ c) => sum + c.replies.totalCount, 0),
    reactions,
    poll: node.poll
      ? {
          question: node.poll.question,
          totalVotes: node.poll.totalVoteCount,
          options: node.poll.options.nodes.map((/** @type {any} */ o) => ({
            option: o.option,
            votes: o.totalVoteCount,
          })),
        }
      : null,
    posts,
  };
}

/** @param {any} post @returns {SnapshotPost} */
const toPost = (post) => ({
  date: post.createdAt,
  author: login(post.author),
  text: String(post.bodyText ?? '').slice(0, TEXT_LIMIT),
});

/** Deleted accounts come back as `author: null`; GitHub shows them as "ghost". */
const login = (/** @type {{ login: string } | null} */ author) => author?.login ?? 'ghost';
