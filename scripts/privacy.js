#!/usr/bin/env node
'use strict';
/**
 * `npm run privacy`: the text to enter in the admin console's 用户隐私保护指引 (设置 → 服务内容声明 →
 * 用户隐私保护指引 → 去完善), from privacy/declaration.json, after checking the declaration against the code.
 * Exits 1 when they disagree.
 */
const { checkPrivacy } = require('./lib/privacy-scan');
const { SOURCE } = require('./lib/privacy-scopes');

function privacyText(declaration) {
  const lines = ['用户隐私保护指引 · 要填写的内容', ''];
  lines.push('「开发者处理的信息」：只勾选下面这些，每项的用途照抄：');
  for (const scope of declaration.scopes) {
    lines.push(`  · ${scope.info}`);
    lines.push(`    用途：${scope.purpose}`);
  }
  lines.push('');
  lines.push('其他信息（位置、相册、手机号、昵称头像等）：都不勾选，小程序不使用。');
  lines.push(`本地存储：${declaration.storage}`);
  lines.push('');
  lines.push('授权弹窗：使用微信官方的隐私授权弹窗（小程序没有注册 wx.onNeedPrivacyAuthorization）。');
  lines.push(`隐私接口与信息的对应关系：${SOURCE}`);
  return lines.join('\n');
}

function main() {
  const { declaration, problems } = checkPrivacy();
  if (problems.length > 0) {
    console.error(
      `✗ privacy/declaration.json and the code disagree:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    return 1;
  }
  console.log(privacyText(declaration));
  return 0;
}

if (require.main === module) process.exit(main());

module.exports = { privacyText };
