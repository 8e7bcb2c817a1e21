/**
 * A local stand-in for GitHub's GraphQL endpoint: answers with recorded
 * responses from tests/fixtures/github/ and records every request, so the
 * sync script can be tested against real HTTP without the network.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './content';

export interface GraphqlRequest {
  headers: IncomingHttpHeaders;
  query: string;
  variables: Record<string, unknown>;
}

export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A recorded response, e.g. `fixture('comments-page-1')`. */
export const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/github', `${name}.json`), 'utf8'));

/**
 * The recorded conversation of a healthy repository: the category list, three
 * pages of "Comments", one page of "Polls", chosen by the cursor sent.
 */
export function recordedReply(request: GraphqlRequest): FakeReply {
  if (request.query.startsWith('query Categories')) return { body: fixture('categories') };
  if (request.variables.categoryId === 'DIC_kwDOPolls') return { body: fixture('polls-page-1') };
  const page = { '': 1, 'Y3Vyc29yOjE=': 2, 'Y3Vyc29yOjI=': 3 }[String(request.variables.after ?? '')];
  return { body: fixture(`comments-page-${page}`) };
}

export interface FakeGithub {
  url: string;
  requests: GraphqlRequest[];
  close(): Promise<void>;
}

/** Starts the fake on a free port; `reply` answers each request (its index counts from 0). */
export async function startFakeGithub(
  reply: (request: GraphqlRequest, index: number) => FakeReply,
): Promise<FakeGithub> {
  const requests: GraphqlRequest[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const parsed = JSON.parse(body) as { query: string; variables: Record<string, unknown> };
      const request = { headers: req.headers, query: parsed.query.trim(), variables: parsed.variables };
      requests.push(request);
      const answer = reply(request, requests.length - 1);
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}/graphql`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
