import { useState } from 'react';
import type { FormEvent } from 'react';
import { callApi } from '../../storage/server-sync/server-api';
import { Modal } from '../common/Modal';
import { TextField } from './TextField';

/**
 * 修改密码: the current password and the new one twice. The server checks the current one (a
 * wrong one counts toward the lockout), applies its password rules and signs this account out
 * on every other device; its Chinese message shows here when it refuses.
 */
export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (next !== again) return setError('两次输入的新密码不一致。');
    setBusy(true);
    setError(null);
    try {
      const answer = await callApi('POST', '/me/password', { currentPassword: current, newPassword: next });
      if (answer.status === 200) setDone(true);
      else setError(answer.body.error ?? `修改失败（HTTP ${answer.status}）`);
    } catch {
      setError('无法连接服务器，请检查网络后重试。');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="修改密码" onDismiss={onClose}>
      {done ? (
        <>
          <p className="modal-body" role="status">
            密码已修改。这个账号在其他电脑或浏览器上的登录已全部退出，本页仍保持登录。
          </p>
          <div className="button-row">
            <button type="button" className="button primary" onClick={onClose} autoFocus>
              关闭
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <TextField
            id="password-current"
            label="当前密码"
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={setCurrent}
          />
          <TextField
            id="password-new"
            label="新密码（至少 10 个字符，不能包含登录名）"
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={setNext}
          />
          <TextField
            id="password-again"
            label="再次输入新密码"
            type="password"
            autoComplete="new-password"
            value={again}
            onChange={setAgain}
          />
          <p className="server-note">修改后，这个账号在其他电脑或浏览器上的登录将全部退出。</p>
          <div className="button-row">
            <button type="submit" className="button primary" disabled={busy}>
              修改密码
            </button>
            <button type="button" className="button" onClick={onClose}>
              取消
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
