import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { restoreDraft, serializeDraft } from '../src/report/restore';
import type { Draft } from '../src/report/schema';

/** Clicks “保存草稿文件” and returns the downloaded file's path. */
export async function saveDraftFile(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存草稿文件' }).first().click();
  const file = await download;
  const where = await file.path();
  expect(where).toBeTruthy();
  return where;
}

/** A saved draft file read back through the app's one way in. */
export function readDraft(file: string): Draft {
  const r = restoreDraft(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(r.findings.map((f) => f.message).join(' '));
  return r.draft;
}

/** Writes a draft as a file with that name in a fresh temporary folder. */
export function writeDraft(name: string, draft: Draft): string {
  const dir = path.join(os.tmpdir(), `review-e2e-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const file = path.join(dir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, serializeDraft(draft));
  return file;
}

/** Opens a draft file in review mode (#/review). */
export async function openForReview(page: Page, file: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto('./#/review');
  await page.getByLabel('打开要审核的草稿文件').setInputFiles(file);
  await expect(page.getByRole('heading', { level: 1, name: /^审核：/ })).toBeVisible();
}
