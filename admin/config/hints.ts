/**
 * The help line under a CMS field: the model's hint, plus what an editor needs
 * and cannot see from the label (an image's recommended size).
 */
import type { Field } from '../../src/model/fields';

export const imageSizeText = (size: { width: number; height: number }) => `建议 ${size.width}×${size.height} 像素`;

export function fieldHint(field: Field): string | undefined {
  const size = field.kind === 'image' && field.size ? `${imageSizeText(field.size)}，JPG 或 PNG` : undefined;
  const parts = [field.hint, size].filter(Boolean);
  return parts.length > 0 ? parts.join('；') : undefined;
}
