import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK']).toString().trim() || 100);

/** CPU time (user + system, ms) used so far by process `pid`. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** CPU time used so far by a process and its live children (the postmaster and its backends). */
export function cpuMsOfTree(pid: number): number {
  const children = execFileSync('ps', ['--ppid', String(pid), '-o', 'pid='])
    .toString()
    .split('\n');
  let total = cpuMs(pid);
  for (const c of children) {
    const child = Number(c.trim());
    if (!child) continue;
    try {
      total += cpuMs(child);
    } catch {
      // The process ended between ps and reading its stat.
    }
  }
  return total;
}
