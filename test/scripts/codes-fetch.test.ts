/**
 * @jest-environment node
 *
 * `npm run codes -- --fetch` against a local double of WeChat's API on 127.0.0.1 (never WeChat itself): it
 * answers like the documented API, errors as JSON with HTTP 200. The server takes a bounded number of requests
 * and closes after the tests.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { collectCodes, fetchCodes, fetchCredentials, type CodeRow } from '../../scripts/codes';
import { ROOT, runScript } from '../helpers/run-script';

const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const APPID = 'wx0123456789abcdef';
const MAX_REQUESTS = 200;

interface Seen {
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
}

/** What the double answers next for getUnlimited (a queue), then success; stable_token likewise. */
let codeAnswers: Record<string, unknown>[] = [];
let tokenAnswers: Record<string, unknown>[] = [];
let tokenCount = 0;
const seen: Seen[] = [];
let server: http.Server;
let baseUrl: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      seen.push({ path: url.pathname, query: url.searchParams, body });
      if (seen.length > MAX_REQUESTS) {
        response.writeHead(500).end();
        return;
      }
      const json = (value: unknown) =>
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      if (url.pathname === '/cgi-bin/stable_token' && request.method === 'POST') {
        const next = tokenAnswers.shift();
        if (next) return json(next);
        tokenCount += 1;
        return json({ access_token: `token-${tokenCount}`, expires_in: 7200 });
      }
      if (url.pathname === '/wxa/getwxacodeunlimit' && request.method === 'POST') {
        const next = codeAnswers.shift();
        if (next) return json(next);
        return response.writeHead(200, { 'content-type': 'image/png' }).end(PNG_BYTES);
      }
      return response.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

let out: string;
beforeEach(() => {
  codeAnswers = [];
  tokenAnswers = [];
  tokenCount = 0;
  seen.length = 0;
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'codes-fetch-'));
});
afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

const rows = (...targets: string[]): CodeRow[] => collectCodes({ targets });
const sleeps: number[] = [];
const fetchAll = (list: CodeRow[], env: 'release' | 'trial' = 'release') =>
  fetchCodes(list, {
    appid: APPID,
    secret: 'secret',
    env,
    out,
    baseUrl,
    log: () => {},
    retryDelaysMs: [5, 10, 20],
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });

describe('codes --fetch against a local double of the API', () => {
  it('gets one stable token and a code image per target', async () => {
    const list = rows('home', 'guide:paying-in-mexico', 'checklist:on-arrival');
    const files = await fetchAll(list);
    expect(files.map((file) => path.basename(file))).toEqual([
      'home.png',
      'guide_paying-in-mexico.png',
      'checklist_on-arrival.png',
    ]);
    for (const file of files) expect(fs.readFileSync(file)).toEqual(PNG_BYTES);
    const tokenCalls = seen.filter((request) => request.path === '/cgi-bin/stable_token');
    expect(tokenCalls).toHaveLength(1);
    expect(tokenCalls[0]!.body).toEqual({
      grant_type: 'client_credential',
      appid: APPID,
      secret: 'secret',
      force_refresh: false,
    });
    const codeCalls = seen.filter((request) => request.path === '/wxa/getwxacodeunlimit');
    expect(codeCalls.map((call) => call.query.get('access_token'))).toEqual([
      'token-1',
      'token-1',
      'token-1',
    ]);
    expect(codeCalls.map((call) => call.body)).toEqual(
      list.map((row) =>
        expect.objectContaining({
          scene: row.scene,
          page: row.page,
          check_path: true,
          env_version: 'release',
        }),
      ),
    );
  });

  it('asks for a trial build’s codes without checking the page', async () => {
    await fetchAll(rows('home'), 'trial');
    const call = seen.find((request) => request.path === '/wxa/getwxacodeunlimit')!;
    expect(call.body).toMatchObject({ check_path: false, env_version: 'trial' });
  });

  it.each([40001, 42001])('refreshes the token once on %i and carries on', async (errcode) => {
    codeAnswers = [{ errcode, errmsg: 'access_token expired' }];
    await fetchAll(rows('home'));
    const tokenCalls = seen.filter((request) => request.path === '/cgi-bin/stable_token');
    expect(tokenCalls.map((call) => call.body.force_refresh)).toEqual([false, true]);
    const codeCalls = seen.filter((request) => request.path === '/wxa/getwxacodeunlimit');
    expect(codeCalls.map((call) => call.query.get('access_token'))).toEqual(['token-1', 'token-2']);
    expect(fs.existsSync(path.join(out, 'home.png'))).toBe(true);
  });

  it('stops when the refreshed token is refused too', async () => {
    codeAnswers = [
      { errcode: 40001, errmsg: 'invalid credential' },
      { errcode: 40001, errmsg: 'invalid credential' },
    ];
    await expect(fetchAll(rows('home'))).rejects.toThrow(/even after one refresh.*errcode 40001/);
    expect(seen.filter((request) => request.path === '/cgi-bin/stable_token')).toHaveLength(2);
  });

  it.each([45009, 45011, -1])('waits and retries on %i', async (errcode) => {
    sleeps.length = 0;
    codeAnswers = [
      { errcode, errmsg: 'busy' },
      { errcode, errmsg: 'busy' },
    ];
    await fetchAll(rows('home'));
    expect(sleeps).toEqual([5, 10]);
    expect(seen.filter((request) => request.path === '/wxa/getwxacodeunlimit')).toHaveLength(3);
  });

  it('gives up after its retries, saying why', async () => {
    codeAnswers = Array.from({ length: 4 }, () => ({
      errcode: 45011,
      errmsg: 'api minute-quota reach limit',
    }));
    await expect(fetchAll(rows('home'))).rejects.toThrow(/limiting the call rate.*errcode 45011/);
    expect(seen.filter((request) => request.path === '/wxa/getwxacodeunlimit')).toHaveLength(4);
  });

  it.each([
    [40164, 'invalid ip 203.0.113.7, not in whitelist', /IP whitelist.*IP白名单.*203\.0\.113\.7/],
    [61004, 'access clientip is not registered', /IP whitelist/],
    [40129, 'invalid scene', /refused the scene "h"/],
    [40169, 'invalid length for scene', /refused the scene "h".*32 characters/],
    [
      41030,
      'invalid page',
      /pages\/home\/index is not in the released version.*--env trial.*check_path: false/,
    ],
  ])('explains %i plainly', async (errcode, errmsg, message) => {
    codeAnswers = [{ errcode, errmsg }];
    await expect(fetchAll(rows('home'))).rejects.toThrow(message);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('explains an IP whitelist refusal of the token request too', async () => {
    tokenAnswers = [{ errcode: 40164, errmsg: 'invalid ip 198.51.100.2' }];
    await expect(fetchAll(rows('home'))).rejects.toThrow(/IP whitelist.*198\.51\.100\.2/);
    expect(seen.some((request) => request.path === '/wxa/getwxacodeunlimit')).toBe(false);
  });

  it('runs from the command line with the API base overridden', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'codes.js'), '--fetch', '--out', out], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        MP_APPID: APPID,
        MP_APPSECRET: 'secret',
        WECHAT_API_BASE: baseUrl,
      },
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(0);
    const count = collectCodes({ targets: [] }).length;
    expect(stdout).toContain(`from ${baseUrl}`);
    expect(stdout).toContain(`✓ ${count} code image(s) written`);
    expect(fs.readdirSync(out)).toHaveLength(count);
  }, 30_000);
});

describe('codes --fetch without credentials', () => {
  it('refuses before any request, naming what to set', () => {
    expect(() => fetchCredentials({})).toThrow(/MP_APPID.*MP_APPSECRET.*Nothing was fetched/);
    expect(() => fetchCredentials({ MP_APPID: 'touristappid', MP_APPSECRET: 'x' })).toThrow(
      /not a Mini Program AppID/,
    );
    const run = runScript('scripts/codes.js', ['--fetch']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--fetch needs MP_APPID');
    expect(run.stdout).not.toContain('written');
  });
});
