/**
 * A process's CPU time and resident memory, read from Linux's /proc, for processes the benchmark
 * did not start in its own (CPU time of another process is not otherwise visible to Node).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
const RSS_SAMPLE_MS = 200;

export class ProcessMeter {
  private peakRssBytes = 0;
  private sampler: NodeJS.Timeout | null = null;

  constructor(readonly pid: number) {}

  /** User and system CPU time used so far, in milliseconds. */
  cpuMs(): number {
    const stat = fs.readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  }

  rssBytes(): number {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kilobytes = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
    return Number(kilobytes ?? 0) * 1024;
  }

  /** Starts sampling resident memory; `stopPeak` answers the highest sample since. */
  startPeak(): void {
    this.peakRssBytes = this.rssBytes();
    this.sampler = setInterval(() => {
      this.peakRssBytes = Math.max(this.peakRssBytes, this.rssBytes());
    }, RSS_SAMPLE_MS);
  }

  stopPeak(): number {
    if (this.sampler) clearInterval(this.sampler);
    this.sampler = null;
    return Math.max(this.peakRssBytes, this.rssBytes());
  }
}
