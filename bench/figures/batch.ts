import type { Page } from 'playwright-core';
import { sampleDraft } from '../../src/report/fixtures/sample-draft';
import { setPath } from '../../src/report/paths';
import { serializeDraft } from '../../src/report/restore';
import type { Figure } from '../figure';
import { median } from '../stats';

/** batch_check_1000_ms: choose 1,000 draft files on the batch page → all checked and shown. */
export async function batchFigures(page: Page, baseUrl: string): Promise<Figure[]> {
  const files = Array.from({ length: 1000 }, (_, i) => ({
    name: `unit-${i}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(serializeDraft(setPath(sampleDraft(), 'proactive.licensing', i))),
  }));
  const runs: number[] = [];
  for (let r = 0; r < 3; r++) {
    await page.goto(`${baseUrl}#/batch`);
    const input = page.getByLabel('选择要检查的文件');
    const t0 = Date.now();
    await input.setInputFiles(files);
    await page.getByText('显示 1000 / 1000 个文件').waitFor({ timeout: 60_000 });
    runs.push(Date.now() - t0);
  }
  return [{ name: 'batch_check_1000_ms', value: median(runs) }];
}
