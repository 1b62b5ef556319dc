import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { emptyDraft } from '../../src/report/empty-draft';
import { sampleDraft } from '../../src/report/fixtures/sample-draft';
import { serializeDraft } from '../../src/report/restore';
import type { Draft } from '../../src/report/schema';

/** One file of the attack run: what it is, its bytes, and where the app takes it. */
export interface HostileFile {
  readonly name: string;
  readonly what: string;
  readonly bytes: Uint8Array;
  /** 打开草稿文件 on the start page, or the import page's 选择报告文件. */
  readonly via: 'open-draft' | 'import';
}

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'published');
const utf8 = (text: string) => new TextEncoder().encode(text);
const json = (value: unknown) => utf8(JSON.stringify(value));

/** The example draft of another agency, with `change` applied (so it never replaces the stored one). */
function draftOf(agency: string, change: (d: Record<string, unknown>) => void = () => {}): Uint8Array {
  const base = JSON.parse(
    serializeDraft({ ...sampleDraft(), meta: { ...sampleDraft().meta, agencyName: agency } }),
  );
  change(base as Record<string, unknown>);
  return json(base);
}

const overview = (d: Record<string, unknown>) => d.overview as Record<string, unknown>;

/** A zip of one deflated entry whose directory and local header both say `declared` bytes. */
function lyingZip(content: Uint8Array, declared: number): Uint8Array {
  const name = utf8('word/document.xml');
  const data = new Uint8Array(deflateRawSync(content));
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(8, 8, true);
  local.setUint32(18, data.length, true);
  local.setUint32(22, declared, true);
  local.setUint16(26, name.length, true);
  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true);
  central.setUint16(10, 8, true);
  central.setUint32(20, data.length, true);
  central.setUint32(24, declared, true);
  central.setUint16(28, name.length, true);
  const localBytes = new Uint8Array([...new Uint8Array(local.buffer), ...name, ...data]);
  const centralBytes = new Uint8Array([...new Uint8Array(central.buffer), ...name]);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, centralBytes.length, true);
  end.setUint32(16, localBytes.length, true);
  return new Uint8Array([...localBytes, ...centralBytes, ...new Uint8Array(end.buffer)]);
}

/** GBK bytes of 某县自然资源局 (Node has no GBK encoder). */
const GBK_NAME = [0xc4, 0xb3, 0xcf, 0xd8, 0xd7, 0xd4, 0xc8, 0xbb, 0xd7, 0xca, 0xd4, 0xb4, 0xbe, 0xd6];

function gbkDraft(): Uint8Array {
  const [before, after] = serializeDraft(emptyDraft('某县自然资源局', 2025)).split('某县自然资源局') as [
    string,
    string,
  ];
  return new Uint8Array([...utf8(before), ...GBK_NAME, ...utf8(after)]);
}

function utf16Draft(): Uint8Array {
  const text = serializeDraft(emptyDraft('某县统计局', 2025));
  return new Uint8Array([
    0xff,
    0xfe,
    ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer),
  ]);
}

function pseudoRandom(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const comment = (i: number) => ({
  id: `c${i}`,
  path: 'overview.proactive',
  text: '请核对。',
  by: '审核人',
  at: '2026-01-10T08:00:00.000Z',
  resolved: false,
});

/** Every hostile file of the run (built here, nothing downloaded). */
export function hostileFiles(): HostileFile[] {
  const published = readFileSync(join(FIXTURES, 'huaian-city-2024.txt'), 'utf8');
  const markup = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
  const files: HostileFile[] = [
    {
      name: 'markup.json',
      what: '每个文字栏里都是标记和脚本',
      via: 'open-draft',
      bytes: draftOf(`甲局${markup}`, (d) => {
        for (const k of Object.keys(overview(d))) overview(d)[k] = markup;
      }),
    },
    {
      name: 'truncated.json',
      what: '写到一半的草稿',
      via: 'open-draft',
      bytes: draftOf('乙局').slice(0, 500),
    },
    {
      name: 'version-9.json',
      what: '较新版本的草稿',
      via: 'open-draft',
      bytes: json({ format: 'gov-info-disclosure-annual-report', version: 9 }),
    },
    {
      name: 'not-a-draft.json',
      what: '别的 JSON',
      via: 'open-draft',
      bytes: json({ hello: 'world', list: [1, 2, 3] }),
    },
    {
      name: 'unknown-key.json',
      what: '多出一个字段',
      via: 'open-draft',
      bytes: draftOf('丙局', (d) => (d.extra = 1)),
    },
    {
      name: 'comments-2500.json',
      what: '2,500 条审核意见',
      via: 'open-draft',
      bytes: draftOf('丁局', (d) => {
        d.review = {
          status: 'draft',
          comments: Array.from({ length: 2500 }, (_, i) => comment(i)),
          history: [],
        };
      }),
    },
    {
      name: 'comments-200k.json',
      what: '20 万条审核意见（超过 5 MB）',
      via: 'open-draft',
      bytes: draftOf('戊局', (d) => {
        d.review = {
          status: 'draft',
          comments: Array.from({ length: 200_000 }, (_, i) => comment(i)),
          history: [],
        };
      }),
    },
    {
      name: 'deep-nesting.json',
      what: '机关名称里 5,000 层嵌套数组',
      via: 'open-draft',
      bytes: (() => {
        const text = serializeDraft(emptyDraft('X', 2025)).replace(
          '"X"',
          `${'['.repeat(5000)}${']'.repeat(5000)}`,
        );
        return utf8(text);
      })(),
    },
    {
      name: 'text-1mb.json',
      what: '一个文字栏 1 MB',
      via: 'open-draft',
      bytes: draftOf('己局', (d) => (overview(d).proactive = '长'.repeat(1_000_000))),
    },
    {
      name: 'huge-6mb.json',
      what: '6 MB 的草稿文件',
      via: 'open-draft',
      bytes: draftOf('庚局', (d) => (overview(d).proactive = 'a'.repeat(6 * 1024 * 1024))),
    },
    { name: 'gbk.json', what: 'GBK 编码的草稿', via: 'open-draft', bytes: gbkDraft() },
    { name: 'utf16.json', what: 'UTF-16 编码的草稿', via: 'open-draft', bytes: utf16Draft() },
    {
      name: 'control-chars.json',
      what: '控制字符和孤立代理项',
      via: 'open-draft',
      bytes: draftOf('辛局\u0007\u0000\uD800', (d) => (overview(d).proactive = '文字\u001B\u0008')),
    },
    {
      name: 'number-1e308.json',
      what: '1e308',
      via: 'open-draft',
      bytes: utf8(new TextDecoder().decode(draftOf('壬局')).replace(/"natural":\s*\d+/, '"natural": 1e308')),
    },
    {
      name: 'number-2p53.json',
      what: '2^53+1',
      via: 'open-draft',
      bytes: utf8(
        new TextDecoder().decode(draftOf('癸局')).replace(/"natural":\s*\d+/, '"natural": 9007199254740993'),
      ),
    },
    {
      name: 'negative.json',
      what: '负数和小数',
      via: 'open-draft',
      bytes: utf8(new TextDecoder().decode(draftOf('子局')).replace(/"natural":\s*\d+/, '"natural": -3.5')),
    },
    {
      name: 'typed-approval.json',
      what: '手工写入的“审核通过”',
      via: 'open-draft',
      bytes: draftOf('丑局', (d) => (d.review = { status: 'approved', comments: [], history: [] })),
    },
    { name: 'empty.json', what: '空文件', via: 'open-draft', bytes: new Uint8Array() },
    { name: 'bom-only.json', what: '只有 BOM', via: 'open-draft', bytes: new Uint8Array([0xef, 0xbb, 0xbf]) },
    { name: 'binary.json', what: '随机字节', via: 'open-draft', bytes: pseudoRandom(4096) },
    { name: 'published.json', what: '改名为 .json 的已发布报告', via: 'open-draft', bytes: utf8(published) },
    {
      name: 'bomb.docx',
      what: '目录说 13 字节、解压 64 MB 的 .docx',
      via: 'import',
      bytes: lyingZip(new Uint8Array(64 * 1024 * 1024), 13),
    },
    {
      name: 'truncated.docx',
      what: '截断的 .docx',
      via: 'import',
      bytes: lyingZip(utf8('<w:document/>'), 13).slice(0, 40),
    },
    { name: 'not-a-pdf.pdf', what: '坏的 PDF', via: 'import', bytes: utf8('%PDF-1.4\n%garbage\n') },
    {
      name: 'doctype.html',
      what: '以 <!DOCTYPE html> 开头的报告',
      via: 'import',
      bytes: utf8(`<!DOCTYPE html><html><body><pre>${published}</pre></body></html>`),
    },
    { name: 'nul-bytes.txt', what: '满是 NUL 的文本', via: 'import', bytes: new Uint8Array(50_000) },
    { name: 'random.txt', what: '随机字节的 .txt', via: 'import', bytes: pseudoRandom(100_000, 3) },
    {
      name: 'markup.html',
      what: '带脚本的 HTML 报告',
      via: 'import',
      bytes: utf8(
        `<html><body><script>alert(3)</script><p>${published.replace(/\n/g, '</p><p>')}</p></body></html>`,
      ),
    },
  ];
  return files;
}

/** The attack run's own draft kept in the browser, which no file may change. */
export function keptDraft(): Draft {
  return sampleDraft();
}
