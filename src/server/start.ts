import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { DyadError } from '../errors.ts';
import { createApp } from './app.ts';
import type { ServerDeps } from './route.ts';

/** A running server. */
export interface RunningServer {
  /** The base URL, e.g. `http://127.0.0.1:8001`. */
  url: string;
  /** Stops accepting connections and resolves once closed. */
  close: () => Promise<void>;
}

/**
 * Starts the dyad app on a host and port (port 0 picks a free one); resolves once listening.
 * @example const s = await startServer({ db }, { host: '127.0.0.1', port: 0 }); await s.close();
 */
export function startServer(deps: ServerDeps, where: { host: string; port: number }): Promise<RunningServer> {
  const app = createApp(deps);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: where.host, port: where.port }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise((done) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
    server.once('error', (err: Error) => reject(new DyadError('E030', `cannot listen on ${where.host}:${where.port}: ${err.message}`, 'usage')));
  });
}
