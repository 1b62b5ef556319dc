/**
 * The six fixed parts of the report, in order, with their verbatim headings,
 * and the prose fields each part holds (with the hint a clerk sees).
 */
export interface ProseFieldDef {
  /** Dotted draft path of the text. */
  readonly path: string;
  /** Sub-heading used in the published report (empty: printed without a heading). */
  readonly heading: string;
  /** Short label in the form. */
  readonly label: string;
  /** One line telling the clerk what belongs there. */
  readonly hint: string;
  readonly optional?: true;
  /** Words a published report may use for this sub-heading (importer). */
  readonly keywords?: readonly string[];
}

export type PartId = 'overview' | 'proactive' | 'applications' | 'appeals' | 'problems' | 'other';

export interface PartDef {
  readonly id: PartId;
  readonly numeral: string;
  readonly heading: string;
  /** The table of the part, when it has one. */
  readonly table?: 'proactive' | 'applications' | 'appeals';
  readonly prose: readonly ProseFieldDef[];
  /** Other wordings of the heading seen in published reports (importer). */
  readonly aliases?: readonly string[];
  /**
   * The heading's words (no numeral, no spaces or punctuation) as published reports vary them
   * (importer; a line must also carry a part numeral to be taken for the heading).
   */
  readonly wordsPattern?: RegExp;
}

export const PARTS = [
  {
    id: 'overview',
    numeral: '一',
    heading: '一、总体情况',
    prose: [
      {
        path: 'overview.summary',
        heading: '',
        label: '开篇概述（可选）',
        hint: '一两句话概括本年度政府信息公开工作的总体情况。',
        optional: true,
      },
      {
        path: 'overview.proactive',
        heading: '（一）主动公开',
        label: '主动公开',
        hint: '本年主动公开信息的数量、重点领域、政策解读和新闻发布等情况。',
        keywords: ['主动公开'],
      },
      {
        path: 'overview.onRequest',
        heading: '（二）依申请公开',
        label: '依申请公开',
        hint: '收到和办理政府信息公开申请的总体情况，与第三部分表格的数字一致。',
        keywords: ['依申请公开'],
      },
      {
        path: 'overview.management',
        heading: '（三）政府信息管理',
        label: '政府信息管理',
        hint: '公开属性认定、发布审查、规范性文件清理、目录动态调整等管理制度和做法。',
        keywords: ['政府信息管理', '信息管理'],
      },
      {
        path: 'overview.platform',
        heading: '（四）政府信息公开平台建设',
        label: '政府信息公开平台建设',
        hint: '政府网站、政务新媒体、政府公报、公开查阅点等平台的建设和维护情况。',
        keywords: ['平台建设', '公开平台'],
      },
      {
        path: 'overview.oversight',
        heading: '（五）监督保障',
        label: '监督保障',
        hint: '组织领导、工作考核、社会评议、培训和责任追究结果等情况。',
        keywords: ['监督保障', '监督'],
      },
    ],
  },
  { id: 'proactive', numeral: '二', heading: '二、主动公开政府信息情况', table: 'proactive', prose: [] },
  {
    id: 'applications',
    numeral: '三',
    heading: '三、收到和处理政府信息公开申请情况',
    table: 'applications',
    prose: [],
  },
  {
    id: 'appeals',
    numeral: '四',
    heading: '四、政府信息公开行政复议、行政诉讼情况',
    table: 'appeals',
    prose: [],
    aliases: [
      '四、政府信息公开申请行政复议、提起行政诉讼情况',
      '四、因政府信息公开申请行政复议、行政诉讼情况',
    ],
  },
  {
    id: 'problems',
    numeral: '五',
    heading: '五、存在的主要问题及改进情况',
    // Written out for a text run together on one line, where only literal headings are found.
    aliases: [
      '五、政府信息公开工作存在的主要问题及改进情况',
      '五、存在的主要问题及改进措施',
      '五、存在的主要问题及整改措施',
      '五、存在的不足及改进措施',
      '五、存在问题及改进措施',
    ],
    // 存在的主要问题及整改措施, 存在的不足及改进措施, 存在问题和下一步工作打算, 主要问题及改进方向 …
    wordsPattern:
      /^(?:政府信息公开|政务公开)?(?:工作)?(?:中)?(?:存在的?|面临的)?(?:主要)?(?:问题|不足)(?:和|及|与|以及)?(?:下一步)?(?:的)?(?:改进|整改|工作)(?:情况|措施|举措|方向|计划|打算|思路)?$/,
    prose: [
      {
        path: 'problems.problems',
        heading: '',
        label: '存在的主要问题',
        hint: '本年度政府信息公开工作中发现的主要问题和不足。',
        keywords: ['存在的问题', '存在问题', '主要问题', '问题'],
      },
      {
        path: 'problems.improvements',
        heading: '',
        label: '改进情况',
        hint: '针对问题已采取和将采取的改进措施，包括上年度问题的整改落实情况。',
        keywords: ['改进', '整改', '下一步'],
      },
    ],
  },
  {
    id: 'other',
    numeral: '六',
    heading: '六、其他需要报告的事项',
    aliases: ['六、其他应报告的事项', '六、其他需要报告事项'],
    prose: [
      {
        path: 'otherMatters.text',
        heading: '',
        label: '其他需要报告的事项',
        hint: '信息处理费收取情况，以及政务公开工作要点落实、建议提案办理结果公开等其他事项。',
      },
    ],
  },
] as const satisfies readonly PartDef[];

/** The parts written in prose (一, 五, 六). */
export const PROSE_PART_IDS = ['overview', 'problems', 'other'] as const satisfies readonly PartId[];

export function partById(id: PartId): PartDef {
  const part = PARTS.find((p) => p.id === id);
  if (!part) throw new Error(`unknown part ${id}`);
  return part;
}

/** Figures of part 六 required by 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号). */
export const PROCESSING_FEE_FIELDS = [
  { key: 'noticesSent', label: '发出收费通知的件数', unit: '件', kind: 'count' },
  { key: 'noticesAmount', label: '发出收费通知的总金额', unit: '元', kind: 'amountYuan' },
  { key: 'collectedAmount', label: '实际收取的总金额', unit: '元', kind: 'amountYuan' },
] as const;

/** The three fee figures named together, as a sentence asking for them says it. */
export const PROCESSING_FEES_NAMED = '发出收费通知的件数、金额和实际收取的金额';

/** Amounts in 元 carry at most 2 decimals (分). */
export const YUAN_DECIMALS = 2;

/** The words of the title after the year: a printed title breaks only between them. */
const REPORT_TITLE_WORDS = ['政府信息公开', '工作年度报告'] as const;

export const REPORT_TITLE_SUFFIX = `年${REPORT_TITLE_WORDS.join('')}`;

/**
 * The title in the pieces a narrow line may break between (after the agency name, after
 * the year, between the words), never inside one: `…办公室 | 2025年 | 政府信息公开 | 工作年度报告`.
 */
export function reportTitleSegments(agencyName: string, year: number | string): readonly string[] {
  return [agencyName, `${year}年`, ...REPORT_TITLE_WORDS].filter((s) => s !== '');
}

export function reportTitle(agencyName: string, year: number | string): string {
  return reportTitleSegments(agencyName, year).join('');
}
