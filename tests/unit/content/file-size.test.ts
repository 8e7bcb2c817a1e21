import { describe, expect, it } from 'vitest';
import { fileExtension, fileKind, formatFileSize, mimeType } from '../../../src/lib/content/file-size';

describe('formatFileSize', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [1023, '1023 B'],
    [1024, '1.0 KB'],
    [1536, '1.5 KB'],
    [10 * 1024, '10 KB'],
    [24_576, '24 KB'],
    [1_048_064, '1.0 MB'],
    [1_048_576, '1.0 MB'],
    [5_452_595, '5.2 MB'],
    [157_286_400, '150 MB'],
    [3 * 1024 ** 3, '3.0 GB'],
  ])('%i bytes → %s', (bytes, text) => expect(formatFileSize(bytes)).toBe(text));

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s', (bytes) => {
    expect(() => formatFileSize(bytes)).toThrow(`Not a file size: ${bytes}`);
  });
});

describe('file kinds', () => {
  it.each([
    ['/uploads/library/book.pdf', 'pdf', 'pdf', 'application/pdf'],
    ['/uploads/courseware/Slides.PPTX', 'pptx', 'slides', undefined],
    ['/uploads/courseware/chart.png', 'png', 'image', 'image/png'],
    ['/uploads/media/talk.mp4', 'mp4', 'video', 'video/mp4'],
    ['/uploads/media/talk.mp3', 'mp3', 'audio', 'audio/mpeg'],
    ['/uploads/media/talk.vtt', 'vtt', 'captions', 'text/vtt'],
    ['/uploads/a/archive.zip?v=2', 'zip', 'archive', undefined],
    ['/uploads/a/README', '', 'other', undefined],
    ['/uploads/a/.hidden', '', 'other', undefined],
  ])('%s', (path, extension, kind, mime) => {
    expect(fileExtension(path)).toBe(extension);
    expect(fileKind(path)).toBe(kind);
    expect(mimeType(path)).toBe(mime);
  });
});
