'use strict';
/**
 * `npm run release:check`: what can be checked locally before a real release, and the list of what only the
 * owner can do in WeChat's admin console. `evaluateRelease(facts)` is pure (tested in npm test); `gatherFacts`
 * reads the repository and runs `npm run report --summary` (the quality scan and package budgets).
 */
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const VERSION_PATTERN = /^\d+\.\d+\.\d+$/;
const MAX_DESC_LENGTH = 200;

/** Review notes (审核备注) for the submission, in the reviewer's language. */
const REVIEW_NOTES =
  '本小程序是离线的出行资料指南，讲墨西哥 eSIM 能否用于微信、支付宝，以及在墨西哥怎么付款。' +
  '不提供任何金融服务：不支付、不收款、不兑换、不汇款，也不推荐任何金融产品；加密货币只作为风险提醒出现。' +
  '没有登录，不联网，不收集个人信息；没有外部链接，资料来源只显示网址，供用户自行复制核对。';

/**
 * `facts`: { appid, privacyProblems: string[], linkBase, linkBaseValid, version, generatedVersion, desc,
 * quality: { passed, total } | undefined, budgetsOk: boolean | undefined, minBaseLibrary }.
 * Returns { checks: [{ name, ok, detail }], manual: string[], ok }.
 */
function evaluateRelease(facts) {
  const checks = [];
  const check = (name, ok, detail) => checks.push({ name, ok: Boolean(ok), detail });

  const appid = facts.appid;
  check(
    'AppID',
    typeof appid === 'string' && /^wx[0-9a-f]{16}$/.test(appid),
    appid === 'touristappid' || !appid
      ? `project.config.json has "${appid ?? ''}": set your own AppID (wx + 16 hex digits)`
      : /^wx[0-9a-f]{16}$/.test(appid)
        ? appid
        : `"${appid}" is not an AppID (wx + 16 hex digits)`,
  );
  check(
    'privacy declaration',
    facts.privacyProblems.length === 0,
    facts.privacyProblems.length === 0
      ? 'privacy/declaration.json matches the code (npm run privacy prints the console text)'
      : facts.privacyProblems.join('; '),
  );
  check(
    'share QR link base',
    facts.linkBase === '' || facts.linkBaseValid,
    facts.linkBase === ''
      ? 'empty: the share QR code stays hidden'
      : facts.linkBaseValid
        ? `${facts.linkBase} (see the console steps below)`
        : `"${facts.linkBase}" must look like https://your-domain/mp (miniprogram/config/release.ts)`,
  );
  check(
    'version',
    VERSION_PATTERN.test(facts.version ?? '') && facts.generatedVersion === facts.version,
    !VERSION_PATTERN.test(facts.version ?? '')
      ? `package.json's version "${facts.version}" must look like 1.0.1`
      : facts.generatedVersion === facts.version
        ? `${facts.version} (package.json → miniprogram/generated/version.ts)`
        : `generated version ${facts.generatedVersion} differs from package.json's ${facts.version}: run npm start`,
  );
  const desc = (facts.desc ?? '').trim();
  check(
    'description',
    desc !== '' && desc.length <= MAX_DESC_LENGTH,
    desc === ''
      ? 'give what this version changes: npm run release:check -- --desc "…" (the same text goes to npm run upload)'
      : desc.length > MAX_DESC_LENGTH
        ? `longer than ${MAX_DESC_LENGTH} characters`
        : desc,
  );
  check(
    'quality scan',
    facts.quality !== undefined && facts.quality.passed === facts.quality.total && facts.quality.total > 0,
    facts.quality === undefined
      ? 'the scan did not run (npm run report says why)'
      : `${facts.quality.passed}/${facts.quality.total} checks pass`,
  );
  check(
    'package budgets',
    facts.budgetsOk === true,
    facts.budgetsOk === undefined
      ? 'not measured'
      : facts.budgetsOk
        ? 'within budget'
        : 'over budget (npm run report)',
  );

  const manual = [
    `基础库最低版本: 设置 → 基本设置 → 基础库最低版本设置 → ${facts.minBaseLibrary}`,
    '用户隐私保护指引: 设置 → 服务内容声明 → 用户隐私保护指引，按 npm run privacy 的输出填写（只勾选 剪切板）',
    '类目: 旅游 → 旅游攻略。据微信开放社区的回答，这个类目不对个人主体开放：需要企业或个体工商户主体',
    '名称: 要带一个品牌词；只由地名加通用词（如"墨西哥支付指南"）组成的名称会被驳回',
    'ICP 备案: 设置 → 基本设置 → 小程序备案，备案通过后才能上架',
    `审核备注（提交审核时填写）: ${REVIEW_NOTES}`,
  ];
  if (facts.linkBase !== '' && facts.linkBaseValid) {
    manual.push(
      `普通链接二维码: 开发管理 → 开发设置 → 扫普通链接二维码打开小程序 → 添加规则，前缀 ${facts.linkBase}，` +
        '把校验文件放到该域名下，先用最多 5 个测试链接在体验版上试，再发布规则。' +
        '只对企业、媒体、政府和其他组织主体开放，域名要有 ICP 备案',
    );
  } else {
    manual.push(
      '普通链接二维码: 没有设置 SHARE_LINK_BASE，分享二维码不显示（需要企业等主体和备案域名，见 README）',
    );
  }
  manual.push(
    '小程序码: 发布后运行 MP_APPID=… MP_APPSECRET=… npm run codes -- --fetch（本机 IP 要在 开发管理 → 开发设置 → IP白名单 里）',
  );
  return { checks, manual, ok: checks.every((item) => item.ok) };
}

/** Parses `npm run report --summary` output. */
function parseReport(output, code) {
  const scan = output.match(/Code quality scan[^:]*:\s*(\d+)\/(\d+) pass/);
  return {
    quality: scan ? { passed: Number(scan[1]), total: Number(scan[2]) } : undefined,
    budgetsOk: /Budgets/.test(output)
      ? code === 0 || !/✗ (upload package|content store)/.test(output)
      : undefined,
  };
}

function runReport() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'report.js'), '--summary'], {
      cwd: ROOT,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ output, code }));
  });
}

async function gatherFacts({ desc } = {}) {
  require('./ts-require');
  const { SHARE_LINK_BASE, MIN_BASE_LIBRARY } = require('../../miniprogram/config/release.ts');
  const { isLinkBase } = require('../../miniprogram/services/entry-link.ts');
  const { checkPrivacy } = require('./privacy-scan');
  const { packageVersion, writeVersionModule, generatedVersion } = require('./version');
  const project = JSON.parse(fs.readFileSync(path.join(ROOT, 'project.config.json'), 'utf8'));
  let version;
  try {
    version = packageVersion();
    writeVersionModule();
  } catch (error) {
    version = String(error.message);
  }
  const report = await runReport();
  return {
    appid: project.appid,
    privacyProblems: checkPrivacy().problems,
    linkBase: SHARE_LINK_BASE,
    linkBaseValid: SHARE_LINK_BASE !== '' && isLinkBase(SHARE_LINK_BASE),
    version,
    generatedVersion: generatedVersion(),
    desc,
    minBaseLibrary: MIN_BASE_LIBRARY,
    ...parseReport(report.output, report.code),
  };
}

module.exports = { REVIEW_NOTES, evaluateRelease, parseReport, gatherFacts };
