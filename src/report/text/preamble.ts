import { PARTS } from '../layout/parts';

export interface PreambleInput {
  readonly agencyName: string;
  readonly year: number;
  readonly website?: string | undefined;
  readonly contact: {
    readonly office?: string | undefined;
    readonly address?: string | undefined;
    readonly postcode?: string | undefined;
    readonly phone?: string | undefined;
    readonly email?: string | undefined;
  };
}

/** The six parts' names as the preamble lists them (headings without their numerals). */
const PART_NAMES = PARTS.map((p) => p.heading.replace(/^[一二三四五六]、/, '')).join('、');

/**
 * The preamble in the wording most published reports use: legal basis
 * (条例 and 国办公开办函〔2021〕30号), contents, statistical period, where it is
 * published and whom to contact. Empty contact details are left out.
 */
export function generatePreamble(m: PreambleInput): string {
  const agency = m.agencyName.trim() || '本机关';
  const sentences = [
    `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求，由${agency}编制。`,
    `全文包括${PART_NAMES}。`,
    `本报告所列数据的统计期限自${m.year}年1月1日起至${m.year}年12月31日止。`,
  ];
  const website = m.website?.trim();
  if (website) sentences.push(`本报告电子版可在${website}查阅或下载。`);
  const c = m.contact;
  const details = [
    c.address?.trim() && `地址：${c.address.trim()}`,
    c.postcode?.trim() && `邮编：${c.postcode.trim()}`,
    c.phone?.trim() && `电话：${c.phone.trim()}`,
    c.email?.trim() && `电子邮箱：${c.email.trim()}`,
  ].filter(Boolean);
  const office = c.office?.trim() || (details.length > 0 ? agency : '');
  if (office) {
    sentences.push(
      `如对本报告有疑问，请与${office}联系${details.length > 0 ? `（${details.join('，')}）` : ''}。`,
    );
  }
  return sentences.join('');
}
