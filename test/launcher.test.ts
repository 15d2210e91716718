import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * `npm start` as a new user meets it: the launcher on the embedded PostgreSQL, in a fresh data
 * directory, on free ports. It must print the gateway URL and a working demo token, stop cleanly
 * on Ctrl-C, and keep its data across a restart.
 */
describe('the launcher behind npm start', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnership-hub-launcher-'));
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    const [gateway, councils, postgres] = [await freePort(), await freePort(), await freePort()];
    env = {
      ...process.env,
      DATABASE_URL: '',
      HUB_DATA_DIR: dataDir,
      GATEWAY_PORT: String(gateway),
      COUNCILS_PORT: String(councils),
      EMBEDDED_POSTGRES_PORT: String(postgres),
    };
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  async function launch(): Promise<{ child: ChildProcess; url: string; token: string }> {
    const child = spawn(process.execPath, [path.join(__dirname, '..', 'scripts', 'start.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + 60_000;
    while (!/Press Ctrl-C to stop/.test(output)) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`The launcher did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const url = /GraphQL gateway: (\S+)/.exec(output)![1];
    const token = /valid 8 hours\):\n(\S+)/.exec(output)![1];
    return { child, url, token };
  }

  async function stop(child: ChildProcess): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    return exited;
  }

  async function ask(url: string, token: string, query: string) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: any; errors?: unknown[] };
  }

  it('serves the demo partnership, stops on Ctrl-C and keeps its data across a restart', async () => {
    const first = await launch();
    const rollUp = await ask(first.url, first.token, '{ partnerships { nodes { councils { headcount { inPost } } } } }');
    const councils = rollUp.data.partnerships.nodes[0].councils;
    expect(councils).toHaveLength(7);
    expect(councils.reduce((sum: number, council: any) => sum + council.headcount.inPost, 0)).toBeGreaterThanOrEqual(300);
    const renamed = await ask(first.url, first.token, '{ partnerships { nodes { id } } }');
    const partnershipId = renamed.data.partnerships.nodes[0].id;
    await ask(
      first.url,
      first.token,
      `mutation { partnershipRename(input: { id: "${partnershipId}", name: "Renamed Before Restart" }) { userErrors { code } } }`,
    );
    expect(await stop(first.child)).toBe(0);

    const second = await launch();
    try {
      const after = await ask(second.url, second.token, '{ partnerships { totalCount nodes { name } } councils { totalCount } }');
      expect(after.data).toEqual({
        partnerships: { totalCount: 1, nodes: [{ name: 'Renamed Before Restart' }] },
        councils: { totalCount: 7 },
      });
    } finally {
      expect(await stop(second.child)).toBe(0);
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
