import { expect, test } from '@playwright/test';
import { storedDraft } from './storage-helpers';
import { createReport, draftIdOf, field, openStep } from './wizard-helpers';

// Control characters and lone surrogates never reach the form: removed as they are typed or
// pasted, not only when the draft is saved or read.

const PROSE = 'overview.proactive';

/** What a paste or an input method does: the field's value changes, one input event follows. */
async function inputRaw(page: import('@playwright/test').Page, path: string, value: string, caret: number) {
  return page.evaluate(
    ({ path, value, caret }) => {
      const el = document.getElementById(path) as HTMLTextAreaElement | HTMLInputElement;
      el.focus();
      // The prototype's setter, as the browser itself changes the value (React's own tracking
      // of the value must not see it, or no change event would follow).
      const proto =
        el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
      el.setSelectionRange(caret, caret);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      // Read at once, as the field's own handler does: nothing waits for a save.
      return { value: el.value, caret: el.selectionStart };
    },
    { path, value, caret },
  );
}

test('control characters and lone surrogates pasted into a field are removed as they arrive', async ({
  page,
}) => {
  await createReport(page, '某某县商务局', 2024);
  await openStep(page, '一、总体情况');
  const raw = '本年度\u0007主动\u0000公开\uD800信息\u001B 120 条。';
  const seen = await inputRaw(page, PROSE, raw, raw.length - 1);
  expect(seen.value).toBe('本年度主动公开信息 120 条。');
  // The caret stays before the last character, where it was.
  expect(seen.caret).toBe('本年度主动公开信息 120 条'.length);
  await expect(field(page, PROSE)).toHaveValue('本年度主动公开信息 120 条。');
  const id = draftIdOf(page);
  await expect
    .poll(async () => (await storedDraft(page, id))?.overview.proactive)
    .toBe('本年度主动公开信息 120 条。');

  // The agency name (the file name's source) the same; tab and newline in prose stay.
  await openStep(page, '基本信息');
  const name = await inputRaw(page, 'meta.agencyName', '某某县\u0008商务局', 4);
  expect(name.value).toBe('某某县商务局');
  await openStep(page, '一、总体情况');
  const kept = await inputRaw(page, PROSE, '第一段\n第二段\t完', 7);
  expect(kept.value).toBe('第一段\n第二段\t完');
});
