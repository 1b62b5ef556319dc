import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * WCAG 2.1 A/AA violations on the page as it is now (empty when none). The 草稿 watermark
 * is left out: it is aria-hidden decoration, and WCAG 1.4.3 exempts such incidental text
 * from the contrast minimum (it is faint on purpose; the 草稿 banner says the same in words).
 */
export async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('.draft-watermark')
    .analyze();
  return result.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
}
