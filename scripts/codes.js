#!/usr/bin/env node
'use strict';
/**
 * `npm run codes`: every shareable target with its page, its Mini Program code `scene` and its share path,
 * checked against WeChat's limits, and what the AppID's owner sends to `wxacode.getUnlimited` to make each code.
 * Works offline: it only computes; making the codes needs the owner's access token, on WeChat's servers.
 *
 *   npm run codes                                   every target
 *   npm run codes -- --target guide:paying-in-mexico   one or more targets (repeat --target)
 *   npm run codes -- --link-base https://your-domain/mp   also print normal QR links
 *   npm run codes -- --json                         machine-readable
 *   MP_APPID=… MP_APPSECRET=… npm run codes -- --fetch [--env trial]   fetch every code image into .codes/
 *     (WECHAT_API_BASE overrides https://api.weixin.qq.com: the tests point it at a local double)
 */
const fs = require('fs');
const path = require('path');
const util = require('util');
const { ROOT, appPages, entryLink, parseTargetSpec, targetSpec, targetHelp } = require('./lib/targets');
const { WECHAT_API_BASE, createClient, unlimitedBody } = require('./lib/wxacode-fetch');
const { contentStore } = require('../miniprogram/content/index.ts');

const ENV_VERSIONS = ['release', 'trial', 'develop'];
const DEFAULT_OUT = path.join(ROOT, '.codes');

const USAGE = `Usage: npm run codes -- [--target <page[:id]>]... [--link-base https://your-domain/mp] [--json]
       MP_APPID=wx… MP_APPSECRET=… npm run codes -- --fetch [--env release|trial|develop] [--out .codes] [--target …]
Targets: ${targetHelp()}`;

class CodesError extends Error {}

/** Reads the command line with util.parseArgs; errors name the argument and show the usage. */
function parseArgs(argv) {
  let parsed;
  try {
    parsed = util.parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        target: { type: 'string', multiple: true },
        'link-base': { type: 'string' },
        json: { type: 'boolean' },
        fetch: { type: 'boolean' },
        env: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const name = (String(error.message).match(/'(--?[\w-]+)/) || [])[1];
    if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new CodesError(`${name} needs a value.\n${USAGE}`);
    if (
      error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ||
      error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
    ) {
      const arg = (String(error.message).match(/'([^']+)'/) || [])[1] ?? name;
      throw new CodesError(`Unknown argument "${arg}".\n${USAGE}`);
    }
    throw new CodesError(`${error.message}\n${USAGE}`);
  }
  const { values } = parsed;
  const env = values.env ?? 'release';
  if (!ENV_VERSIONS.includes(env))
    throw new CodesError(`--env must be one of ${ENV_VERSIONS.join(', ')} (got "${env}").\n${USAGE}`);
  return {
    targets: values.target ?? [],
    linkBase: values['link-base'],
    json: values.json ?? false,
    help: values.help ?? false,
    fetch: values.fetch ?? false,
    env,
    out: values.out ?? DEFAULT_OUT,
  };
}

function label(target) {
  if (target.page === 'guide') {
    const section = contentStore.sections.find((candidate) => candidate.id === target.section);
    return `指南 · ${section ? section.title : target.section}`;
  }
  if (target.page === 'checklist') {
    const group = contentStore.checklistGroups.find((candidate) => candidate.id === target.group);
    return group ? `清单 · ${group.title}` : '清单';
  }
  return { home: '首页', sources: '资料来源' }[target.page] ?? target.page;
}

/** Builds and checks every row; throws CodesError listing every problem. */
function collectCodes({ targets: specs, linkBase }) {
  const problems = entryLink.validateEntryKeys().map((problem) => `${problem.path}: ${problem.message}`);
  let targets = [];
  if (specs.length === 0) targets = entryLink.shareableTargets();
  for (const spec of specs) {
    try {
      targets.push(parseTargetSpec(spec));
    } catch (error) {
      problems.push(error.message);
    }
  }
  if (linkBase !== undefined && !entryLink.isLinkBase(linkBase)) {
    problems.push(`--link-base "${linkBase}" must look like https://your-domain/mp (https, no query).`);
  }
  const pages = new Set(appPages());
  const seen = new Map();
  const rows = [];
  for (const target of targets) {
    const name = targetSpec(target);
    try {
      const scene = entryLink.buildScene(target);
      const page = entryLink.codePage(target);
      const sharePath = entryLink.targetPath(target);
      if (!pages.has(page)) problems.push(`${name}: page ${page} is not in app.json`);
      if (scene.length > entryLink.SCENE_MAX_LENGTH)
        problems.push(`${name}: scene "${scene}" is over 32 characters`);
      if (!entryLink.SCENE_PATTERN.test(scene))
        problems.push(`${name}: scene "${scene}" has characters WeChat refuses`);
      const back = entryLink.parseScene(encodeURIComponent(scene));
      if (back.problem || !entryLink.sameTarget(back.target, target)) {
        problems.push(`${name}: scene "${scene}" does not lead back to it`);
      }
      if (seen.has(scene) && seen.get(scene) !== name)
        problems.push(`${name}: scene "${scene}" is also ${seen.get(scene)}`);
      seen.set(scene, name);
      const row = { target: name, label: label(target), page, scene, sharePath };
      if (linkBase !== undefined && entryLink.isLinkBase(linkBase))
        row.qrLink = entryLink.buildQrLink(target, linkBase);
      rows.push(row);
    } catch (error) {
      problems.push(`${name}: ${error.message}`);
    }
  }
  if (problems.length > 0) {
    throw new CodesError(
      `✗ ${problems.length} problem(s) with the codes:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  return rows;
}

/** Display width: CJK characters take two columns in a terminal. */
function width(text) {
  let columns = 0;
  for (const char of text)
    columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/.test(char)
      ? 2
      : 1;
  return columns;
}
const pad = (text, columns) => text + ' '.repeat(Math.max(0, columns - width(text)));

function printTable(rows, linkBase) {
  const columns = ['target', 'label', 'page', 'scene', 'sharePath'];
  const headings = {
    target: 'target',
    label: 'what',
    page: 'page (getUnlimited page)',
    scene: 'scene',
    sharePath: 'share path',
  };
  const widths = Object.fromEntries(
    columns.map((key) => [key, Math.max(width(headings[key]), ...rows.map((row) => width(row[key])))]),
  );
  const line = (row) =>
    columns
      .map((key) => pad(row[key], widths[key]))
      .join('  ')
      .trimEnd();
  console.log(`Mini Program codes for ${rows.length} target(s)\n`);
  console.log(line(headings));
  console.log(columns.map((key) => '-'.repeat(widths[key])).join('  '));
  for (const row of rows) console.log(line(row));
  const longest = Math.max(...rows.map((row) => row.scene.length));
  console.log(
    `\n✓ Checked: every scene at most ${entryLink.SCENE_MAX_LENGTH} characters (longest ${longest}), only WeChat's ` +
      'allowed characters, no "%", unique, and each leads back to its target; every page is in app.json.',
  );
  const example = rows.find((row) => row.target.includes(':')) ?? rows[0];
  console.log(`
To make a code, the AppID's owner calls wxacode.getUnlimited (POST /wxa/getwxacodeunlimit?access_token=…)
once per row with a body like:
  ${JSON.stringify({ scene: example.scene, page: example.page, check_path: true, env_version: 'release' })}
Use env_version "trial" or "develop" (and check_path false) before the version is released.
Any page reads any scene, so a code whose page is pages/home/index also works: it is passed on.`);
  if (linkBase !== undefined) {
    console.log(
      `\nNormal QR links (admin console → 开发管理 → 开发设置 → 扫普通链接二维码打开小程序, prefix ${linkBase}):`,
    );
    for (const row of rows) console.log(`  ${pad(row.target, widths.target)}  ${row.qrLink}`);
  }
}

/** What `--fetch` needs from the environment; a CodesError naming what is missing. */
function fetchCredentials(env = process.env) {
  const appid = env.MP_APPID;
  const secret = env.MP_APPSECRET;
  const missing = [
    !appid && 'MP_APPID (your AppID)',
    !secret && 'MP_APPSECRET (admin console → 开发管理 → 开发设置 → AppSecret)',
  ].filter(Boolean);
  if (missing.length > 0)
    throw new CodesError(`--fetch needs ${missing.join(' and ')}. Nothing was fetched.`);
  if (appid === 'touristappid' || !/^wx[0-9a-f]{16}$/.test(appid))
    throw new CodesError(
      `MP_APPID "${appid}" is not a Mini Program AppID (wx + 16 hex digits). Nothing was fetched.`,
    );
  return { appid, secret };
}

/** File name for a target's code: `guide_paying-in-mexico.png`. */
const codeFileName = (row, ext) => `${row.target.replace(/:/g, '_')}.${ext}`;

/** Fetches every row's code image into `out`; returns the files written. */
async function fetchCodes(rows, { appid, secret, env, out, baseUrl, log = console.log, ...clientOptions }) {
  const client = createClient({ appid, secret, baseUrl, log, ...clientOptions });
  fs.mkdirSync(out, { recursive: true });
  const written = [];
  for (const row of rows) {
    const { bytes, ext } = await client.getUnlimited(unlimitedBody(row, env));
    const file = path.join(out, codeFileName(row, ext));
    fs.writeFileSync(file, bytes);
    written.push(file);
    log(`  ✓ ${row.target.padEnd(28)} ${path.relative(process.cwd(), file)} (${bytes.length} bytes)`);
  }
  return written;
}

async function main(argv, env = process.env) {
  const options = parseArgs(argv);
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const rows = collectCodes(options);
  if (options.fetch) {
    const credentials = fetchCredentials(env);
    const baseUrl = env.WECHAT_API_BASE || WECHAT_API_BASE;
    console.log(
      `Fetching ${rows.length} Mini Program code(s) for ${credentials.appid} (env_version ${options.env}) from ${baseUrl}`,
    );
    try {
      const written = await fetchCodes(rows, { ...credentials, env: options.env, out: options.out, baseUrl });
      console.log(
        `\n✓ ${written.length} code image(s) written to ${path.relative(process.cwd(), options.out) || '.'}`,
      );
    } catch (error) {
      throw new CodesError(`✗ Fetching stopped: ${error.message}`);
    }
    return;
  }
  if (options.json) console.log(JSON.stringify(rows, null, 2));
  else printTable(rows, options.linkBase);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(
      error instanceof CodesError ? error.message : error && error.stack ? error.stack : String(error),
    );
    process.exit(1);
  });
}

module.exports = { parseArgs, collectCodes, fetchCredentials, fetchCodes, CodesError };
