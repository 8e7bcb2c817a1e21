// @ts-check
/**
 * The images a member adds to a 思想汇报 or 征文 (docs/branch-service.md,
 * 思想汇报和征文稿件): at most a few per piece, each already scaled down by the
 * page, sent on their own (one request per image, with their own size limit),
 * kept in the database beside the piece. Only the author reads them, and the
 * editors once the piece is submitted (each read audited); never public. They
 * go when the piece is published: by then the editor has put them in the CMS
 * entry (submissions.mjs `published`).
 *
 * Retries: each upload carries the page's request id; the same request again
 * answers with the image stored the first time and stores nothing.
 */
import { REQUEST_ID, sha256 } from './codes.mjs';
import { readBytes, refuse } from './http.mjs';
import { audit, inTransaction } from './store.mjs';

/** The page says the same (src/lib/branch/submission-images.ts). */
export const IMAGE_LIMITS = Object.freeze({ perPiece: 3, bytes: 500 * 1024 });
/** What the page's scaling produces. Checked by the first bytes too: the declared type alone proves nothing. */
const SIGNATURES = {
  'image/jpeg': (/** @type {Buffer} */ b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (/** @type {Buffer} */ b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};
const TYPES = Object.keys(SIGNATURES);
const EXTENSIONS = { 'image/jpeg': 'jpg', 'image/webp': 'webp' };
const EDITABLE = ['draft', 'returned'];

const TYPE_MESSAGE = '图片只能是 JPG 或 WebP 格式，请换一张照片或截图。';
const LARGE_MESSAGE = `每张图片最大 ${IMAGE_LIMITS.bytes / 1024} KB，请换一张小一些的。`;

/** @param {string} id @param {string} message */
function numeric(id, message) {
  if (!/^\d{1,9}$/.test(id)) throw refuse(404, 'no-image', message);
  return Number(id);
}

const noPiece = () => refuse(404, 'no-submission', '没有这篇稿件。');
const noImage = () => refuse(404, 'no-image', '没有这张图片。');

/** @param {any} row */
const described = (row) => ({ id: row.id, type: row.type, bytes: row.bytes });

/**
 * The images of these pieces, by piece id, oldest first (their numbers 1, 2, 3 in that order).
 * @param {Pick<import('./store.mjs').Pool, 'query'>} db @param {readonly number[]} pieceIds
 * @returns {Promise<Map<number, { id: number, type: string, bytes: number }[]>>}
 */
export async function imagesOf(db, pieceIds) {
  /** @type {Map<number, { id: number, type: string, bytes: number }[]>} */
  const byPiece = new Map(pieceIds.map((id) => [id, []]));
  if (pieceIds.length === 0) return byPiece;
  const { rows } = await db.query(
    `SELECT id, submission_id, type, octet_length(data) AS bytes FROM branch_submission_image
      WHERE submission_id = ANY($1::int[]) ORDER BY id`,
    [pieceIds],
  );
  for (const row of rows) byPiece.get(row.submission_id)?.push(described(row));
  return byPiece;
}

/**
 * @param {{ pool: import('./store.mjs').Pool }} options
 */
export function createSubmissionImages({ pool }) {
  /**
   * Stores one image on one of the caller's pieces that can still change.
   * @param {import('./auth.mjs').Principal} caller @param {string} pieceId
   * @param {import('node:http').IncomingMessage} req @param {string | null} requestId from the query
   */
  async function add(caller, pieceId, req, requestId) {
    if (!REQUEST_ID.test(requestId ?? '')) throw refuse(400, 'bad-request-id', '请求不完整，请刷新页面后再试。');
    const request = sha256(`submission-image\n${requestId}`);
    const piece = numeric(pieceId, '没有这篇稿件。');
    const { type, bytes } = await readBytes(req, TYPES, IMAGE_LIMITS.bytes, {
      type: TYPE_MESSAGE,
      large: LARGE_MESSAGE,
    });
    if (!SIGNATURES[/** @type {keyof SIGNATURES} */ (type)](bytes)) throw refuse(415, 'bad-type', TYPE_MESSAGE);
    return inTransaction(pool, async (client) => {
      const { rows: found } = await client.query(
        `SELECT status FROM branch_submission WHERE id = $1 AND account_id = $2 FOR UPDATE`,
        [piece, caller.accountId],
      );
      if (!found[0]) throw noPiece();
      // The same upload again (its answer was lost): the image stored the first time.
      const repeated = await client.query(
        `SELECT id, type, octet_length(data) AS bytes FROM branch_submission_image WHERE request_hash = $1 AND submission_id = $2`,
        [request, piece],
      );
      if (repeated.rows[0]) return described(repeated.rows[0]);
      if (!EDITABLE.includes(found[0].status))
        throw refuse(409, 'not-editable', '这篇稿件已经交给编辑，不能再添加图片；编辑退回后可以修改。');
      const { rows: count } = await client.query(
        `SELECT count(*)::int AS n FROM branch_submission_image WHERE submission_id = $1`,
        [piece],
      );
      if (count[0].n >= IMAGE_LIMITS.perPiece)
        throw refuse(429, 'too-many-images', `每篇稿件最多 ${IMAGE_LIMITS.perPiece} 张图片，请先删掉一张再添加。`);
      const { rows } = await client.query(
        `INSERT INTO branch_submission_image (submission_id, type, data, request_hash) VALUES ($1, $2, $3, $4)
         RETURNING id, type, octet_length(data) AS bytes`,
        [piece, type, bytes, request],
      );
      return described(rows[0]);
    });
  }

  /**
   * One image with its piece, or "not found" (another member's piece is not found either).
   * @param {string} pieceId @param {string} imageId @param {string} where extra condition on the piece `s`
   * @param {unknown[]} values for `where`, from $3
   */
  async function find(pieceId, imageId, where, values) {
    const piece = numeric(pieceId, '没有这张图片。');
    const { rows } = await pool.query(
      `SELECT i.type, i.data, s.status,
              (SELECT count(*) FROM branch_submission_image o WHERE o.submission_id = s.id AND o.id <= i.id)::int AS n
         FROM branch_submission_image i JOIN branch_submission s ON s.id = i.submission_id
        WHERE i.id = $1 AND s.id = $2 AND ${where}`,
      [numeric(imageId, '没有这张图片。'), piece, ...values],
    );
    if (!rows[0]) throw noImage();
    return rows[0];
  }

  /** The author's own image. @param {import('./auth.mjs').Principal} caller @param {string} pieceId @param {string} imageId */
  async function own(caller, pieceId, imageId) {
    const row = await find(pieceId, imageId, 's.account_id = $3', [caller.accountId]);
    return { type: row.type, bytes: row.data };
  }

  /**
   * Removes one of the author's images while the piece can still change; removing it again is no error.
   * @param {import('./auth.mjs').Principal} caller @param {string} pieceId @param {string} imageId
   */
  async function remove(caller, pieceId, imageId) {
    return inTransaction(pool, async (client) => {
      const { rows } = await client.query(
        `SELECT status FROM branch_submission WHERE id = $1 AND account_id = $2 FOR UPDATE`,
        [numeric(pieceId, '没有这篇稿件。'), caller.accountId],
      );
      if (!rows[0]) throw noPiece();
      if (!EDITABLE.includes(rows[0].status))
        throw refuse(409, 'not-editable', '这篇稿件已经交给编辑，不能再修改；编辑退回后可以修改。');
      await client.query(`DELETE FROM branch_submission_image WHERE id = $1 AND submission_id = $2`, [
        numeric(imageId, '没有这张图片。'),
        Number(pieceId),
      ]);
      return { removed: true };
    });
  }

  /**
   * An image of a submitted piece for an editor, as a download named by the piece and its number; audited.
   * @param {import('./auth.mjs').Principal} caller @param {string} pieceId @param {string} imageId
   */
  async function forEditor(caller, pieceId, imageId) {
    const row = await find(pieceId, imageId, "s.status <> 'draft'", []);
    await audit(pool, caller.accountId, 'submission-image-read', `${Number(pieceId)}/${Number(imageId)}`);
    const extension = EXTENSIONS[/** @type {keyof EXTENSIONS} */ (row.type)];
    return { type: row.type, bytes: row.data, filename: `submission-${Number(pieceId)}-${row.n}.${extension}` };
  }

  return { add, own, remove, forEditor };
}
