/**
 * Types Chinese the way a Pinyin input method does: for each word, a composition
 * of the Latin letters (the "dang fei" underline) then the committed characters,
 * through Chromium's own input pipeline (CDP Input.imeSetComposition/insertText),
 * so editors that mishandle composition events fail here as they would for a user.
 */
import type { Page } from '@playwright/test';

/** Pairs of [pinyin typed, characters committed]; plain ASCII pieces use an empty pinyin. */
const WORD_PAUSE_MS = 100;

export type ImeWords = readonly (readonly [string, string])[];

export async function typeWithIme(page: Page, words: ImeWords): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (const [pinyin, text] of words) {
      for (let i = 1; i <= pinyin.length; i += 1) {
        const partial = pinyin.slice(0, i);
        await cdp.send('Input.imeSetComposition', {
          text: partial,
          selectionStart: partial.length,
          selectionEnd: partial.length,
        });
      }
      await cdp.send('Input.insertText', { text });
      // A person picks the next word after a moment; the rich-text editor settles
      // each composition asynchronously, as it does for real typing.
      await page.waitForTimeout(WORD_PAUSE_MS);
    }
  } finally {
    await cdp.detach();
  }
}

/** The text an IME word list commits. */
export const committedText = (words: ImeWords) => words.map(([, text]) => text).join('');
