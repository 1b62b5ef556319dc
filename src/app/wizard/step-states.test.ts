import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../report/empty-draft';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { setPath } from '../../report/paths';
import { checkDraft } from '../../report/rules/check-draft';
import { stepStates } from './step-states';

describe('stepStates', () => {
  it('marks an empty report as not started, except 基本信息 which has agency and year', () => {
    const draft = emptyDraft('甲', 2025);
    const s = stepStates(draft, checkDraft(draft));
    expect(s.basics).toBe('inProgress');
    expect(s.overview).toBe('notStarted');
    expect(s.applications).toBe('notStarted');
    expect(s.check).toBe('notStarted');
  });

  it('marks the complete example done and a broken column as an error of 三 and of 检查与提交', () => {
    const sample = sampleDraft();
    const done = stepStates(sample, checkDraft(sample));
    expect(done.overview).toBe('done');
    expect(done.applications).toBe('done');
    const broken = setPath(sample, 'applications.newReceived.natural', 41);
    const s = stepStates(broken, checkDraft(broken));
    expect(s.applications).toBe('error');
    expect(s.check).toBe('error');
    expect(s.proactive).toBe('done');
  });

  it('counts a part with some values as in progress', () => {
    const draft = setPath(emptyDraft('甲', 2025), 'overview.platform', '网站');
    expect(stepStates(draft, checkDraft(draft)).overview).toBe('inProgress');
  });
});
