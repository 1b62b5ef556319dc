import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { PageFailure } from './PageFailure';

interface Props {
  /** The page's address: going to another one leaves the failure behind and draws that page. */
  readonly address: string;
  /** The draft the page was editing, when it was a report: offered as a file. */
  readonly draftId?: string;
  readonly children: ReactNode;
}

interface State {
  readonly report?: string;
}

/**
 * Catches what a page throws while it draws, so the clerk never meets a white screen: the page
 * is replaced by a Chinese explanation (PageFailure) and the rest of the app keeps running.
 * The draft itself is safe in IndexedDB — autosave wrote it before the page failed.
 */
export class PageErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(): State {
    return { report: '' };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    const report = errorReport(error, info.componentStack ?? '');
    console.error(report);
    this.setState({ report });
  }

  override componentDidUpdate(previous: Props): void {
    if (previous.address !== this.props.address && this.state.report !== undefined)
      this.setState({ report: undefined });
  }

  override render() {
    if (this.state.report === undefined) return this.props.children;
    return <PageFailure report={this.state.report} draftId={this.props.draftId} />;
  }
}

/** The text a bug report needs: what failed, where in the app, in which browser. */
export function errorReport(error: unknown, componentStack: string): string {
  const e = error instanceof Error ? error : new Error(String(error));
  return [
    `时间：${new Date().toISOString()}`,
    `页面：${location.hash || '#/'}`,
    `浏览器：${navigator.userAgent}`,
    `错误：${e.name}: ${e.message}`,
    e.stack ?? '',
    componentStack.trim() ? `组件：${componentStack.trim()}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}
