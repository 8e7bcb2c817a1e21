// @ts-check
/**
 * The branch service's HTTP conventions (docs/branch-service.md, 接口): JSON
 * answers in one envelope, refusals as BranchError with a status, a code and a
 * message for members, and request bodies that must be JSON (the service uses
 * no cookies, so a cross-site form can neither carry a session nor send JSON).
 */

export class BranchError extends Error {
  /** @param {number} status @param {string} code @param {string} message in Chinese, for members */
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** @param {number} status @param {string} code @param {string} message */
export const refuse = (status, code, message) => new BranchError(status, code, message);

/** The largest request body: a 5,000-character message or a 民主评议 of a large branch fits many times over. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The request's JSON body, or a refusal: 415 when it is not declared JSON, 413 when too large, 400 when not JSON.
 * @param {import('node:http').IncomingMessage} req @param {number} [maxBytes] a route's own limit (学习记录)
 * @returns {Promise<Record<string, unknown>>}
 */
export async function readJson(req, maxBytes = MAX_BODY_BYTES) {
  const type = String(req.headers['content-type'] ?? '');
  if (!/^application\/json\s*(;|$)/i.test(type)) throw refuse(415, 'not-json', '请求的格式不对，请刷新页面后再试。');
  const bytes = await readBody(req, maxBytes, '内容太长，请删减后再提交。');
  try {
    const body = JSON.parse(bytes.toString('utf8'));
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body;
  } catch {
    // answered below
  }
  throw refuse(400, 'bad-json', '请求的内容无法读取，请刷新页面后再试。');
}

/**
 * A request body of raw bytes (an image), or a refusal: 415 when its declared type is not one of `types`,
 * 413 when larger than `maxBytes` (its own limit: the JSON routes keep MAX_BODY_BYTES).
 * @param {import('node:http').IncomingMessage} req @param {readonly string[]} types @param {number} maxBytes
 * @param {{ type: string, large: string }} messages in Chinese, naming the limit
 * @returns {Promise<{ type: string, bytes: Buffer }>}
 */
export async function readBytes(req, types, maxBytes, messages) {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  if (!types.includes(type)) throw refuse(415, 'bad-type', messages.type);
  return { type, bytes: await readBody(req, maxBytes, messages.large) };
}

/**
 * The body's bytes, refused (413, `large`) as soon as it is known to exceed `maxBytes`: declared or counted.
 * @param {import('node:http').IncomingMessage} req @param {number} maxBytes @param {string} large
 */
async function readBody(req, maxBytes, large) {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw refuse(413, 'too-large', large);
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > maxBytes) throw refuse(413, 'too-large', large);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Headers every answer carries: any page may call (no cookies are used), nothing is cached, nothing is sniffed. */
const COMMON_HEADERS = {
  'access-control-allow-origin': '*',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

/** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body */
export function sendJson(res, status, body) {
  res.writeHead(status, { ...COMMON_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** @param {import('node:http').ServerResponse} res @param {unknown} data */
export const sendData = (res, data) => sendJson(res, 200, { ok: true, data });

/** @param {import('node:http').ServerResponse} res @param {BranchError} error */
export const sendRefusal = (res, error) =>
  sendJson(res, error.status, { ok: false, error: { code: error.code, message: error.message } });

/** A CSV download (UTF-8 with BOM, so spreadsheet programs read the Chinese). @param {import('node:http').ServerResponse} res @param {string} filename ASCII @param {string} csv */
export function sendCsv(res, filename, csv) {
  res.writeHead(200, {
    ...COMMON_HEADERS,
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${filename}"`,
  });
  res.end(`\uFEFF${csv}`);
}

/**
 * A stored file as it was sent (never run: no sniffing, no scripts even if opened directly).
 * @param {import('node:http').ServerResponse} res @param {string} type @param {Buffer} bytes @param {string} [filename] ASCII: sent as a download
 */
export function sendFile(res, type, bytes, filename) {
  res.writeHead(200, {
    ...COMMON_HEADERS,
    'content-type': type,
    'content-length': String(bytes.length),
    'content-security-policy': "default-src 'none'; sandbox",
    ...(filename ? { 'content-disposition': `attachment; filename="${filename}"` } : {}),
  });
  res.end(bytes);
}

/** The answer to a browser's preflight: JSON bodies and the Authorization header, GET and POST. @param {import('node:http').ServerResponse} res */
export function sendPreflight(res) {
  res.writeHead(204, {
    ...COMMON_HEADERS,
    'access-control-allow-methods': 'GET, POST',
    'access-control-allow-headers': 'authorization, content-type',
    'access-control-max-age': '600',
  });
  res.end();
}

/** One CSV field, quoted when it must be (RFC 4180), and never read as a formula by a spreadsheet. @param {unknown} value */
function csvField(value) {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** @param {readonly string[]} header @param {readonly (readonly unknown[])[]} rows */
export const toCsv = (header, rows) =>
  [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
