// Opens every page of a workshop pack in headless Chromium and checks what a facilitator relies on:
// no console errors, every map drawn and visible in the page's own font, links that lead somewhere,
// room for notes when printed, and model text that never runs as script. Saves a screenshot of each.
// Run by tests/browser/run.sh, which makes the packs first (PACK_DIR, HOSTILE_DIR, SHOTS_DIR).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const packDir = resolve(process.env.PACK_DIR ?? 'target/pack');
const hostileDir = resolve(process.env.HOSTILE_DIR ?? 'target/hostile');
const shotsDir = resolve(process.env.SHOTS_DIR ?? 'target/screenshots');
let browser;

before(async () => {
  mkdirSync(shotsDir, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    // The machine has no network: Chromium must not try to reach Google's services.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
});

function pages(dir) {
  const files = readdirSync(dir).filter((name) => name.endsWith('.html')).sort();
  assert.ok(files.length > 0, `no pages in ${dir}`);
  return files;
}

/** Opens a page offline and records what went wrong in it. */
async function open(dir, name) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const problems = [];
  const requests = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('dialog', async (dialog) => { problems.push(`a dialog opened: ${dialog.message()}`); await dialog.dismiss(); });
  page.on('request', (request) => { if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) requests.push(request.url()); });
  await page.goto(pathToFileURL(join(dir, name)).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return { page, problems, requests };
}

test('every page of the examples pack opens cleanly, with its maps visible', async () => {
  for (const name of pages(packDir)) {
    const { page, problems, requests } = await open(packDir, name);
    assert.deepEqual(problems, [], `${name}: console errors`);
    assert.deepEqual(requests, [], `${name}: fetched something from outside the file`);
    assert.ok(await page.evaluate(() => document.fonts.check('12px "DejaVu Sans"')), `${name}: the embedded font is usable`);
    const maps = page.locator('svg[data-view]');
    const count = await maps.count();
    if (name !== 'index.html') {
      assert.ok(count >= 2, `${name}: expected its maps, found ${count}`);
    }
    for (let index = 0; index < count; index++) {
      const map = maps.nth(index);
      assert.ok(await map.isVisible(), `${name}: map ${index + 1} is not visible`);
      const box = await map.boundingBox();
      assert.ok(box.width > 300 && box.height > 100, `${name}: map ${index + 1} drawn at ${box.width}x${box.height}`);
      assert.ok(box.width <= 1600, `${name}: map ${index + 1} is wider than the window`);
    }
    for (const href of await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      if (!href.startsWith('#')) {
        assert.ok(existsSync(join(packDir, href)), `${name}: link to missing ${href}`);
      } else {
        assert.equal(await page.locator(`[id="${href.slice(1)}"]`).count(), 1, `${name}: anchor ${href}`);
      }
    }
    await page.screenshot({ path: join(shotsDir, name.replace('.html', '.png')), fullPage: false });
    await page.close();
  }
});

test('printed, each prompt has room for notes and the contents list is left out', async () => {
  const name = pages(packDir).find((file) => file !== 'index.html');
  const { page } = await open(packDir, name);
  assert.equal(await page.locator('.notes').first().isVisible(), false, 'on screen the note lines are hidden');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('.notes').first().isVisible(), 'printed, the note lines show');
  assert.equal(await page.locator('nav').isVisible(), false);
  await page.close();
});

test('model text with markup and script shows as text and runs nothing', async () => {
  for (const name of pages(hostileDir)) {
    const { page, problems } = await open(hostileDir, name);
    assert.deepEqual(problems, [], `${name}: something ran or failed`);
    assert.equal(await page.locator('script, img, iframe, object').count(), 0, `${name}: markup from the model became elements`);
    assert.equal(await page.locator('style').count(), 1, `${name}: only the pack's own style`);
    if (name !== 'index.html') {
      const text = await page.locator('body').innerText();
      assert.ok(text.includes("<script>alert('pack')</script>"), `${name}: the title shows as written`);
    }
    await page.close();
  }
});
