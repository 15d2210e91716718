/**
 * Where the CPU went in a `npm run bench -- --profile` run: for each process's V8 profile in
 * data/bench/profiles/, the share of its busy time spent in each package (or the hub's own file,
 * garbage collection, …), self time only. `node dist/bench/profile-summary.js [top]`.
 */
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export const PROFILE_DIR = path.resolve('data', 'bench', 'profiles');
/** Which process wrote which profile, by pid: written by the bench as it starts them. */
export const PROFILE_PROCESSES = path.join(PROFILE_DIR, 'processes.json');

function where(frame: ProfileNode['callFrame']): string {
  if (!frame.url) return frame.functionName.startsWith('(') ? frame.functionName : `(native) ${frame.functionName}`;
  const modules = frame.url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = frame.url.slice(modules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (frame.url.startsWith('node:')) return frame.url;
  const dist = frame.url.indexOf('/dist/');
  return dist >= 0 ? `hub: ${frame.url.slice(dist + '/dist/'.length)} ${frame.functionName}` : frame.url;
}

export function summarise(profile: CpuProfile, top: number): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const key = where(byId.get(id)!.callFrame);
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  totals.delete('(idle)');
  const busy = [...totals.values()].reduce((sum, value) => sum + value, 0);
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, micros]) => `${((100 * micros) / busy).toFixed(1).padStart(5)}%  ${key}`);
}

function main(): void {
  const top = Number(process.argv[2] ?? 15);
  const names = fs.existsSync(PROFILE_PROCESSES) ? (JSON.parse(fs.readFileSync(PROFILE_PROCESSES, 'utf8')) as Record<string, string>) : {};
  for (const file of fs.readdirSync(PROFILE_DIR).filter((name) => name.endsWith('.cpuprofile'))) {
    const pid = /\.(\d+)\.\d+\.\d+\.cpuprofile$/.exec(file)?.[1] ?? '';
    const profile = JSON.parse(fs.readFileSync(path.join(PROFILE_DIR, file), 'utf8')) as CpuProfile;
    process.stdout.write(`\n${names[pid] ?? file} (busy time, self)\n${summarise(profile, top).join('\n')}\n`);
  }
}

if (require.main === module) main();
