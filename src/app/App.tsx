import { lazy, Suspense } from 'react';

const TablesDemo = lazy(() => import('./tables/TablesDemo'));

/** The application shell. The start page lists what the tool does; the wizard follows. */
export function App() {
  if (window.location.hash.startsWith('#/demo/tables'))
    return (
      <Suspense>
        <TablesDemo />
      </Suspense>
    );
  return (
    <div className="app">
      <header className="app-header">
        <p className="app-name">政府信息公开工作年度报告</p>
      </header>
      <main className="start" id="main">
        <h1>政府信息公开工作年度报告</h1>
        <p className="lead">
          按照《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）逐项填写，
          自动计算各项合计，实时检查勾稽关系，确认无误后导出 Word、HTML 和打印稿。
        </p>
        <button type="button" className="button primary">
          新建报告
        </button>
      </main>
    </div>
  );
}
