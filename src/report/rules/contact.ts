import type { Finding } from '../findings';
import { metaLabel } from '../layout/meta-fields';
import type { Draft } from '../schema';

/** R5 for 基本信息: contact details that look mistyped (warnings; blank is C1's business). */
export function contactFindings(draft: Draft): Finding[] {
  const out: Finding[] = [];
  const { contact } = draft.meta;
  const postcode = contact.postcode?.trim() ?? '';
  if (postcode !== '' && !/^\d{6}$/.test(postcode)) {
    out.push({
      rule: 'R5',
      severity: 'warning',
      path: 'meta.contact.postcode',
      message: `${metaLabel('meta.contact.postcode')}应为 6 位数字，现为“${postcode}”。`,
    });
  }
  const email = contact.email?.trim() ?? '';
  if (email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    out.push({
      rule: 'R5',
      severity: 'warning',
      path: 'meta.contact.email',
      message: `${metaLabel('meta.contact.email')}的格式不正确，现为“${email}”。`,
    });
  }
  return out;
}
