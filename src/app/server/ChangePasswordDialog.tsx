import { useState } from 'react';
import type { FormEvent } from 'react';
import { Modal } from '../common/Modal';
import { TextField } from './TextField';
import { useFormPost } from './use-form-post';
import { ErrorLine } from '../common/ErrorLine';

/**
 * 修改密码: the current password and the new one twice. The server checks the current one (a
 * wrong one counts toward the lockout), applies its password rules and signs this account out
 * on every other device; its Chinese message shows here when it refuses.
 */
export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [done, setDone] = useState(false);
  const { busy, error, setError, post } = useFormPost('修改失败');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (next !== again) return setError('两次输入的新密码不一致。');
    if (await post('/me/password', { currentPassword: current, newPassword: next })) setDone(true);
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
          <ErrorLine message={error} />
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
