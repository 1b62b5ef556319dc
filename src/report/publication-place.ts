import type { PartId } from './layout/parts';
import { PARTS } from './layout/parts';

// 发布核对, on time and in place: what a government page says about itself (its publication
// date, the column it sits in, its title) against the rules — the report is published by
// 1月31日 of the next year (《政府信息公开条例》第五十条) or the local deadline set, in the
// 政府信息公开年报 column, titled “机关名称 + YYYY年政府信息公开工作年度报告” — and tables that
// could not be read because the page shows them only as images or only in a PDF attachment.

/** What the page says about itself (import/page-facts.ts reads it from the HTML). */
export interface PageFacts {
  /** Whether the page was HTML (a pasted text or a Word/PDF file has no such facts). */
  readonly isHtml: boolean;
  readonly pubDate?: string;
  readonly columnName?: string;
  readonly articleTitle?: string;
  readonly images: number;
  readonly pdfAttachments: readonly string[];
}

/** One observation: fine, a problem, or not known from the page. */
export interface PlaceNote {
  readonly topic: 'date' | 'column' | 'title' | 'tables';
  readonly state: 'ok' | 'problem' | 'unknown';
  readonly message: string;
}

/** The deadline the page is held to: the local one set, else 1月31日 of the next year. */
export interface PublicationDeadline {
  readonly date: string;
  readonly local: boolean;
}

export function statutoryDeadline(year: number): PublicationDeadline {
  return { date: `${year + 1}-01-31`, local: false };
}

/** A date as the page writes it (2027-01-25 10:00, 2027/1/25, 2027年1月25日) → YYYY-MM-DD, or ''. */
export function pageDate(text: string): string {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text);
  if (!m) return '';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return '';
  return t.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;
const chinese = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
const REPORT_TITLE = '政府信息公开工作年度报告';
const tableHeading = (part: PartId) => PARTS.find((p) => p.id === part)?.heading ?? part;

function dateNote(facts: PageFacts, deadline: PublicationDeadline): PlaceNote {
  const which = deadline.local ? '本地设定的期限' : '《条例》规定的期限';
  if (!facts.pubDate) {
    return {
      topic: 'date',
      state: 'unknown',
      message: facts.isHtml
        ? '页面没有标明发布时间（PubDate），无法判断是否按时发布，请查看网站上的发布日期。'
        : `核对的不是网页，无法读到发布时间；请查看网站上的发布日期（${which} ${chinese(deadline.date)}）。`,
    };
  }
  const date = pageDate(facts.pubDate);
  if (!date) {
    return {
      topic: 'date',
      state: 'unknown',
      message: `页面的发布时间“${facts.pubDate}”无法识别，请人工核对。`,
    };
  }
  const late = Math.round((Date.parse(date) - Date.parse(deadline.date)) / DAY_MS);
  return late > 0
    ? {
        topic: 'date',
        state: 'problem',
        message: `逾期发布：页面发布时间 ${chinese(date)}，晚于${which} ${chinese(deadline.date)}，逾期 ${late} 天。`,
      }
    : {
        topic: 'date',
        state: 'ok',
        message: `按时发布：页面发布时间 ${chinese(date)}，不晚于${which} ${chinese(deadline.date)}。`,
      };
}

function columnNote(facts: PageFacts): PlaceNote | null {
  if (!facts.isHtml) return null;
  const column = facts.columnName;
  if (!column) {
    return {
      topic: 'column',
      state: 'unknown',
      message: '页面没有标明所在栏目（ColumnName），请确认报告发布在政府信息公开年报栏目。',
    };
  }
  return /年报|年度报告/.test(column)
    ? { topic: 'column', state: 'ok', message: `所在栏目“${column}”。` }
    : {
        topic: 'column',
        state: 'problem',
        message: `所在栏目“${column}”不是政府信息公开年报栏目，年度报告应发布在政府信息公开专栏的“政府信息公开年报”栏目。`,
      };
}

function titleNote(facts: PageFacts, year: number, agency: string): PlaceNote | null {
  const title = facts.articleTitle?.trim();
  if (!title) return null;
  const form = `“${agency || '机关名称'}${year}年${REPORT_TITLE}”`;
  const problems = [
    title.includes(`${year}年`) ? '' : `没有写明报告年度“${year}年”`,
    title.includes(REPORT_TITLE) ? '' : `没有“${REPORT_TITLE}”`,
  ].filter(Boolean);
  return problems.length === 0
    ? { topic: 'title', state: 'ok', message: `标题“${title}”。` }
    : {
        topic: 'title',
        state: 'problem',
        message: `标题“${title}”${problems.join('，')}；通常写作${form}。`,
      };
}

function tableNotes(facts: PageFacts, tablesNotRead: readonly PartId[]): PlaceNote[] {
  if (tablesNotRead.length === 0) return [];
  const tables = tablesNotRead.map(tableHeading).join('、');
  const out: PlaceNote[] = [];
  if (facts.images > 0) {
    out.push({
      topic: 'tables',
      state: 'problem',
      message: `页面上没有读到表格（${tables}），页面有 ${facts.images} 张图片：表格可能只以图片发布，其中的数字无法核对，也不便于公众检索和无障碍阅读。`,
    });
  }
  if (facts.pdfAttachments.length > 0) {
    out.push({
      topic: 'tables',
      state: 'problem',
      message: `页面上没有读到表格（${tables}），表格可能只在 PDF 附件中：${facts.pdfAttachments.map((n) => `“${n}”`).join('、')}。请打开附件核对。`,
    });
  }
  return out;
}

/** Every note about where and when the report was published, and how its tables are shown. */
export function publicationPlaceNotes(input: {
  readonly facts: PageFacts;
  readonly year: number;
  readonly agency: string;
  readonly deadline: PublicationDeadline;
  readonly tablesNotRead: readonly PartId[];
}): PlaceNote[] {
  const { facts, year, agency, deadline, tablesNotRead } = input;
  return [
    dateNote(facts, deadline),
    columnNote(facts),
    titleNote(facts, year, agency),
    ...tableNotes(facts, tablesNotRead),
  ].filter((n): n is PlaceNote => n !== null);
}
