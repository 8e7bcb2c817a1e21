/**
 * The images of the piece in the submission form (<branch-submissions>): the
 * ones the service keeps and the ones not yet sent, each as a thumbnail with
 * 删除. A new image is scaled down in the browser and stays on the page until
 * the service has it; each carries its own request id, so sending it again
 * after a lost answer never stores it twice.
 */
import { callBranch, fetchBranchFile, newRequestId, type BranchResult } from '../../lib/branch/api';
import {
  IMAGE_LIMITS,
  acceptedImage,
  imageRoutes,
  kilobytes,
  readImages,
  type StoredImage,
} from '../../lib/branch/submission-images';
import { scaleImage } from './scale-image';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A thumbnail's address: a data: URL, which the site's policy allows for images (blob: it does not). */
const dataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });

type Item =
  | { kind: 'stored'; image: StoredImage; url: string | undefined }
  | { kind: 'unsent'; blob: Blob; requestId: string; url: string };

export class SubmissionImageList {
  #items: Item[] = [];
  /** The piece the stored images belong to. */
  #piece: number | null = null;

  readonly list: HTMLElement;
  readonly server: string;
  readonly t: Translate;
  /** Says a problem (or nothing) where the form says its problems. */
  readonly say: (text: string) => void;
  /** The session token at the moment of a click (the member may have signed in since the list was drawn). */
  readonly token: () => string | undefined;

  constructor(options: Pick<SubmissionImageList, 'list' | 'server' | 't' | 'say' | 'token'>) {
    this.list = options.list;
    this.server = options.server;
    this.t = options.t;
    this.say = options.say;
    this.token = options.token;
  }

  get hasUnsent() {
    return this.#items.some((item) => item.kind === 'unsent');
  }

  /** Forgets every image (a new piece, or signing out on a shared phone). */
  clear() {
    this.#items = [];
    this.#piece = null;
    this.#render();
  }

  /**
   * Shows what the service keeps for `piece`: thumbnails already on the page stay, the
   * others are fetched; images not yet sent stay (they belong to the piece in the form:
   * another piece is put there only after `clear`).
   */
  async sync(piece: number, stored: readonly StoredImage[], token: string) {
    if (this.#piece !== null && piece !== this.#piece) this.clear();
    this.#piece = piece;
    const known = new Map(
      this.#items.flatMap((item) => (item.kind === 'stored' ? [[item.image.id, item] as const] : [])),
    );
    const unsent = this.#items.filter((item) => item.kind === 'unsent');
    this.#items = [
      ...stored.map((image): Item => known.get(image.id) ?? { kind: 'stored', image, url: undefined }),
      ...unsent,
    ];
    this.#render();
    for (const item of this.#items) {
      if (item.kind !== 'stored' || item.url) continue;
      const file = await fetchBranchFile(this.server, imageRoutes.own(piece, item.image.id), token);
      if (file.ok && this.#items.includes(item)) item.url = await dataUrl(file.data);
    }
    this.#render();
  }

  /** Takes a file the member chose: true when it is on the page now (to be sent), false with the reason said. */
  async add(file: File): Promise<boolean> {
    if (this.#items.length >= IMAGE_LIMITS.perPiece) {
      this.say(this.t('submission.images.tooMany', { max: IMAGE_LIMITS.perPiece }));
      return false;
    }
    if (!acceptedImage(file.type)) {
      this.say(this.t('submission.images.wrongType'));
      return false;
    }
    const blob = await scaleImage(file);
    if (!blob) {
      this.say(this.t('submission.images.unreadable', { max: kilobytes(IMAGE_LIMITS.bytes) }));
      return false;
    }
    this.say('');
    this.#items.push({ kind: 'unsent', blob, requestId: newRequestId(), url: await dataUrl(blob) });
    this.#render();
    return true;
  }

  /** Sends the images not yet sent to `piece`, one request each; stops at the first failure, which it answers. */
  async send(piece: number, token: string): Promise<BranchResult<unknown>> {
    this.#piece = piece;
    for (const item of this.#items) {
      if (item.kind !== 'unsent') continue;
      const answer = await callBranch<unknown>(this.server, imageRoutes.add(piece, item.requestId), {
        body: item.blob,
        token,
      });
      if (!answer.ok) return answer;
      const [image] = readImages([answer.data]);
      if (!image) return { ok: false, problem: { kind: 'unreachable' } };
      // The thumbnail stays: the same picture, now kept by the service.
      this.#items[this.#items.indexOf(item)] = { kind: 'stored', image, url: item.url };
    }
    this.#render();
    return { ok: true, data: undefined };
  }

  async #remove(item: Item, token: string | undefined) {
    if (item.kind === 'stored') {
      if (this.#piece === null || !token) return this.say(this.t('submission.expired'));
      const answer = await callBranch<unknown>(this.server, imageRoutes.remove(this.#piece, item.image.id), {
        body: {},
        token,
      });
      if (!answer.ok)
        return this.say(
          answer.problem.kind === 'refused'
            ? this.t('submission.refused', { message: answer.problem.message })
            : this.t('submission.images.removeUnreachable'),
        );
    }
    this.#items = this.#items.filter((other) => other !== item);
    this.say('');
    this.#render();
  }

  /** Each image as a thumbnail, its number and size (or that it is not saved yet) and 删除. */
  #render() {
    this.list.hidden = this.#items.length === 0;
    this.list.replaceChildren(
      ...this.#items.map((item, index) => {
        const li = document.createElement('li');
        const name = this.t('submission.images.name', { n: index + 1 });
        if (item.url) li.append(Object.assign(document.createElement('img'), { src: item.url, alt: name }));
        const bytes = item.kind === 'stored' ? item.image.bytes : item.blob.size;
        const status = item.kind === 'stored' ? '' : ` · ${this.t('submission.images.unsent')}`;
        const remove = Object.assign(document.createElement('button'), {
          type: 'button',
          className: 'button',
          textContent: this.t('submission.images.remove'),
        });
        remove.setAttribute('aria-label', `${this.t('submission.images.remove')}：${name}`);
        remove.addEventListener('click', () => void this.#remove(item, this.token()));
        li.append(
          Object.assign(document.createElement('span'), { textContent: `${name} · ${kilobytes(bytes)}${status}` }),
          remove,
        );
        return li;
      }),
    );
  }
}
