import { BatchPage } from './batch/BatchPage';
import { useHash } from './use-hash';

/** The application shell: hash routes to the start page and the tools. */
export function App() {
  const hash = useHash();
  return (
    <div className="app">
      <header className="app-header">
        <a className="app-name" href="#/">
          政府信息公开工作年度报告
        </a>
        <nav aria-label="工具">
          <a href="#/batch">批量检查</a>
        </nav>
      </header>
      {hash.startsWith('#/batch') ? <BatchPage /> : <StartPage />}
    </div>
  );
}

function StartPage() {
  return (
    <main className="start" id="main">
      <h1>政府信息公开工作年度报告</h1>
      {/* Chinese puts no space between clauses; strings keep JSX from adding one at the line break. */}
      <p className="lead">
        {'按照《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）逐项填写，'}
        {'自动计算各项合计，实时检查勾稽关系，确认无误后导出 Word、HTML 和打印稿。'}
      </p>
      <button type="button" className="button primary">
        新建报告
      </button>
    </main>
  );
}
