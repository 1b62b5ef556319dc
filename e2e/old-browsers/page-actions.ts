/**
 * What a clerk does on a page, written against WalkPage with plain DOM calls inside the page
 * (no selector engines: puppeteer 5 has neither text nor role selectors).
 */
import type { WalkPage } from './walk-page';

export const WAIT_MS = 20_000;

/** Waits until the page shows this text somewhere (rendered, not hidden). */
export async function waitForText(page: WalkPage, text: string): Promise<void> {
  await page.waitForFunction((t: string) => document.body.innerText.includes(t), { timeout: WAIT_MS }, text);
}

/** Waits until the level-1 heading reads exactly this. */
export async function waitForHeading(page: WalkPage, text: string): Promise<void> {
  await page.waitForFunction(
    (t: string) => [...document.querySelectorAll('h1')].some((h) => h.textContent?.trim() === t),
    { timeout: WAIT_MS },
    text,
  );
}

/** Waits until the address ends with this hash route (a regular expression's source). */
export async function waitForHash(page: WalkPage, pattern: string): Promise<void> {
  await page.waitForFunction((p: string) => new RegExp(p).test(location.hash), { timeout: WAIT_MS }, pattern);
}

/** Clicks the enabled button or link whose text (or aria-label) is exactly `name`, inside `within`. */
export async function click(page: WalkPage, name: string, within = 'body'): Promise<void> {
  await page.waitForFunction(
    (n: string, w: string) => {
      const scope = document.querySelector(w);
      const el = [...(scope?.querySelectorAll('button, a, [role="button"]') ?? [])].find(
        (e) =>
          (e.textContent?.trim() === n || e.getAttribute('aria-label') === n) &&
          !(e as HTMLButtonElement).disabled,
      );
      if (!el) return false;
      (el as HTMLElement).click();
      return true;
    },
    { timeout: WAIT_MS },
    name,
    within,
  );
}

/** The id of the form control a visible label names. */
async function controlOf(page: WalkPage, label: string): Promise<string> {
  await page.waitForFunction(
    (l: string) =>
      [...document.querySelectorAll('label')].some((e) => e.textContent?.trim() === l && e.control),
    { timeout: WAIT_MS },
    label,
  );
  return page.evaluate((l: string) => {
    const control = [...document.querySelectorAll('label')].find((e) => e.textContent?.trim() === l)?.control;
    if (!control) return '';
    if (!control.id) control.id = `walk-${Math.random().toString(36).slice(2)}`;
    return control.id;
  }, label);
}

/** Types into the field a label names, as a person does (focus, select all, keys). */
export async function typeInto(page: WalkPage, label: string, text: string): Promise<void> {
  const id = await controlOf(page, label);
  await typeAtId(page, id, text);
}

/** Focuses the element with this id and waits until it is the field being edited (a table cell
 * shows its text until it gets focus, then becomes an input with the same id). */
async function focusField(page: WalkPage, id: string): Promise<void> {
  await page.waitForFunction((i: string) => document.getElementById(i), { timeout: WAIT_MS }, id);
  await page.evaluate((i: string) => document.getElementById(i)?.focus(), id);
  await page.waitForFunction(
    (i: string) => {
      const a = document.activeElement;
      return (a instanceof HTMLInputElement || a instanceof HTMLTextAreaElement) && a.id === i;
    },
    { timeout: WAIT_MS },
    id,
  );
}

/** Focuses the field (or table cell) with this id and types over what it holds. */
export async function typeAtId(page: WalkPage, id: string, text: string): Promise<void> {
  await focusField(page, id);
  await page.evaluate(() => (document.activeElement as HTMLInputElement).select());
  await page.keyboard.type(text);
}

/** Moves focus away from the field being typed in (as a clerk moving on). */
export async function leaveField(page: WalkPage): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Pastes tab-separated text into the focused table cell, as Excel or WPS put it on the clipboard. */
export async function pasteAtId(page: WalkPage, id: string, text: string): Promise<void> {
  await focusField(page, id);
  await page.evaluate((t: string) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    // Firefox copies the init's DataTransfer into an empty one: hand the page this one.
    if (event.clipboardData?.getData('text/plain') !== t)
      Object.defineProperty(event, 'clipboardData', { value: data });
    document.activeElement?.dispatchEvent(event);
  }, text);
}

/** Waits until the `<output>` of a computed cell shows this value. */
export async function waitForOutput(page: WalkPage, name: string, value: string): Promise<void> {
  await page.waitForFunction(
    (n: string, v: string) => document.querySelector(`output[name="${n}"]`)?.textContent?.trim() === v,
    { timeout: WAIT_MS },
    name,
    value,
  );
}

/** Chooses files in the file input this aria-label (or label) names. */
export async function chooseFiles(page: WalkPage, label: string, files: string[]): Promise<void> {
  await page.waitForFunction(
    (l: string) =>
      document.querySelector(`input[type="file"][aria-label="${l}"]`) ||
      [...document.querySelectorAll('label')].some((e) => e.textContent?.trim() === l && e.control),
    { timeout: WAIT_MS },
    label,
  );
  let input = await page.$(`input[type="file"][aria-label="${label}"]`);
  if (!input) input = await page.$(`[id="${await controlOf(page, label)}"]`);
  if (!input) throw new Error(`没有文件选择框“${label}”`);
  await input.uploadFile(...files);
}
