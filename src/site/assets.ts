/**
 * Uploaded files as a page shows them: link (with the base path), kind and the
 * real size, read from the file in `public/` at build time.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileExtension, fileKind, formatFileSize, mimeType, type FileKind } from '../lib/content/file-size';
import { href } from './paths';
import { t } from '../i18n/zh';

export interface AssetInfo {
  url: string;
  extension: string;
  kind: FileKind;
  kindLabel: string;
  mime?: string;
  bytes: number;
  size: string;
}

/** `publicPath` is the value stored in content, e.g. '/uploads/library/book.pdf'. */
export function assetInfo(publicPath: string): AssetInfo {
  const file = join(process.cwd(), 'public', decodeURI(publicPath));
  let bytes: number;
  try {
    bytes = statSync(file).size;
  } catch {
    throw new Error(
      `上传文件不存在 / Uploaded file not found: public${publicPath} — 请在内容管理后台重新上传，或改正路径 / upload it again or fix the path`,
    );
  }
  const kind = fileKind(publicPath);
  return {
    url: href(publicPath),
    extension: fileExtension(publicPath),
    kind,
    kindLabel: t(`files.kind.${kind}`),
    mime: mimeType(publicPath),
    bytes,
    size: formatFileSize(bytes),
  };
}
