// WebKit's stand-in for Playwright's route(): a loopback HTTP proxy that
// answers the foreign origins of test/fixtures/foreign-origins.mjs itself and
// never connects anywhere. The browser reaches https://connect.mono.co through
// CONNECT, so the proxy also speaks TLS, with a throw-away self-signed
// certificate made at run time (the browser is told to ignore TLS errors).
// No key is ever committed or kept: it lives in this process's memory only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FOREIGN_HOSTS, foreignAnswer, isForeign } from '../test/fixtures/foreign-origins.mjs';

function throwAwayCertificate(openssl) {
  const dir = mkdtempSync(join(tmpdir(), 'foreign-origin-cert-'));
  try {
    const names = [...FOREIGN_HOSTS].map((host) => `DNS:${host}`).join(',');
    execFileSync(openssl, [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1',
      '-subj', `/CN=${[...FOREIGN_HOSTS][0]}`, '-addext', `subjectAltName=${names}`,
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function answer(request, response) {
  const host = request.headers.host ?? '';
  // Plain-HTTP proxy requests carry an absolute URL; tunnelled ones a path and a Host header.
  const url = request.url.startsWith('http') ? request.url : `https://${host}${request.url}`;
  if (!isForeign(url)) {
    response.writeHead(502, { 'content-type': 'text/plain' }).end(`The test proxy answers only ${[...FOREIGN_HOSTS].join(', ')}.`);
    return;
  }
  const { status, contentType, body } = foreignAnswer();
  response.writeHead(status, { 'content-type': contentType }).end(body);
}

/** Starts the proxy on a free loopback port; resolves with "127.0.0.1:PORT". */
export async function startForeignOriginProxy({ openssl }) {
  const tls = https.createServer(throwAwayCertificate(openssl), answer);
  const proxy = http.createServer(answer);
  proxy.on('connect', (request, socket) => {
    const host = request.url.split(':')[0];
    if (!FOREIGN_HOSTS.has(host)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    tls.emit('connection', socket);
  });
  await new Promise((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(0, '127.0.0.1', resolve);
  });
  proxy.unref(); // must not keep the test runner alive
  return `127.0.0.1:${proxy.address().port}`;
}
