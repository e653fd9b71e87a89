// A tiny static file server for the e2e tests and the load benchmark (127.0.0.1, random port).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css", ".json": "application/json", ".png": "image/png", ".map": "application/json", ".svg": "image/svg+xml" };

/**
 * Serves `root` on 127.0.0.1.
 * @param {string} root directory to serve
 * @param {{ rewrite?: (path: string, body: Buffer) => Buffer | string, onRequest?: (path: string) => void, files?: Record<string, string> }} [options]
 *   `files`: extra URL paths served from files outside `root` (e.g. axe-core for a same-origin script tag)
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root, options = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const extra = options.files && Object.hasOwn(options.files, path) ? options.files[path] : undefined;
    const file = extra ?? normalize(join(root, path === "/" ? "index.html" : path));
    if (extra === undefined && !file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      options.onRequest?.(path);
      if (options.rewrite) body = Buffer.from(options.rewrite(path, body));
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}
