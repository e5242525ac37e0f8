'use strict';
/**
 * Arguments and credentials for `npm run preview` and `npm run upload`, checked before any work is done.
 * Pure functions (the environment and the file system are passed in) so tests can call them directly.
 *
 * miniprogram-ci's preview and upload talk to WeChat's servers with the AppID's upload key: nothing here
 * pretends to do that; it only decides whether the real call may start, and with what.
 */
const fs = require('fs');

const APPID_PATTERN = /^wx[0-9a-f]{16}$/i;
const VERSION_PATTERN = /^\d+\.\d+\.\d+$/;
const MAX_DESC_LENGTH = 200;
const MAX_QUERY_LENGTH = 1024;

const KEY_HELP =
  'the upload key file downloaded from the WeChat admin console (mp.weixin.qq.com → 开发管理 → 开发设置 → ' +
  '小程序代码上传 → 生成), e.g. ~/keys/private.wx0123456789abcdef.key';

class UsageError extends Error {
  constructor(message) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Checks MP_APPID and MP_PRIVATE_KEY_PATH. Returns `{ ok: true, appid, privateKeyPath }` or
 * `{ ok: false, message }` with one message that names everything to set.
 */
function checkCredentials(env = process.env, fileSystem = fs, action = 'preview') {
  const appid = (env.MP_APPID ?? '').trim();
  const keyPath = (env.MP_PRIVATE_KEY_PATH ?? '').trim();
  const problems = [];
  if (appid === '') {
    problems.push(
      "MP_APPID is not set: set it to your Mini Program's AppID (wx followed by 16 hex characters).",
    );
  } else if (appid === 'touristappid') {
    problems.push(
      `MP_APPID is touristappid, which WeChat does not accept for ${action}: use your own AppID.`,
    );
  } else if (!APPID_PATTERN.test(appid)) {
    problems.push(`MP_APPID "${appid}" is not an AppID (wx followed by 16 hex characters).`);
  }
  if (keyPath === '') {
    problems.push(`MP_PRIVATE_KEY_PATH is not set: set it to ${KEY_HELP}.`);
  } else {
    let stat;
    try {
      stat = fileSystem.statSync(keyPath);
    } catch {
      stat = undefined;
    }
    if (!stat)
      problems.push(`MP_PRIVATE_KEY_PATH points to ${keyPath}, which does not exist: set it to ${KEY_HELP}.`);
    else if (!stat.isFile()) problems.push(`MP_PRIVATE_KEY_PATH points to ${keyPath}, which is not a file.`);
    else if (stat.size === 0) problems.push(`MP_PRIVATE_KEY_PATH points to ${keyPath}, which is empty.`);
  }
  if (problems.length > 0) {
    return {
      ok: false,
      message:
        `Cannot ${action}: WeChat needs your AppID and its upload key.\n` +
        problems.map((problem) => `  - ${problem}`).join('\n') +
        `\nExample: MP_APPID=wx0123456789abcdef MP_PRIVATE_KEY_PATH=~/keys/private.key npm run ${action}\n` +
        'Nothing was built or sent.',
    };
  }
  return { ok: true, appid, privateKeyPath: keyPath };
}

/**
 * A small `--name value` / `--name=value` parser. `spec` maps option names to 'string' or 'flag'.
 * Throws UsageError for unknown options, missing values and positional arguments.
 */
function parseOptions(argv, spec) {
  const values = {};
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (!arg.startsWith('--')) throw new UsageError(`Unexpected argument "${arg}".`);
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals < 0 ? undefined : equals);
    const kind = spec[name];
    if (!kind) {
      throw new UsageError(
        `Unknown option --${name}. Options: ${Object.keys(spec)
          .map((n) => `--${n}`)
          .join(', ')}.`,
      );
    }
    if (kind === 'flag') {
      if (equals >= 0) throw new UsageError(`--${name} takes no value.`);
      values[name] = true;
      continue;
    }
    let value;
    if (equals >= 0) value = arg.slice(equals + 1);
    else {
      value = argv[index + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value.`);
      index += 1;
    }
    if (values[name] !== undefined) throw new UsageError(`--${name} is given twice.`);
    values[name] = value;
  }
  return values;
}

function parseRobot(value) {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 30) {
    throw new UsageError(`--robot must be a number from 1 to 30 (got "${value}").`);
  }
  return Number(value);
}

function parseDesc(value, required) {
  if (value === undefined) {
    if (required) throw new UsageError('--desc is required: say in a few words what this version changes.');
    return undefined;
  }
  const desc = value.trim();
  if (desc === '') throw new UsageError('--desc is empty.');
  if (desc.length > MAX_DESC_LENGTH)
    throw new UsageError(`--desc is longer than ${MAX_DESC_LENGTH} characters.`);
  return desc;
}

const PREVIEW_SPEC = {
  page: 'string',
  query: 'string',
  target: 'string',
  scene: 'string',
  'qr-out': 'string',
  desc: 'string',
  robot: 'string',
  help: 'flag',
};

/**
 * Preview arguments. `pages` are app.json's pages (`pages/home/index`); `resolveTarget(text)` turns
 * `guide:paying-in-mexico` into `{ pagePath, searchQuery }` (entry-link service) or throws.
 */
function parsePreviewArgs(argv, { pages, resolveTarget, defaultQrOut }) {
  const values = parseOptions(argv, PREVIEW_SPEC);
  if (values.help) return { help: true };
  let pagePath;
  let searchQuery;
  if (values.target !== undefined) {
    if (values.page !== undefined || values.query !== undefined) {
      throw new UsageError('Use either --target or --page/--query, not both.');
    }
    ({ pagePath, searchQuery } = resolveTarget(values.target));
  } else {
    if (values.page !== undefined) {
      pagePath = values.page.replace(/^\//, '');
      if (!pages.includes(pagePath)) {
        throw new UsageError(`--page ${values.page} is not a page in app.json. Pages: ${pages.join(', ')}.`);
      }
    }
    if (values.query !== undefined) {
      if (pagePath === undefined) throw new UsageError('--query needs --page (the page that reads it).');
      searchQuery = values.query.replace(/^\?/, '');
      if (searchQuery.length > MAX_QUERY_LENGTH) {
        throw new UsageError(`--query is longer than ${MAX_QUERY_LENGTH} characters.`);
      }
      if (!/^[^=&\s]+=[^&\s]*(?:&[^=&\s]+=[^&\s]*)*$/.test(searchQuery)) {
        throw new UsageError(`--query "${values.query}" is not of the form key=value&key=value.`);
      }
    }
  }
  let scene;
  if (values.scene !== undefined) {
    if (!/^1\d{3}$/.test(values.scene)) {
      throw new UsageError(`--scene is a WeChat scene number such as 1011 or 1047 (got "${values.scene}").`);
    }
    scene = Number(values.scene);
  }
  const qrcodeOutputDest = values['qr-out'] ?? defaultQrOut;
  if (!/\.png$/i.test(qrcodeOutputDest)) throw new UsageError('--qr-out must name a .png file.');
  return {
    help: false,
    pagePath,
    searchQuery,
    scene,
    qrcodeOutputDest,
    desc: parseDesc(values.desc, false),
    robot: parseRobot(values.robot),
  };
}

const UPLOAD_SPEC = { version: 'string', desc: 'string', robot: 'string', help: 'flag' };

/**
 * `packageVersion` (package.json's, the one place the version lives): the default for --version, and a
 * different --version is refused so the app, the upload and package.json never disagree.
 */
function parseUploadArgs(argv, packageVersion) {
  const values = parseOptions(argv, UPLOAD_SPEC);
  if (values.help) return { help: true };
  if (packageVersion !== undefined) {
    if (values.version !== undefined && values.version !== packageVersion) {
      throw new UsageError(
        `--version ${values.version} differs from package.json's ${packageVersion}: the version lives in ` +
          `package.json. Run "npm version ${VERSION_PATTERN.test(values.version) ? values.version : '<x.y.z>'} --no-git-tag-version" ` +
          'first (the app shows it too), or leave --version out.',
      );
    }
    values.version = packageVersion;
  }
  if (values.version === undefined) throw new UsageError('--version is required, e.g. --version 1.0.1.');
  if (!VERSION_PATTERN.test(values.version)) {
    throw new UsageError(`--version "${values.version}" must look like 1.0.1 (three numbers).`);
  }
  return {
    help: false,
    version: values.version,
    desc: parseDesc(values.desc, true),
    robot: parseRobot(values.robot),
  };
}

/** The `ci.Project` options: the repository root holds project.config.json (miniprogramRoot: miniprogram/). */
function projectOptions(root, credentials) {
  return {
    appid: credentials.appid,
    type: 'miniProgram',
    projectPath: root,
    privateKeyPath: credentials.privateKeyPath,
    ignores: [
      'node_modules/**/*',
      'test/**/*',
      'scripts/**/*',
      'preview/**/*',
      'coverage/**/*',
      '.codes/**/*',
    ],
  };
}

/** The options `ci.preview` receives (one call: the QR image is saved, then also drawn in the terminal). */
function previewCallOptions(project, args) {
  const options = {
    project,
    desc: args.desc ?? 'preview from npm run preview',
    setting: { useProjectConfig: true },
    qrcodeFormat: 'image',
    qrcodeOutputDest: args.qrcodeOutputDest,
  };
  if (args.pagePath !== undefined) options.pagePath = args.pagePath;
  if (args.searchQuery !== undefined) options.searchQuery = args.searchQuery;
  if (args.scene !== undefined) options.scene = args.scene;
  if (args.robot !== undefined) options.robot = args.robot;
  return options;
}

function uploadCallOptions(project, args) {
  const options = { project, version: args.version, desc: args.desc, setting: { useProjectConfig: true } };
  if (args.robot !== undefined) options.robot = args.robot;
  return options;
}

module.exports = {
  APPID_PATTERN,
  UsageError,
  checkCredentials,
  parseOptions,
  parsePreviewArgs,
  parseUploadArgs,
  projectOptions,
  previewCallOptions,
  uploadCallOptions,
};
