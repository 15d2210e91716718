/**
 * HAProxy, from the machine's packages, running the hub's own `deploy/haproxy.cfg` in front of
 * each subgraph's replicas: the load balancer a partnership would run, not one written for the
 * tests. The file takes its addresses from the environment, so the test gives it free ports.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { subgraphRegistry } from '#hub/shared/subgraph-registry';
import { freePort, listening } from './service-process';

const CONFIG_FILE = path.join(__dirname, '..', '..', '..', 'deploy', 'haproxy.cfg');

export interface LoadBalancer {
  /** Each subgraph's frontend port. */
  readonly ports: Record<string, number>;
  stop(): Promise<void>;
}

/** Whether HAProxy is installed here (`.ci/run` installs it; on a laptop: `apt install haproxy`). */
export function haproxyInstalled(): boolean {
  return spawnSync('haproxy', ['-v'], { stdio: 'ignore' }).status === 0;
}

/** `replicaPorts`: each subgraph's replicas' ports, two of each, as the file names them. */
export async function startLoadBalancer(replicaPorts: Record<string, number[]>): Promise<LoadBalancer> {
  const ports: Record<string, number> = {};
  const env: Record<string, string> = {};
  for (const { name } of subgraphRegistry) {
    const key = name.toUpperCase();
    ports[name] = await freePort();
    env[`${key}_BALANCER`] = `127.0.0.1:${ports[name]}`;
    replicaPorts[name].forEach((port, index) => (env[`${key}_REPLICA_${index + 1}`] = `127.0.0.1:${port}`));
  }
  // -db: in the foreground, so it stops with the test; -q: no notices on every start.
  const child = spawn('haproxy', ['-db', '-q', '-f', CONFIG_FILE], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const startedBy = Date.now() + 10_000;
  for (const port of Object.values(ports)) {
    while (!(await listening(port))) {
      if (child.exitCode !== null || performance.now() > startedBy) throw new Error(`HAProxy did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    ports,
    async stop() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
