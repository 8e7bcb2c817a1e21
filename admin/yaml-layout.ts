/**
 * Writes new data into an existing YAML text, changing only what changed:
 * unchanged values keep their node (quoting, comments, list indentation), keys
 * keep the file's order, new keys go at the end of their mapping, items removed
 * from a list are removed. Used for every YAML file the CMS saves after an
 * edit (entry-formats.ts), so that a reviewer sees the edit and nothing else.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Pair } from 'yaml';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

const keyOf = (pair: Pair) => String(isScalar(pair.key) ? pair.key.value : pair.key);

/** The order keys have in a list's existing items (type, stem, options …), for a new item to follow. */
function siblingKeyOrder(items: readonly unknown[]): string[] {
  const order: string[] = [];
  for (const item of items) {
    if (!isMap(item)) continue;
    for (const pair of item.items) if (!order.includes(keyOf(pair))) order.push(keyOf(pair));
  }
  return order;
}

/** A new list item with its keys in its siblings' order; keys they lack come last. */
function inOrder(item: unknown, order: readonly string[]): unknown {
  if (!isRecord(item)) return item;
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.fromEntries(Object.entries(item).sort(([a], [b]) => rank(a) - rank(b)));
}

function applied(doc: Document, node: unknown, value: unknown): unknown {
  if (isScalar(node) && !isRecord(value) && !Array.isArray(value)) {
    return node.value === value ? node : doc.createNode(value);
  }
  if (isMap(node) && isRecord(value)) {
    const keys = Object.keys(value).filter((key) => value[key] !== undefined);
    node.items = node.items.filter((pair) => keys.includes(keyOf(pair)));
    for (const key of keys) {
      const pair = node.items.find((p) => keyOf(p) === key);
      if (pair) pair.value = applied(doc, pair.value, value[key]);
      else node.items.push(doc.createPair(key, value[key]));
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    const order = siblingKeyOrder(node.items);
    node.items = value.map((item, i) =>
      i < node.items.length ? applied(doc, node.items[i], item) : doc.createNode(inOrder(item, order)),
    );
    return node;
  }
  return doc.createNode(value);
}

/** The text's own list style: `key:\n  - item` (indented) or `key:\n- item`. */
const indentsLists = (text: string) => !/^[^\s#][^\n]*:[ \t]*\n- /m.test(text);

export function withDataApplied(source: string, data: Record<string, unknown>): string {
  const doc = parseDocument(source);
  doc.contents = applied(doc, doc.contents, data) as typeof doc.contents;
  return doc.toString({ indentSeq: indentsLists(source) });
}
