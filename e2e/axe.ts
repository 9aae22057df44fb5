import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** What the check needs of the page's document (e2e code has no DOM types). */
type Animated = { document: { getAnimations(): { playState: string }[] } };

/** WCAG 2.2 level A and AA, as issue 18 asks. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const failingImpacts = new Set(['serious', 'critical']);
// A page is checked once its address has stayed the same this long (it has rendered its data).
const settleMs = 700;

/** The serious and critical violations of the page (or of `within` it) as it is now. */
async function violations(page: Page, within?: string): Promise<string[]> {
  const url = new URL(page.url());
  const builder = new AxeBuilder({ page }).withTags(wcagTags);
  const results = await (within === undefined ? builder : builder.include(within)).analyze();
  return results.violations
    .filter((violation) => failingImpacts.has(violation.impact ?? ''))
    .map((violation) => {
      // The element's opening tag names it where a generated id (mantine-…) would not.
      const targets = violation.nodes
        .slice(0, 5)
        .map((node) => `${node.target.join(' ')} ${node.html.slice(0, 120)}`);
      return `${url.pathname}${url.search}: ${violation.id} (${violation.impact}) ${violation.help} — ${targets.join(', ')}`;
    });
}

/**
 * Runs axe on every page a journey visits: each time the address changes and then stays put,
 * and once more at the end. Serious and critical violations fail the test, with the page, the
 * rule and the elements. Runs one at a time; a run cut short by the next navigation is skipped.
 */
function watchAccessibility(page: Page) {
  const found: string[] = [];
  let chain: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Queues a run of the page or of the part `within`; `strict`: its failure is the caller's
   * (else a navigation may cut it short).
   */
  const check = (strict = false, within?: string): Promise<string[]> => {
    const run = chain.then(async () => {
      if (page.isClosed()) return [];
      if (new URL(page.url()).protocol === 'about:') return [];
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
        const lines = await violations(page, within);
        for (const line of lines) if (!found.includes(line)) found.push(line);
        return lines;
      } catch (error) {
        // The page navigated or closed while axe ran: the next page gets its own run.
        if (strict) throw error;
        return [];
      }
    });
    chain = run.catch(() => undefined);
    return run;
  };
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    clearTimeout(timer);
    timer = setTimeout(() => void check(), settleMs);
  });
  return {
    check,
    async finish(): Promise<string[]> {
      clearTimeout(timer);
      await check();
      return found;
    },
  };
}

const watchers = new WeakMap<Page, ReturnType<typeof watchAccessibility>>();

/**
 * Runs axe on a part of the page as it is now (an open option list, say: the whole page would
 * count what it covers as targets too small), after the run under way: the serious and
 * critical violations, one line each. Only for the `page` of this file's `test`.
 */
export async function accessibilityViolations(page: Page, within: string): Promise<string[]> {
  const watcher = watchers.get(page);
  if (watcher === undefined) throw new Error('the page is not checked by e2e/axe.ts');
  return watcher.check(true, within);
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
    watchers.set(page, accessibility);
    await use(page);
    expect(await accessibility.finish(), 'serious or critical axe violations').toEqual([]);
  },
});
