/**
 * The rule for an entry's id, which is its file name and part of its URL:
 * lowercase ASCII words joined by hyphens, so no Chinese title ever becomes a
 * percent-encoded address. Here, below the model, because browser code checks
 * ids too (a member's archive id on 我的学习) and must not load the model.
 */
import type { Pattern } from '../model/fields';

export const ID_PATTERN: Pattern = {
  // Not digits only: /articles/2/ is page 2 of the list.
  source: '^(?!\\d+$)[a-z0-9]+(?:-[a-z0-9]+)*$',
  message:
    '只能使用小写英文字母、数字和连字符，且不能全是数字，如 party-dues-2026 / only lowercase a–z, 0–9 and hyphens, not digits only',
};
