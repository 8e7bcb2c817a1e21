// @ts-check
/**
 * Text hygiene for what members write (comments, nicknames): characters that
 * change how text around them reads without showing themselves are removed,
 * and a member's nickname may not pose as the branch's officers.
 */

/**
 * Bidirectional controls (embeddings, overrides, isolates, marks) and
 * zero-width characters: they reorder or hide text (a right-to-left override
 * makes "gpj.exe" read "exe.jpg"; a zero-width space splits a forbidden word
 * or a reserved name). U+200D (zero-width joiner) is kept only between emoji,
 * where it builds one picture out of several.
 */
const INVISIBLE =
  /[\u061C\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u180E\u00AD]|(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/** @param {string} text */
const cleanText = (text) => text.replace(INVISIBLE, '');

/** The length a member sees: characters, not UTF-16 units (an emoji is one). @param {string} text */
const characterCount = (text) => [...text].length;

/** Words no member's nickname may contain: they belong to the administrators' badge and the branch's offices. */
const RESERVED_WORDS = ['管理员', '管理員', '书记', '書記', '支委', '版主', 'admin', 'administrator', 'moderator'];

/**
 * How a name compares: full-width and compatibility forms folded (NFKC), case
 * ignored, spaces, punctuation and invisible characters dropped, so "管 理 员",
 * "ＡＤＭＩＮ" and "管\u200B理员" all compare as what they read as.
 * @param {string} name
 */
const nameKey = (name) =>
  cleanText(name.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}\p{Cf}]/gu, '');

/**
 * Whether a member may not use `name`: it contains a reserved word, or reads
 * as one of `officers` (the administrators' and officers' display names).
 * @param {string} name @param {readonly string[]} officers
 */
function isReservedName(name, officers) {
  const key = nameKey(name);
  if (RESERVED_WORDS.some((word) => key.includes(nameKey(word)))) return true;
  return officers.some((officer) => nameKey(officer) !== '' && nameKey(officer) === key);
}

module.exports = { cleanText, characterCount, nameKey, isReservedName, RESERVED_WORDS };
