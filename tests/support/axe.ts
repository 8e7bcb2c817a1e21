/**
 * axe-core on a Playwright page, WCAG 2.0/2.1 A and AA rules, one readable line
 * per failing element: `[mode] page rule (impact): element — what is wrong`.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function axeViolations(page: Page, label: string, { enhancedContrast = false } = {}): Promise<string[]> {
  // Legacy mode runs axe inside the page itself: the site's only frames are its own
  // PDFs and the Giscus thread (a third party's), and the default mode opens an
  // extra page for every analysis, which triples the time.
  const builder = new AxeBuilder({ page }).setLegacyMode().options({
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
    // High contrast promises 7:1 for text: the AAA contrast rule holds it to that.
    ...(enhancedContrast ? { rules: { 'color-contrast-enhanced': { enabled: true } } } : {}),
  });
  const { violations } = await builder.analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const why = (node.failureSummary ?? '').split('\n').slice(1, 2).join('').trim();
      return `${label} ${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${why}`;
    }),
  );
}
