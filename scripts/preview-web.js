#!/usr/bin/env node
'use strict';
/**
 * `npm run preview:web`: every page of app.json, in the states people care about, rendered through
 * miniprogram-simulate (official WXML compiler, the pages' own WXSS and vant's) into self-contained HTML at a
 * 375 × 812 phone size, then screenshotted with Debian's Chromium. Writes preview/<state>.html, .png,
 * report.json and index.html (the gallery). Without Chromium it still writes the HTML and says how to install it.
 *
 *   npm run preview:web                      all states
 *   npm run preview:web -- --only checklist  states whose id contains "checklist"
 *   npm run preview:web -- --no-screenshots  HTML only
 */
const fs = require('fs');
const path = require('path');
const { ROOT, packNpm, isFresh } = require('./lib/pack-npm');

const OUT = path.join(ROOT, 'preview');
const args = process.argv.slice(2);
const only = args.flatMap((arg, index) => (arg === '--only' && args[index + 1] ? [args[index + 1]] : []));
const wantScreenshots = !args.includes('--no-screenshots');
const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;

async function main() {
  const started = Date.now();
  if (!isFresh()) {
    console.log('Building miniprogram_npm (miniprogram-ci packNpmManually, offline)...');
    await packNpm();
  }
  require('./lib/ts-require');
  require('./web-preview/dom-env.ts').installDom();
  const { previewStates } = require('./web-preview/states.ts');
  const { renderState, previewDocument } = require('./web-preview/render.ts');
  const { galleryHtml } = require('./web-preview/gallery.ts');
  const { findChromium, shootAll, INSTALL_HINT, CHROMIUM, FONT_SCALES } = require('./web-preview/shoot.js');

  const states = previewStates().filter(
    (state) => only.length === 0 || only.some((part) => state.id.includes(part)),
  );
  if (states.length === 0) throw new Error(`No preview state matches ${only.join(', ')}`);
  fs.mkdirSync(OUT, { recursive: true });
  for (const name of fs.readdirSync(OUT)) {
    if (/\.(html|png)$/.test(name) || name === 'report.json') fs.rmSync(path.join(OUT, name));
  }

  console.log(
    `▸ Rendering ${states.length} states of ${new Set(states.map((s) => s.route)).size} pages (375 × 812, 750rpx = 375px)`,
  );
  const entries = [];
  for (const state of states) {
    const entry = {
      id: state.id,
      title: state.title,
      route: state.route,
      dark: state.dark,
      facts: [],
      problems: [],
    };
    entries.push(entry);
    try {
      const rendered = await renderState(state);
      const html = previewDocument(rendered);
      fs.writeFileSync(path.join(OUT, `${state.id}.html`), html);
      entry.html = `${state.id}.html`;
      entry.facts.push(
        `rendered in ${rendered.milliseconds} ms; vant: ${rendered.vant.map((item) => item.tag).join(', ') || 'none'}`,
      );
      if (!rendered.text) entry.problems.push('the page shows no text');
      for (const warning of rendered.calls.warnings) entry.problems.push(`template warning: ${warning}`);
      if (rendered.calls.toasts.length) entry.facts.push(`toasts: ${rendered.calls.toasts.join(' / ')}`);
      console.log(
        `  ${state.id.padEnd(36)} ${String(rendered.milliseconds).padStart(5)} ms  ${kb(html.length)}`,
      );
    } catch (error) {
      entry.problems.push(`could not render: ${error && error.message ? error.message : String(error)}`);
      console.log(`  ${state.id.padEnd(36)} FAILED: ${entry.problems[entry.problems.length - 1]}`);
    }
  }

  const notes = [
    "Rendered by miniprogram-simulate with the official WXML compiler and the pages' own WXSS (vant's included) at 375 × 812; screenshots by Debian's Chromium at device scale 2.",
    'Differences from WeChat: native components (input, image, canvas, map…) are empty boxes; the navigation bar and capsule are drawn by the preview; fonts are Noto Sans CJK instead of PingFang; vant parts placed by run-time measurement (other than the progress pivot) are not; hover and tap states, animations and toasts are not shown.',
  ];
  const shots = entries.filter((entry) => entry.html);
  let screenshotsTaken = false;
  if (!wantScreenshots) {
    notes.push('Screenshots were skipped (--no-screenshots).');
  } else if (!findChromium()) {
    notes.push(`No screenshots: Chromium is not installed at ${CHROMIUM}. Install it with: ${INSTALL_HINT}`);
    console.log(`\n! No screenshots: Chromium is not installed at ${CHROMIUM}.`);
    console.log(`  Install it (Debian/Ubuntu, as root):  ${INSTALL_HINT}`);
    console.log(
      '  then run npm run preview:web again. The HTML files are written and can be opened in any browser.',
    );
  } else {
    console.log(`\n▸ Screenshots with ${CHROMIUM} (full page, 375 wide, device scale 2, network cut off)`);
    const { launchMs, results } = await shootAll(
      shots.map((entry) => ({ id: entry.id, html: path.join(OUT, entry.html), dark: entry.dark })),
      { outDir: OUT, scales: FONT_SCALES, axe: true },
    );
    screenshotsTaken = true;
    console.log(`  browser started in ${launchMs} ms`);
    for (const result of results) {
      const entry = entries.find((candidate) => candidate.id === result.id);
      entry.png = path.basename(result.png);
      entry.shots = result.scales.map((at) => ({ label: at.label, png: path.basename(at.png) }));
      entry.facts.push(
        `PNG ${result.width * 2} × ${result.shotHeight * 2}, ${kb(result.bytes)}, page ${result.height}px tall; ` +
          `Chinese drawn with ${result.cjkFonts.join(', ') || 'no font found'}`,
      );
      for (const check of result.vant.filter((item) => !item.ok)) {
        entry.problems.push(`vant styles missing on ${check.component}: ${check.element}`);
      }
      if (result.cjkText && !result.cjkOk) {
        entry.problems.push(
          `Chinese text not drawn with a CJK font (${result.cjkFonts.join(', ') || 'none'}): ${INSTALL_HINT}`,
        );
      }
      if (!result.hasText) entry.problems.push('the screenshot shows no text');
      for (const at of result.scales) {
        const where = `at ${at.label}`;
        if (!at.overflowOk) {
          entry.problems.push(
            at.scrollWidth > result.width
              ? `${where}: wider than the phone: scrollWidth ${at.scrollWidth}px > ${result.width}px`
              : `${where}: content cut off at the left edge of the screen`,
          );
          for (const offender of at.offenders) entry.problems.push(`  sticks out: ${offender}`);
        }
        for (const clip of at.clipped) entry.problems.push(`${where}: text cut off in ${clip}`);
        for (const overlap of at.overlaps) entry.problems.push(`${where}: text overlaps: ${overlap}`);
        const violations = at.axe ? at.axe.violations : [];
        for (const violation of violations) {
          const line =
            `${where}: axe ${violation.impact} ${violation.id} (${violation.count}×): ${violation.help}` +
            violation.nodes.map((node) => `\n      ${node.target}: ${node.summary}`).join('');
          if (violation.impact === 'serious' || violation.impact === 'critical') entry.problems.push(line);
          else entry.facts.push(line);
        }
        if (at.axe) {
          entry.facts.push(
            `${where}: axe ${at.axe.passes} rules passed, ${violations.length} with findings` +
              (at.axe.incomplete.length ? `, to check by hand: ${at.axe.incomplete.join(', ')}` : ''),
          );
        }
      }
      console.log(
        `  ${result.id.padEnd(36)} ${String(result.milliseconds).padStart(5)} ms  ${kb(result.bytes).padStart(7)}  ` +
          `width ${result.scrollWidth}/375  ${result.vant.length} vant checks  ${result.cjkFonts[0] || '-'}  ` +
          `axe ${result.scales.map((at) => (at.axe ? at.axe.violations.length : '-')).join('/')}`,
      );
    }
  }

  const cardEntry = screenshotsTaken && entries.find((entry) => entry.id === 'emergency-card' && entry.png);
  if (cardEntry) {
    // The emergency card's shareable image: the page's own layout and draw code replayed on Chromium's canvas.
    const { drawCardImages } = require('./web-preview/card-image.js');
    for (const image of await drawCardImages(OUT)) {
      cardEntry.facts.push(
        `card image ${path.basename(image.file)}: ${image.width} × ${image.height} (canvas replay)`,
      );
      console.log(
        `  ${path.basename(image.file).padEnd(36)} ${image.width} × ${image.height}, drawn on Chromium's canvas`,
      );
    }
  }

  fs.writeFileSync(path.join(OUT, 'index.html'), galleryHtml(entries, notes));
  fs.writeFileSync(
    path.join(OUT, 'report.json'),
    `${JSON.stringify({ screenshotsTaken, entries }, null, 2)}\n`,
  );
  const problems = entries.flatMap((entry) => entry.problems.map((problem) => `${entry.id}: ${problem}`));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `\n${problems.length ? '✗' : '✓'} ${entries.length} states in ${seconds} s → ${path.relative(process.cwd(), path.join(OUT, 'index.html')) || OUT}`,
  );
  if (problems.length) {
    console.log(
      `\n${problems.length} problem(s):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(`\n✗ ${error && error.stack ? error.stack : String(error)}`);
  process.exit(1);
});
