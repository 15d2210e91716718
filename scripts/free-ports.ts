/**
 * Checks, before `npm start` starts anything, that every port it is about to listen on is free,
 * so a port held by another program (or a hub left running) is named instead of surfacing later
 * as one service's EADDRINUSE.
 */
import net from 'node:net';
import type { HubConfig } from '#hub/shared/config';
import { LaunchRefused } from './launch-refused';

interface WantedPort {
  readonly port: number;
  readonly service: string;
  readonly setting: string;
}

export function portsTheHubListensOn(config: HubConfig): WantedPort[] {
  return [
    { port: config.gatewayPort, service: 'the gateway', setting: 'GATEWAY_PORT' },
    ...config.subgraphs.map((subgraph) => ({
      port: subgraph.port,
      service: `the ${subgraph.name} subgraph`,
      setting: `${subgraph.name.toUpperCase()}_PORT`,
    })),
    ...(config.databaseUrl
      ? []
      : [{ port: config.embeddedPostgresPort, service: 'the embedded PostgreSQL server', setting: 'EMBEDDED_POSTGRES_PORT' }]),
  ];
}

export async function checkPortsFree(host: string, wanted: WantedPort[]): Promise<void> {
  const taken: WantedPort[] = [];
  for (const entry of wanted) if (!(await isFree(host, entry.port))) taken.push(entry);
  if (taken.length === 0) return;
  throw new LaunchRefused(
    taken
      .map(
        ({ port, service, setting }) =>
          `Port ${port} (${service}, ${setting}) is already in use on ${host}: stop what listens there or set ${setting}.`,
      )
      .join('\n'),
  );
}

function isFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? resolve(false) : reject(error)));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}
