import { proseNumbers } from './prose-numbers';
import type { ProseNumber } from './prose-numbers';
import { appealFigure, PROSE_SUBJECTS } from './prose-subjects';
import type { ProseSubject, TableFigure } from './prose-subjects';

/**
 * The figures of tables 三 and 四 that prose states, read only where the subject of a number is
 * certain: `本年共收到政府信息公开申请 15 件`, `上年结转 3 件`, `予以公开 6 件，占 42.86%`,
 * `另有 5 件转结下年度`, `行政复议 2 件（维持 1 件、纠正 1 件）`, `行政诉讼 1 件`. A number with a
 * word between it and its subject that could change what it counts (同比增加, 其中…的, 网上,
 * another number, a comma), a list of subjects (`行政复议、行政诉讼共 3 件`), or last year's
 * figures (`上年收到申请 12 件`) is left alone. Linear in the text's length: one pass finds the
 * numbers, one the subject words; each number looks only at its neighbours.
 */

export interface ProseStatement {
  /** What the number counts. */
  readonly figure: TableFigure;
  readonly subject: ProseSubject;
  /** `count`: a number of cases; `share`: a percentage of the applications. */
  readonly kind: 'count' | 'share';
  readonly value: number;
  readonly decimals: number;
  /** The words that state it, as written. */
  readonly excerpt: string;
}

interface Word {
  readonly start: number;
  readonly end: number;
  readonly subject: ProseSubject;
  /** 未收到, 无上年结转, 没有…: a negated subject is not read. */
  readonly negated: boolean;
}

type Token = ({ readonly t: 'word' } & Word) | ({ readonly t: 'number' } & ProseNumber);

/** Subject words by their first character, longest first (the longest word at a place wins). */
const WORDS_BY_FIRST: ReadonlyMap<string, readonly { word: string; subject: ProseSubject }[]> = (() => {
  const map = new Map<string, { word: string; subject: ProseSubject }[]>();
  for (const subject of PROSE_SUBJECTS) {
    for (const word of subject.words) {
      const list = map.get(word[0] ?? '') ?? [];
      list.push({ word, subject });
      map.set(word[0] ?? '', list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.word.length - a.word.length);
  return map;
})();

const NEGATIONS = new Set(['未', '无', '不', '没']);

function subjectWords(text: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < text.length) {
    const hit = WORDS_BY_FIRST.get(text[i] ?? '')?.find((w) => text.startsWith(w.word, i));
    if (!hit) {
      i++;
      continue;
    }
    const before = text[i - 1] ?? '';
    const end = i + hit.word.length;
    out.push({ start: i, end, subject: hit.subject, negated: NEGATIONS.has(before) || text[i - 2] === '没' });
    i = end;
  }
  return out;
}

/** Where sentences end: a number and its subject are always in one sentence. */
const SENTENCE_END = new Set(['。', '！', '？', '!', '?']);
/** Where clauses end: the gap between a number and its subject never crosses one. */
const CLAUSE_END = new Set([...SENTENCE_END, '，', ',', '；', ';', '：', ':']);
const WHITE = /\s+/g;
/** A gap longer than this (white space not counted) is too far to tie a number to a word. */
const MAX_GAP = 16;

/** Words between a subject and its number that keep the number the subject's own total. */
const RECEIVED_GAP =
  /^了?(?:各类)?(?:(?:政府)?信息公开|依申请公开)?(?:申请)?(?:事项|件)?(?:共计?|合计|总计|累计)?(?:总数|数量?)?(?:为|达|有)?$/;
const OTHER_GAP =
  /^(?:的)?(?:(?:政府)?信息公开)?(?:申请|案件|案)?(?:继续办理|办理|处理)?(?:的)?(?:申请|案件)?(?:共计?|合计|总计|累计)?(?:总数|数量?)?(?:为|达|有)?$/;
/** Words between a count and its share: `6 件，占 42.86%`, `（占比 40%）`. */
const SHARE_GAP =
  /^[，,、（(]?(?:占(?:比)?(?:本年度?|全年)?(?:新收|收到|受理|办结|办理)?(?:申请)?(?:总数|总量)?(?:的)?(?:比例|比重)?(?:为|达)?|比例为|比重为|占比为?)?$/;
/** Words between a number and a subject written after it: `另有 5 件转结下年度`, `3 件为上年结转`. */
const AFTER_GAP = /^(?:为|已|系)?$/;
/** Before a number whose subject comes after it, only these may open its clause. */
const AFTER_OPENING = /^(?:其中|另有|另|尚有|还有|共有|有)?$/;
/**
 * Before the subject 收到申请 or 予以公开…, only these may open its clause: the report's own agency
 * and the whole year (`全市共受理`, `本年度我局收到`, `2025年共受理`: another year is refused by `namesOtherYear`). Anything else may narrow what is counted
 * (`区政府办代表区政府受理`, `属于国家秘密不予公开 1 件`).
 */
const WHOLE_OPENING =
  /^(?:\d{4}年度?|本年度?|全年|今年|年内|当年|报告期内|[我本全](?:局|委|办|院|厅|部|中心|机关|单位|部门|市|区|县|旗|镇|乡|街道|公司|会|所|站|队|处|科)|共|共计|合计|累计|总共|一共|依法|其中|另有|另|有|经审查|依申请)*$/;
/** Words before a subject that make its number a part of the figure, or another year's. */
const NARROWING =
  /的|涉及|关于|对|通过|网上|网络|信函|当面|传真|邮件|自然人|法人|企业|组织|上年|去年|上一年|前年|往年|以前|同期|同比|较/;
/** A subject's number that states a change, not the figure: `收到申请同比增加 3 件`. */
const CHANGE = /增|减|降|升|较|比|多|少|约|近|余|超|同/;
/** Joined subjects: `行政复议、行政诉讼`, `行政复议和行政诉讼`. */
const CONNECTORS = /^[、和及与或以]*$/;
const TOTAL_WORDS = /共|合计|总计|累计|均|各|分别/;
const YEAR = /(\d{4})\s*年/g;

function squeeze(s: string): string {
  return s.replace(WHITE, '');
}

/** Is there a clause break in text[from, to)? */
function crossesClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_END.has(text[i] ?? '')) return true;
  return false;
}

/** How far back a clause's opening is read (keeps the whole check linear). */
const MAX_OPENING = 30;

/** Where the clause holding `at` starts (at most MAX_OPENING characters back). */
function clauseStart(text: string, at: number, floor: number): number {
  const limit = Math.max(floor, at - MAX_OPENING);
  let i = at;
  while (i > limit && !CLAUSE_END.has(text[i - 1] ?? '')) i--;
  return i;
}

/** A clause opening that names another year than the report's (`2024年，` is a clause of its own). */
function namesOtherYear(opening: string, year: number | null): boolean {
  for (const m of opening.matchAll(YEAR)) if (Number(m[1]) !== year) return true;
  return false;
}

function gapOk(subject: ProseSubject, gap: string): boolean {
  if (gap.length > MAX_GAP || CHANGE.test(gap)) return false;
  if (subject.kind === 'received') return gap.includes('申请') && RECEIVED_GAP.test(gap);
  return OTHER_GAP.test(gap);
}

function openingOk(subject: ProseSubject, opening: string, year: number | null): boolean {
  if (namesOtherYear(opening, year) || NARROWING.test(opening)) return false;
  if (subject.kind === 'result' || subject.kind === 'received') return WHOLE_OPENING.test(opening);
  return true;
}

/** Statements in one sentence (tokens in order). */
function readSentence(
  text: string,
  tokens: readonly Token[],
  floor: number,
  year: number | null,
): ProseStatement[] {
  const out: ProseStatement[] = [];
  let appeal: ProseSubject | undefined; // the last 行政复议/行政诉讼 named: the subject of 维持/纠正
  let lastCount: { index: number; subject: ProseSubject; word: Word } | undefined;
  tokens.forEach((token, index) => {
    if (token.t === 'word') {
      if (token.subject.kind === 'appeal') appeal = token.subject;
      return;
    }
    if (token.kind === 'other') return;
    const prev = tokens[index - 1];
    const next = tokens[index + 1];
    if (token.kind === 'share') {
      const before = lastCount && lastCount.index === index - 1 ? lastCount : undefined;
      const word = before?.word ?? (prev?.t === 'word' ? prev : undefined);
      const from = before ? (tokens[index - 1]?.end ?? 0) : (word?.end ?? 0);
      if (!word || word.subject.kind !== 'result' || word.negated) return;
      if (crossesClause(text, from, token.start) && !before) return;
      if (!SHARE_GAP.test(squeeze(text.slice(from, token.start)))) return;
      if (
        !before &&
        !openingOk(word.subject, squeeze(text.slice(clauseStart(text, word.start, floor), word.start)), year)
      )
        return;
      const figure = word.subject.figure;
      if (figure)
        out.push({
          figure,
          subject: word.subject,
          kind: 'share',
          value: token.value,
          decimals: token.decimals,
          excerpt: text.slice(word.start, token.end),
        });
      return;
    }
    // A count: its subject written before it, or right after it.
    let word: Word | undefined;
    let start = token.start;
    let end = token.end;
    if (prev?.t === 'word' && !prev.negated && !crossesClause(text, prev.end, token.start)) {
      const gap = squeeze(text.slice(prev.end, token.start));
      const opening = squeeze(text.slice(clauseStart(text, prev.start, floor), prev.start));
      const before = tokens[index - 2];
      const listed =
        before?.t === 'word' &&
        !crossesClause(text, before.end, prev.start) &&
        (CONNECTORS.test(squeeze(text.slice(before.end, prev.start))) || TOTAL_WORDS.test(gap));
      if (gapOk(prev.subject, gap) && openingOk(prev.subject, opening, year) && !listed) {
        word = prev;
        start = prev.start;
      }
    }
    if (next?.t === 'word' && !next.negated && next.subject.kind !== 'received') {
      const gap = squeeze(text.slice(token.end, next.start));
      const opening = squeeze(text.slice(clauseStart(text, token.start, floor), token.start));
      if (AFTER_GAP.test(gap) && AFTER_OPENING.test(opening) && !crossesClause(text, token.end, next.start)) {
        if (word && word.subject !== next.subject) return; // two possible subjects: neither is certain
        word = next;
        end = next.end;
      }
    }
    if (!word) return;
    let figure = word.subject.figure;
    if (word.subject.kind === 'outcome') {
      if (!appeal?.groups || !word.subject.outcome) return;
      figure = appealFigure(appeal.groups, word.subject.outcome);
    }
    if (!figure) return;
    lastCount = { index, subject: word.subject, word };
    out.push({
      figure,
      subject: word.subject,
      kind: 'count',
      value: token.value,
      decimals: 0,
      excerpt: text.slice(start, end),
    });
  });
  return out;
}

/** Every figure of tables 三 and 四 that `text` states with a certain subject, in order. */
export function proseStatements(text: string, reportYear: number | null): ProseStatement[] {
  const tokens: Token[] = [
    ...subjectWords(text).map((w): Token => ({ t: 'word', ...w })),
    ...proseNumbers(text).map((n): Token => ({ t: 'number', ...n })),
  ].sort((a, b) => a.start - b.start);
  const out: ProseStatement[] = [];
  let sentence: Token[] = [];
  let floor = 0;
  let t = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !SENTENCE_END.has(text[i] ?? '')) continue;
    while (t < tokens.length && (tokens[t]?.start ?? 0) < i) sentence.push(tokens[t++] as Token);
    if (sentence.length > 0) out.push(...readSentence(text, sentence, floor, reportYear));
    sentence = [];
    floor = i + 1;
  }
  return out;
}
