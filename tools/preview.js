#!/usr/bin/env node
// Renders the skill's screens to PNG with Amazon's web viewhost (npm apl-viewhost-web 1.4.0) in
// headless Chromium, at Echo Show 5, 8 and 15 sizes. Run it through tools/preview, which captures the
// directives from a real simulator run first:
//
//   node tools/preview.js DIRECTIVES.json OUT_DIR
//
// The countdown runs on the viewhost's own clock (elapsedTime); Playwright's fake clock moves it to
// mid-hold without waiting in real time. Every request off the machine is refused.
'use strict';

const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const DEVICES = [
  // pixel sizes and densities as Amazon lists them; dp = px * 160 / dpi
  { name: 'echo-show-5', width: 960, height: 480, dpi: 160 },   // hubLandscapeSmall, 960x480 dp
  { name: 'echo-show-8', width: 1280, height: 800, dpi: 213 },  // hubLandscapeMedium, 960x600 dp
  { name: 'echo-show-15', width: 1920, height: 1080, dpi: 160 }, // hubLandscapeExtraLarge, 1920x1080 dp
];

function pick(directives) {
  const view = (d) => d.datasources.view || {};
  const find = (what, test) => {
    const d = directives.find((x) => test(view(x)));
    if (!d) {
      throw new Error(`no ${what} screen in the captured run`);
    }
    return d;
  };
  const setup = find('stretch setup', (v) => v.kind === 'stretch' && v.holdSeconds === 0);
  const hold = find('stretch hold', (v) => v.kind === 'stretch' && v.holdSeconds > 0);
  const cramp = find('cramp', (v) => v.kind === 'cramp' && v.holdSeconds > 0);
  const holdMid = (hold.datasources.view.startsAfterSeconds + Math.floor(hold.datasources.view.holdSeconds / 2)) * 1000;
  const crampMid = (cramp.datasources.view.startsAfterSeconds + Math.floor(cramp.datasources.view.holdSeconds / 2)) * 1000;
  return [
    { name: 'stretch-setup', directive: setup, atMs: 0 },
    { name: 'stretch-hold-start', directive: hold, atMs: 0 },
    { name: 'stretch-hold-mid', directive: hold, atMs: holdMid },
    { name: 'cramp', directive: cramp, atMs: crampMid },
  ];
}

async function render(browser, device, screen, outFile) {
  const context = await browser.newContext({ viewport: { width: device.width, height: device.height }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const logs = [];
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !m.text().includes('net::ERR_FAILED')) {
      logs.push(m.text());
    }
  });
  page.on('pageerror', (e) => logs.push(String(e)));
  // Nothing leaves the machine: the viewhost's font and package fetches are refused at once.
  await page.route(/^https?:/, (route) => route.abort());
  await page.clock.install({ time: new Date('2026-01-01T23:30:00Z') });
  await page.setContent(`<!doctype html><html><head><style>
  /* Amazon Ember (the devices' font) is fetched from Amazon's CDN, which is out of reach here: draw and
     measure the text in a local sans-serif of similar width instead. */
  * { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif !important; }
</style></head><body style="margin:0;background:#000"><div id="apl"></div></body></html>`);
  await page.addScriptTag({ path: require.resolve('apl-viewhost-web') });
  await page.evaluate(async ({ directive, device }) => {
    const R = window.AplRenderer;
    await R.initEngine();
    const content = R.Content.create(JSON.stringify(directive.document));
    for (const [name, data] of Object.entries(directive.datasources)) {
      content.addData(name, JSON.stringify(data));
    }
    const renderer = R.default.create({
      content,
      view: document.getElementById('apl'),
      environment: { agentName: 'bedtime-legs-preview', agentVersion: '1.0', disallowVideo: true },
      viewport: { width: device.width, height: device.height, dpi: device.dpi, shape: 'RECTANGLE' },
      theme: 'dark',
      mode: 'HUB',
      notLoadFonts: true,
      utcTime: Date.now(),
      localTimeAdjustment: 0,
      logLevel: 'warn',
    });
    window.renderer = renderer;
    await renderer.init();
  }, { directive: screen.directive, device }).catch(async (e) => {
    throw new Error(`${screen.name} on ${device.name}: ${e.message}\n${logs.join('\n')}`);
  });
  // Jump the clock (no need to draw every frame in between), then let a few frames draw.
  if (screen.atMs > 0) {
    await page.clock.fastForward(screen.atMs);
  }
  await page.clock.runFor(500);
  await page.screenshot({ path: outFile });
  await context.close();
  return logs;
}

async function main() {
  const [input, outDir] = process.argv.slice(2);
  if (!input || !outDir) {
    console.error('usage: node tools/preview.js DIRECTIVES.json OUT_DIR');
    process.exit(2);
  }
  const screens = pick(JSON.parse(fs.readFileSync(input, 'utf8')));
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    // Playwright starts Chromium with a new, empty --user-data-dir of its own and removes it afterwards.
  });
  try {
    for (const device of DEVICES) {
      for (const screen of screens) {
        const file = path.join(outDir, `${device.name}-${screen.name}.png`);
        const logs = await render(browser, device, screen, file);
        console.log(`${file}  (${screen.directive.source}, at ${(screen.atMs / 1000).toFixed(0)} s)`);
        logs.forEach((l) => console.log(`  viewhost: ${l}`));
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
