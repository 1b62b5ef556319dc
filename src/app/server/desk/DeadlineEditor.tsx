import { useState } from 'react';
import type { DeskRegion } from '../../../api-contract/desk-endpoints';
import { callApi } from '../../../storage/server-sync/server-api';

/** A region's deadline for the year: a date field and 保存 (empty clears it). */
export function DeadlineEditor({
  region,
  year,
  onSaved,
}: {
  region: DeskRegion;
  year: number;
  onSaved: () => void;
}) {
  const [value, setValue] = useState(region.deadline ?? '');
  const [message, setMessage] = useState('');
  const id = `deadline-${region.id}`;
  const save = async () => {
    try {
      const a = await callApi('PUT', `/deadlines/${region.id}/${year}`, { deadline: value || null });
      if (a.status === 200) {
        setMessage(value ? '已保存' : '已清除');
        onSaved();
      } else setMessage(a.body.error ?? `保存失败（HTTP ${a.status}）`);
    } catch {
      setMessage('无法连接服务器，请稍后再试。');
    }
  };
  return (
    <span className="desk-deadline">
      <label htmlFor={id}>{region.name}截止日期</label>
      <input
        id={id}
        type="date"
        className="input input-short"
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="button" className="button button-small" onClick={() => void save()}>
        保存截止日期
      </button>
      <span role="status">{message}</span>
    </span>
  );
}
