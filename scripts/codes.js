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
 */
const { appPages, entryLink, parseTargetSpec, targetSpec, targetHelp } = require('./lib/targets');
const { contentStore } = require('../miniprogram/content/index.ts');

const USAGE = `Usage: npm run codes -- [--target <page[:id]>]... [--link-base https://your-domain/mp] [--json]
Targets: ${targetHelp()}`;

class CodesError extends Error {}

function parseArgs(argv) {
  const options = { targets: [], linkBase: undefined, json: false, help: false };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--'))
        throw new CodesError(`${name} needs a value.\n${USAGE}`);
      index += 1;
      return next;
    };
    if (name === '--target') options.targets.push(value());
    else if (name === '--link-base') options.linkBase = value();
    else if (name === '--json') options.json = true;
    else if (name === '--help' || name === '-h') options.help = true;
    else throw new CodesError(`Unknown argument "${arg}".\n${USAGE}`);
  }
  return options;
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

function main(argv) {
  const options = parseArgs(argv);
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const rows = collectCodes(options);
  if (options.json) console.log(JSON.stringify(rows, null, 2));
  else printTable(rows, options.linkBase);
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(
      error instanceof CodesError ? error.message : error && error.stack ? error.stack : String(error),
    );
    process.exit(1);
  }
}

module.exports = { parseArgs, collectCodes };
