import { useState } from 'react';
import type { FormEvent } from 'react';
import { callApi } from '../../storage/server-sync/server-api';
import { TextField } from './TextField';
import { ErrorLine } from '../common/ErrorLine';

/** The first administrator, through the one-time link the server printed at its first start. */
export function SetupPage({ token, onDone }: { token: string; onDone: () => void }) {
  const [login, setLogin] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const answer = await callApi('POST', '/setup', { token, login, displayName, password }).catch(
      () => undefined,
    );
    if (!answer) return setMessage('无法连接服务器。');
    if (answer.status !== 201) return setMessage(answer.body.error ?? `创建失败（HTTP ${answer.status}）`);
    window.location.hash = '#/';
    onDone();
  };
  return (
    <main className="start server-sign-in" id="main">
      <h1>创建第一个管理员</h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorLine message={message} />
        <TextField id="setup-login" label="登录名" value={login} onChange={setLogin} />
        <TextField id="setup-name" label="姓名" value={displayName} onChange={setDisplayName} />
        <TextField
          id="setup-password"
          label="密码（至少 10 个字符）"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
        />
        <button type="submit" className="button primary">
          创建管理员
        </button>
      </form>
      <p className="server-note">创建后请用这个账号登录。</p>
    </main>
  );
}
