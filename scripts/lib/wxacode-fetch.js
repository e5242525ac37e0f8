'use strict';
/**
 * Fetching Mini Program codes from WeChat's server API, for `npm run codes -- --fetch`:
 *   1. an access token from `cgi-bin/stable_token` (the plain `cgi-bin/token` would invalidate a token the
 *      owner's own server may be using; stable_token does not unless force_refresh is asked);
 *   2. one `wxa/getwxacodeunlimit` (wxacode.getUnlimited) image per target.
 * WeChat answers errors as JSON with HTTP 200, so every body is read: an image starts with its signature,
 * anything else is parsed for `errcode`. The base URL is a parameter, so tests point it at a local double.
 * Docs: https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-access-token/getStableAccessToken.html
 *       https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/qrcode-link/qr-code/getUnlimitedQRCode.html
 */

const WECHAT_API_BASE = 'https://api.weixin.qq.com';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

/** Codes worth retrying after a pause: daily quota (45009), rate limit (45011), system busy (-1). */
const RETRYABLE = new Set([45009, 45011, -1]);
/** The token expired or was replaced: refresh it once. */
const TOKEN_INVALID = new Set([40001, 42001]);

class WeChatApiError extends Error {
  constructor(errcode, errmsg, explanation) {
    super(
      explanation
        ? `${explanation} (errcode ${errcode}: ${errmsg})`
        : `WeChat answered errcode ${errcode}: ${errmsg}`,
    );
    this.errcode = errcode;
    this.errmsg = errmsg;
  }
}

/** Plain words for the errors an owner can fix. */
function explain(errcode, errmsg, context = {}) {
  switch (errcode) {
    case 40164:
    case 61004:
      return (
        "This machine's IP address is not on the AppID's API IP whitelist. Add it in the admin console: " +
        '开发管理 → 开发设置 → 开发者ID → IP白名单' +
        (/\d+\.\d+\.\d+\.\d+/.test(errmsg || '')
          ? ` (WeChat saw ${errmsg.match(/\d+\.\d+\.\d+\.\d+/)[0]})`
          : '') +
        ', then run this again'
      );
    case 40129:
    case 40169:
      return (
        `WeChat refused the scene${context.scene ? ` "${context.scene}"` : ''}: at most 32 characters of ` +
        "0-9 A-Z a-z !#$&'()*+,/:;=?@-._~ (npm run codes checks this; a short key in entry-keys.ts may have changed)"
      );
    case 41030:
      return (
        `The page${context.page ? ` ${context.page}` : ''} is not in the released version, so WeChat will not make ` +
        'its code. Release the version first, or make codes for the trial version with --env trial ' +
        '(sends check_path: false, env_version: "trial")'
      );
    case 40001:
    case 42001:
      return 'WeChat refused the access token even after one refresh; check MP_APPSECRET (admin console → 开发管理 → 开发设置 → AppSecret)';
    case 40013:
    case 40125:
      return 'WeChat does not accept this AppID and AppSecret pair; check MP_APPID and MP_APPSECRET';
    case 45009:
      return "The AppID's daily quota for this API is used up; try again tomorrow";
    case 45011:
      return 'WeChat is limiting the call rate; wait a minute and run this again';
    case -1:
      return 'WeChat reported a system error; try again later';
    default:
      return undefined;
  }
}

async function post(fetchImpl, url, body) {
  const response = await fetchImpl(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  if (!response.ok) throw new Error(`${url.split('?')[0]} answered HTTP ${response.status}`);
  return bytes;
}

function parseJson(bytes, what) {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new Error(`${what} answered neither an image nor JSON (${bytes.length} bytes)`);
  }
}

/**
 * A client for one AppID. `sleep` and `retryDelaysMs` are injectable so tests run fast; `fetchImpl` defaults
 * to Node's fetch.
 */
function createClient({
  appid,
  secret,
  baseUrl = WECHAT_API_BASE,
  fetchImpl = fetch,
  sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  retryDelaysMs = [2000, 5000, 15000],
  log = () => {},
}) {
  let token;
  const base = baseUrl.replace(/\/$/, '');

  /** Runs `call` again after a pause while WeChat answers a retryable code. */
  async function withRetries(label, call, context) {
    for (let attempt = 0; ; attempt += 1) {
      const result = await call();
      if (result.errcode === undefined || result.errcode === 0) return result;
      if (RETRYABLE.has(result.errcode) && attempt < retryDelaysMs.length) {
        log(
          `  ${label}: errcode ${result.errcode}, waiting ${retryDelaysMs[attempt] / 1000} s and trying again`,
        );
        await sleep(retryDelaysMs[attempt]);
        continue;
      }
      throw new WeChatApiError(
        result.errcode,
        result.errmsg,
        explain(result.errcode, result.errmsg, context),
      );
    }
  }

  async function fetchToken(forceRefresh) {
    const result = await withRetries('stable_token', async () =>
      parseJson(
        await post(fetchImpl, `${base}/cgi-bin/stable_token`, {
          grant_type: 'client_credential',
          appid,
          secret,
          force_refresh: forceRefresh,
        }),
        'stable_token',
      ),
    );
    if (typeof result.access_token !== 'string' || result.access_token === '') {
      throw new Error('stable_token answered without an access_token');
    }
    token = result.access_token;
    return token;
  }

  /** The code image for one body `{ scene, page, check_path, env_version }`: `{ bytes, ext }`. */
  async function getUnlimited(body) {
    if (!token) await fetchToken(false);
    let refreshed = false;
    const context = { scene: body.scene, page: body.page };
    for (;;) {
      try {
        return await withRetries(
          `getUnlimited ${body.scene}`,
          async () => {
            const bytes = await post(
              fetchImpl,
              `${base}/wxa/getwxacodeunlimit?access_token=${encodeURIComponent(token)}`,
              body,
            );
            if (bytes.subarray(0, PNG.length).equals(PNG)) return { bytes, ext: 'png' };
            if (bytes.subarray(0, JPEG.length).equals(JPEG)) return { bytes, ext: 'jpg' };
            return parseJson(bytes, 'getwxacodeunlimit');
          },
          context,
        );
      } catch (error) {
        if (error instanceof WeChatApiError && TOKEN_INVALID.has(error.errcode) && !refreshed) {
          refreshed = true;
          log(`  token refused (errcode ${error.errcode}): refreshing it once`);
          await fetchToken(true);
          continue;
        }
        throw error;
      }
    }
  }

  return { fetchToken, getUnlimited };
}

/** The request body for a target row of `npm run codes`, for the release or a trial/develop version. */
function unlimitedBody(row, envVersion = 'release') {
  return {
    scene: row.scene,
    page: row.page,
    check_path: envVersion === 'release',
    env_version: envVersion,
    width: 430,
  };
}

module.exports = { WECHAT_API_BASE, WeChatApiError, explain, createClient, unlimitedBody };
