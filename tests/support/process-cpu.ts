import { readFileSync } from 'node:fs';

/** Linux reports process times in clock ticks; 100 a second on every kernel this runs on. */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) a process has used so far, read from /proc. Requests per second
 * swing with whatever else shares the machine; CPU spent per request does not, so benchmarks
 * report this delta divided by the work done.
 */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const userTicks = Number(fields[11]);
  const systemTicks = Number(fields[12]);
  return (userTicks + systemTicks) / TICKS_PER_SECOND;
}

/** The machine's load averages (1, 5 and 15 minutes), to print beside each figure. */
export function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}
