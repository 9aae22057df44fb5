import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** What the check needs of the page's document (e2e code has no DOM types). */
type Animated = { document: { getAnimations(): { playState: string }[] } };

/** WCAG 2.2 level A and AA, as issue 18 asks. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const failingImpacts = new Set(['serious', 'critical']);
// A page is checked once its address has stayed the same this long (it has rendered its data).
const settleMs = 700;

/**
 * Runs axe on every page a journey visits: each time the address changes and then stays put,
 * and once more at the end. Serious and critical violations fail the test, with the page, the
 * rule and the elements. Runs one at a time; a run cut short by the next navigation is skipped.
 */
function watchAccessibility(page: Page) {
  const found: string[] = [];
  let chain: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    chain = chain.then(async () => {
      if (page.isClosed()) return;
      const url = new URL(page.url());
      if (url.protocol === 'about:') return;
      try {
        // Not halfway through a transition (a dialog fading in has no contrast of its own yet).
        await page
          .waitForFunction(
            () =>
              (globalThis as unknown as Animated).document
                .getAnimations()
                .every((animation) => animation.playState !== 'running'),
            null,
            { timeout: 2_000 },
          )
          .catch(() => undefined);
        const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
        for (const violation of results.violations) {
          if (!failingImpacts.has(violation.impact ?? '')) continue;
          const targets = violation.nodes.map((node) => node.target.join(' ')).slice(0, 5);
          const line = `${url.pathname}${url.search}: ${violation.id} (${violation.impact}) ${violation.help} — ${targets.join(', ')}`;
          if (!found.includes(line)) found.push(line);
        }
      } catch {
        // The page navigated or closed while axe ran: the next page gets its own run.
      }
    });
  };
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    clearTimeout(timer);
    timer = setTimeout(check, settleMs);
  });
  return {
    async finish(): Promise<string[]> {
      clearTimeout(timer);
      check();
      await chain;
      return found;
    },
  };
}

/** Playwright's `test` whose `page` is checked with axe (above). */
export const test = base.extend({
  page: async ({ page }, use) => {
    // No fades: axe would judge a dialog's colours halfway through its opening transition.
    await page.addInitScript({
      content: `document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = '*, *::before, *::after { transition-duration: 0s !important; animation-duration: 0s !important; }';
        document.head.append(style);
      });`,
    });
    const accessibility = watchAccessibility(page);
    await use(page);
    expect(await accessibility.finish(), 'serious or critical axe violations').toEqual([]);
  },
});
