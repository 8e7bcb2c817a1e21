/** File sizes and kinds as a reader sees them next to a download link. */

const UNITS = ['KB', 'MB', 'GB'] as const;

/** 512 → '512 B', 1536 → '1.5 KB', 1048576 → '1.0 MB': one decimal below 10, whole numbers above. */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`Not a file size: ${bytes}`);
  if (bytes < 1024) return `${bytes} B`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = value < 10 ? value.toFixed(1) : String(Math.round(value));
  // 1023.6 KB rounds to "1024 KB": say 1.0 MB instead.
  if (rounded === '1024' && unit < UNITS.length - 1) return `1.0 ${UNITS[unit + 1]}`;
  return `${rounded} ${UNITS[unit]}`;
}

/** Lowercase extension without the dot: '/uploads/a/Book.PDF' → 'pdf'; '' when there is none. */
export function fileExtension(path: string): string {
  const name = path.split(/[?#]/)[0]!.split('/').pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export type FileKind =
  | 'pdf'
  | 'image'
  | 'video'
  | 'audio'
  | 'slides'
  | 'document'
  | 'sheet'
  | 'archive'
  | 'captions'
  | 'other';

const KINDS: Record<string, FileKind> = {
  pdf: 'pdf',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
  svg: 'image',
  mp4: 'video',
  webm: 'video',
  mp3: 'audio',
  m4a: 'audio',
  ogg: 'audio',
  ppt: 'slides',
  pptx: 'slides',
  doc: 'document',
  docx: 'document',
  xls: 'sheet',
  xlsx: 'sheet',
  zip: 'archive',
  vtt: 'captions',
};

export function fileKind(path: string): FileKind {
  return KINDS[fileExtension(path)] ?? 'other';
}

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  vtt: 'text/vtt',
};

/** MIME type for `type` attributes of <source> and <object>; undefined when unknown. */
export function mimeType(path: string): string | undefined {
  return MIME[fileExtension(path)];
}
