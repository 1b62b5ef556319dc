import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../chromium';
import { matrixWorkFigures } from './figures/matrix';
import { startPreview } from './preview-server';
const { base, stop } = await startPreview(4315);
const browser = await chromium.launch(CHROMIUM_LAUNCH);
for (let i = 0; i < 3; i++) console.log((await matrixWorkFigures(browser, base)).map((f) => `${f.name} ${f.value.toFixed(3)}`).join('  '));
await browser.close(); stop();
