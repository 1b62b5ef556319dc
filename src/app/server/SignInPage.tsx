import { useState } from 'react';
import type { FormEvent } from 'react';
import { TextField } from './TextField';
import { useFormPost } from './use-form-post';
import { ErrorLine } from '../common/ErrorLine';

/** 登录: login and password; the server's Chinese message when it refuses. */
export function SignInPage({ onSignedIn, expired }: { onSignedIn: () => void; expired: boolean }) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, post } = useFormPost('登录失败');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await post('/session', { login: login.trim(), password })) onSignedIn();
  };
  return (
    <main className="start server-sign-in" id="main">
      <h1>登录</h1>
      {expired ? (
        <p className="server-note">登录已过期，请重新登录。本机未同步的修改不会丢失，登录后会继续同步。</p>
      ) : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorLine message={error} />
        <TextField
          id="sign-in-login"
          label="登录名"
          autoComplete="username"
          value={login}
          onChange={setLogin}
        />
        <TextField
          id="sign-in-password"
          label="密码"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        <button type="submit" className="button primary" disabled={busy}>
          登录
        </button>
      </form>
    </main>
  );
}
