/**
 * A tiny static file server for the browser test: loopback only, a port the system picks, a fixed set of
 * roots (URL prefix → folder), no path may leave its root. Closed by the caller.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

export interface StaticServer {
  readonly origin: string;
  /** Every path asked for that was not found (a missing module shows up here). */
  readonly misses: readonly string[];
  close(): Promise<void>;
}

/** Serves `pages` (exact paths → HTML) and files under `roots` (URL prefix such as `/dist/` → folder). */
export async function startStaticServer(pages: Record<string, string>, roots: Record<string, string>): Promise<StaticServer> {
  const misses: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const page = pages[path];
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'] as string }).end(page);
      return;
    }
    const prefix = Object.keys(roots).find((p) => path.startsWith(p));
    const root = prefix === undefined ? undefined : roots[prefix];
    const file = prefix === undefined || root === undefined ? undefined : normalize(join(root, path.slice(prefix.length)));
    if (file === undefined || root === undefined || !file.startsWith(root + sep)) {
      misses.push(path);
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => {
        misses.push(path);
        res.writeHead(404).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    misses,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
