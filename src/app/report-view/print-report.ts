import { renderReportHtml } from '../../export/html';
import { buildReportDocument } from '../../export/report-document';
import type { Draft } from '../../report/schema';

/** How long the frame stays when the browser never says printing is over. */
const FRAME_LIFETIME_MS = 60_000;

export interface PrintOptions {
  readonly draftMark?: boolean;
}

/**
 * Prints the report exactly as the HTML export lays it out (A4, GB/T 9704 margins, page
 * numbers, repeated table headers), whatever page of the app is showing: the report is
 * put in an invisible frame and that frame's window is printed. Resolves when the print
 * dialog has closed (or at once where the browser does not report it).
 */
export function printReport(draft: Draft, options: PrintOptions = {}): Promise<void> {
  return printHtml(renderReportHtml(buildReportDocument(draft, { draftMark: options.draftMark ?? false })));
}

/** Prints a whole HTML document (the report, the 报送单) through an invisible frame. */
export function printHtml(html: string, title = '打印报告'): Promise<void> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.title = title;
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;';
    let fallback: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      clearTimeout(fallback);
      frame.remove();
      resolve();
    };
    frame.addEventListener(
      'load',
      () => {
        const win = frame.contentWindow;
        if (!win) return done();
        win.addEventListener('afterprint', () => setTimeout(done, 0), { once: true });
        win.focus();
        win.print();
        // Browsers that never report afterprint: let go of the frame after a while.
        fallback = setTimeout(done, FRAME_LIFETIME_MS);
      },
      { once: true },
    );
    frame.srcdoc = html;
    document.body.append(frame);
  });
}
