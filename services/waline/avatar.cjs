// @ts-check
/** Avatars without a request: Waline's `avatarUrl` setting (policy.cjs) calls this for every comment and account. */

const AVATAR_COLOURS = ['#b71c1c', '#8d3b00', '#33691e', '#00695c', '#1a4f8b', '#4a3c8c', '#6d4c41', '#37474f'];

/**
 * A letter avatar as a data: URL (no request): the first character of the
 * nickname on a colour chosen from the nickname. Whole code points, so a
 * nickname starting with an emoji does not break the encoding.
 * @param {{ nick?: string }} comment
 */
function letterAvatar(comment) {
  const nick = String(comment?.nick ?? '').trim();
  const letter = [...nick][0] ?? '?';
  let hash = 0;
  for (const char of nick) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  const colour = AVATAR_COLOURS[hash % AVATAR_COLOURS.length];
  const escaped = letter.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" rx="6" fill="${colour}"/>` +
    `<text x="20" y="27" font-size="20" text-anchor="middle" fill="#fff" font-family="sans-serif">${escaped}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

module.exports = { letterAvatar };
