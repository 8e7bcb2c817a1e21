// @ts-check
/**
 * How often one address and one account may post. Waline's own check counts
 * the rows already written, so requests that arrive together all pass it
 * before any of them is written (ten at once: nine accepted). This one is
 * decided and recorded in one synchronous step, before anything is awaited,
 * so in the service's single process two requests can never both take the
 * same slot.
 */

/**
 * @param {{ seconds: number, now?: () => number }} options `seconds` 0 switches the limit off
 */
function createLimiter({ seconds, now = Date.now }) {
  /** @type {Map<string, number>} key → when its slot was taken */
  const taken = new Map();
  const windowMs = seconds * 1000;

  /** Forgets slots that have run out, so the map stays as small as the last window's posters. */
  function prune(time) {
    if (taken.size < 1000) return;
    for (const [key, at] of taken) if (time - at >= windowMs) taken.delete(key);
  }

  return {
    /**
     * Takes the slot of every key, or none: returns the release (for a post
     * that then failed), or the seconds to wait.
     * @param {string[]} keys
     * @returns {{ ok: true, release: () => void } | { ok: false, waitSeconds: number }}
     */
    take(keys) {
      if (windowMs <= 0) return { ok: true, release: () => {} };
      const time = now();
      prune(time);
      const busy = keys.map((key) => taken.get(key)).filter((at) => at !== undefined && time - at < windowMs);
      if (busy.length)
        return {
          ok: false,
          waitSeconds: Math.ceil((Math.max(...busy.map((at) => /** @type {number} */ (at))) + windowMs - time) / 1000),
        };
      for (const key of keys) taken.set(key, time);
      return {
        ok: true,
        release: () => {
          for (const key of keys) if (taken.get(key) === time) taken.delete(key);
        },
      };
    },
  };
}

module.exports = { createLimiter };
