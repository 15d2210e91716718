/**
 * A TCP proxy a test controls, put between a service and what it connects to (PostgreSQL, a
 * subgraph), so a test can cut the line without touching the machine's own server. `cut()` drops
 * every connection and resets each new one at once (a server gone); `blackhole()` keeps accepting
 * but passes nothing either way (a network partition, where only timeouts help); `refuseNext(n)`
 * resets the next n connections only (a service starting just after its caller); `restore()`
 * forwards again. Close it in afterAll.
 */
import net from 'node:net';

export interface TcpProxy {
  /** host:port to connect to instead of the target. */
  readonly port: number;
  /** Connections accepted so far, including those reset or held. */
  readonly connections: number;
  cut(): void;
  blackhole(): void;
  refuseNext(count: number): void;
  restore(): void;
  /** Points the proxy elsewhere, for a target that gets its port only after the proxy has one. */
  retarget(to: { host: string; port: number }): void;
  close(): Promise<void>;
}

type Mode = 'forward' | 'cut' | 'blackhole';

/** `url` (a database or subgraph URL) sent through the proxy instead: the same URL at the proxy's address. */
export function throughProxy(url: string, proxy: Pick<TcpProxy, 'port'>): string {
  const viaProxy = new URL(url);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  return viaProxy.toString();
}

export async function startTcpProxy(initialTarget: { host: string; port: number }): Promise<TcpProxy> {
  let target = initialTarget;
  let mode: Mode = 'forward';
  let refusals = 0;
  let connections = 0;
  const open = new Set<net.Socket>();

  const server = net.createServer((client) => {
    connections += 1;
    track(client);
    if (mode === 'cut' || refusals > 0) {
      refusals = Math.max(0, refusals - 1);
      client.resetAndDestroy();
      return;
    }
    // A held connection is never forwarded, even after restore(): that partition outlived it.
    if (mode === 'blackhole') return;
    const upstream = net.connect(target.port, target.host);
    track(upstream);
    const passOn = (from: net.Socket, to: net.Socket) =>
      from.on('data', (chunk) => {
        if (mode === 'forward') to.write(chunk);
      });
    passOn(client, upstream);
    passOn(upstream, client);
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', closeBoth).on('error', closeBoth);
    upstream.on('close', closeBoth).on('error', closeBoth);
  });

  function track(socket: net.Socket): void {
    open.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => open.delete(socket));
  }

  function dropAll(): void {
    for (const socket of open) socket.resetAndDestroy();
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    get connections() {
      return connections;
    },
    cut() {
      mode = 'cut';
      dropAll();
    },
    blackhole() {
      mode = 'blackhole';
    },
    refuseNext(count) {
      refusals = count;
    },
    restore() {
      // What was held during a partition is lost, as TCP would lose it: the far side gave up on those connections.
      if (mode === 'blackhole') dropAll();
      mode = 'forward';
    },
    retarget(to) {
      target = to;
    },
    close() {
      dropAll();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
