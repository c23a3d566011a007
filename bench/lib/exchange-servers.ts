// The plain servers bench:exchange measures beside the gateway: the echo backend and two bare Node.js reverse
// proxies, as CommonJS source run by `node -e` (no TypeScript loader in their processes), and nginx's config.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from './harness.js';

/** A JSON document of exactly 1,024 bytes. */
export function kilobyteJson(): string {
  const base = { id: 'HS-000123', title: 'Hồ sơ đăng ký kinh doanh', status: 'approved', agency: 'so-khcn', items: [1, 2, 3], pad: '' };
  const length = Buffer.byteLength(JSON.stringify(base));
  base.pad = 'x'.repeat(1024 - length);
  const text = JSON.stringify(base);
  if (Buffer.byteLength(text) !== 1024) throw new Error(`kilobyteJson is ${Buffer.byteLength(text)} bytes`);
  return text;
}

/** node:http, keep-alive: every request (any method, any path) answers the same 1 KB JSON; bodies are read and dropped. */
export const backendSource = `
const http = require('node:http');
const body = Buffer.from(${JSON.stringify(kilobyteJson())});
const headers = { 'content-type': 'application/json', 'content-length': body.length };
const server = http.createServer((req, res) => {
  if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) {
    res.writeHead(200, headers); res.end(body); return;
  }
  req.on('data', () => {});
  req.on('end', () => { res.writeHead(200, headers); res.end(body); });
});
server.keepAliveTimeout = 65000;
server.listen(Number(process.env.PORT), '127.0.0.1');
`;

/** The bare proxy with node:http on both sides (a keep-alive Agent of 64 sockets). */
export const httpProxySource = `
const http = require('node:http');
const target = new URL(process.env.TARGET);
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const server = http.createServer((req, res) => {
  const out = http.request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers, agent }, (back) => {
    res.writeHead(back.statusCode, back.headers);
    back.pipe(res);
  });
  out.on('error', () => { if (!res.headersSent) { res.statusCode = 502; res.end(); } else res.destroy(); });
  req.pipe(out);
});
server.keepAliveTimeout = 65000;
server.listen(Number(process.env.PORT), '127.0.0.1');
`;

/** The bare proxy with undici's Pool to the backend (64 connections, as the gateway's). */
export const undiciProxySource = `
const http = require('node:http');
const { Pool } = require('undici');
const pool = new Pool(process.env.TARGET, { connections: 64, pipelining: 1 });
const hop = new Set(['connection', 'keep-alive', 'host', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer']);
const server = http.createServer(async (req, res) => {
  const headers = {};
  for (const name in req.headers) if (!hop.has(name)) headers[name] = req.headers[name];
  const hasBody = req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
  try {
    const back = await pool.request({ method: req.method, path: req.url, headers, body: hasBody ? req : null });
    const out = {};
    for (const name in back.headers) if (!hop.has(name)) out[name] = back.headers[name];
    res.writeHead(back.statusCode, out);
    back.body.pipe(res);
  } catch {
    if (!res.headersSent) { res.statusCode = 502; res.end(); } else res.destroy();
  }
});
server.keepAliveTimeout = 65000;
server.listen(Number(process.env.PORT), '127.0.0.1');
`;

async function waitReady(child: ChildProcess, url: string, what: string): Promise<void> {
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    if (await fetch(url).then(async (r) => (await r.arrayBuffer(), r.ok), () => false)) return;
    if (i > 1000) throw new Error(`${what} did not answer`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Runs one of the sources above in its own Node.js process; resolves once it answers. */
export async function startPlain(source: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; port: number; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-e', source], { env: { ...process.env, PORT: String(port), ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  await waitReady(child, `${url}/`, 'server');
  return { child, port, url };
}

export const NGINX = '/usr/sbin/nginx';

/** nginx as an unprivileged reverse proxy with upstream keep-alive, in its own prefix under `dir`. */
export async function startNginx(dir: string, backendPort: number, workers: number): Promise<{ child: ChildProcess; port: number; url: string }> {
  const port = await freePort();
  fs.mkdirSync(path.join(dir, 'logs'), { recursive: true });
  const conf = `
worker_processes ${workers};
daemon off;
master_process on;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  keepalive_requests 1000000;
  keepalive_timeout 65s;
  upstream backend {
    server 127.0.0.1:${backendPort};
    keepalive 64;
    keepalive_requests 1000000;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://backend;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_buffering on;
    }
  }
}
`;
  const file = path.join(dir, 'nginx.conf');
  fs.writeFileSync(file, conf);
  const child = spawn(NGINX, ['-p', dir, '-e', `${dir}/logs/error.log`, '-c', file], { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  await waitReady(child, `${url}/`, 'nginx');
  return { child, port, url };
}
