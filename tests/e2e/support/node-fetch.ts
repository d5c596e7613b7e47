/**
 * Node's built-in fetch, pointed at the fixture server: every hostname resolves to the server's address
 * and its certificate is trusted, so tests can fetch real journal URLs (with the server's port).
 *
 * Node's fetch is undici, which takes a `dispatcher` option, but Node does not export undici's Agent.
 * The global dispatcher is an Agent, so its constructor is the class: no extra dependency needed.
 */
import type { LookupFunction } from 'node:net';
import type { FixtureServer } from '../../../harness/fixture-server';

type Dispatcher = { close(): Promise<void>; destroy(): Promise<void> };

async function agentClass(): Promise<new (opts: unknown) => Dispatcher> {
  await fetch('data:,'); // loads undici, which installs the global dispatcher
  const global = (globalThis as Record<symbol, unknown>)[Symbol.for('undici.globalDispatcher.1')] as { constructor: new (opts: unknown) => Dispatcher } | undefined;
  if (!global) throw new Error("cannot find undici's global dispatcher (Node changed?)");
  return global.constructor;
}

export interface ServerFetch {
  /** fetch(`${scheme}://${host}:${port}${path}`) for a journal URL, resolved to the server. */
  (url: string, init?: RequestInit): Promise<Response>;
  /** The URL with the server's port put in. */
  at(url: string): string;
  /** Drops open connections (unread bodies would keep a graceful close waiting). */
  close(): Promise<void>;
}

export async function serverFetch(server: FixtureServer, port = server.port): Promise<ServerFetch> {
  const Agent = await agentClass();
  const lookup: LookupFunction = (_hostname, options, callback) => {
    const family = net4or6(server.host);
    if (options && (options as { all?: boolean }).all) {
      (callback as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [{ address: server.host, family }]);
    } else callback(null, server.host, family);
  };
  const dispatcher = new Agent({ connect: { ca: server.certificate.cert, lookup } });
  const at = (url: string) => {
    const u = new URL(url);
    u.port = String(port);
    return u.href;
  };
  const f = ((url: string, init: RequestInit = {}) => fetch(at(url), { ...init, dispatcher } as RequestInit)) as ServerFetch;
  f.at = at;
  f.close = () => dispatcher.destroy();
  return f;
}

function net4or6(address: string): 4 | 6 {
  return address.includes(':') ? 6 : 4;
}
