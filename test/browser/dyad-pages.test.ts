import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { loadResources } from '../../src/data-loading/resources.ts';
import { missingShared, sharedPath } from '../../src/eval/shared-path.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import { createAnalyzer } from '../../src/pipeline/analyze.ts';
import { readInputs } from '../../src/read/read-inputs.ts';
import { startServer, type RunningServer } from '../../src/server/start.ts';
import { openStore, type Db } from '../../src/store/open-store.ts';
import { chromiumMissing, launchChromium } from './chromium.ts';

const ROOT = new URL('../../', import.meta.url);
const ARTIFACTS = new URL('test-artifacts/', ROOT);
const TOKEN = 'browser-test-token';
const seeds = sharedPath('corpus/seeds');
const skip = chromiumMissing() ?? (seeds ? false : missingShared('corpus/seeds'));

type Json = { ok: boolean; rows: any[] };

describe('web pages in chromium, on the seeds', { skip }, () => {
  let tmp: string;
  let db: Db;
  let server: RunningServer;
  let browser: BrowserContext;
  let closeBrowser: () => Promise<void>;
  const get = async (p: string) => (await (await fetch(`${server.url}${p}`)).json()) as Json;

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-browser-'));
    db = openStore(path.join(tmp, 'seeds.sqlite'));
    const analyzer = createAnalyzer(loadResources());
    ingest(db, analyzer, readInputs([seeds!]));
    server = await startServer({ db, token: TOKEN, analyzer: () => analyzer }, { host: '127.0.0.1', port: 0 });
    ({ browser, close: closeBrowser } = await launchChromium());
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });

  after(async () => {
    await closeBrowser?.();
    await server?.close();
    db?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('PHL–RUS timeline: click the Davao meeting (2017-02-16 CONSULT), see every source sentence highlighted', async () => {
    // The Davao meeting: the PHL–RUS CONSULT of 2017-02-16 reported by the most articles.
    const consults = (await get('/dyads/PHL-RUS.json?type=CONSULT&from=2017-02-16&to=2017-02-16')).rows;
    assert.ok(consults.length, 'a PHL–RUS CONSULT event dated 2017-02-16 exists');
    const davao = [...consults].sort((a, b) => b.n_sources - a.n_sources || Number(/davao/i.test(b.place ?? '')) - Number(/davao/i.test(a.place ?? '')))[0];
    const event = (await get(`/events/${davao.id}.json`)).rows[0];
    const articles = new Set(event.mentions.map((m: { article_id: string }) => m.article_id));
    assert.ok(articles.size >= 2, `the Davao meeting is consolidated from at least 2 articles (got ${articles.size})`);

    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/dyads`);
    await page.locator('a[href="/dyads/PHL-RUS"]').click();
    await page.waitForSelector('#timeline[data-ready="true"]');
    assert.equal(new URL(page.url()).pathname, '/dyads/PHL-RUS');
    const mark = page.locator(`#timeline a[data-event-id="${davao.id}"]`);
    assert.match((await mark.textContent()) ?? '', new RegExp(`CONSULT ×${davao.n_sources}`), 'the mark shows its number of sources');
    for (const status of ['occurred', 'planned']) assert.ok(await page.locator(`#timeline a.ev-${status}`).count(), `${status} events drawn`);
    await page.screenshot({ path: new URL('timeline.png', ARTIFACTS).pathname, fullPage: true });
    // the README's picture is refreshed on request only, so a test run leaves the checkout as it was
    if (process.env.DYAD_UPDATE_SCREENSHOT === '1') fs.copyFileSync(new URL('timeline.png', ARTIFACTS), new URL('docs/screenshot.png', ROOT));

    await mark.click();
    await page.waitForURL(`**/events/${davao.id}`);
    const marks = page.locator('mark.evidence');
    assert.equal(await marks.count(), event.mentions.length, 'one highlighted sentence per mention');
    for (const m of event.mentions) {
      const highlighted = page.locator(`mark.evidence[data-mention-id="${m.id}"]`);
      assert.ok(await highlighted.isVisible(), `mention ${m.id} visible`);
      assert.equal(await highlighted.textContent(), m.sentence, `mention ${m.id} highlights its sentence at [${m.sentence_start}, ${m.sentence_end})`);
      const bg = await highlighted.evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.notEqual(bg, 'rgba(0, 0, 0, 0)', 'the highlight has a background');
    }
    await page.screenshot({ path: new URL('event.png', ARTIFACTS).pathname, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('an ingested article holding <script> and <img onerror> runs nothing on any page', async () => {
    const text =
      'Philippine and Russian officials met in Manila on 3 March 2021, the foreign ministry said. ' +
      '<script>window.__pwned = "script"</script> The talks covered trade. <img src=x onerror="window.__pwned = \'img\'"> ' +
      'Russia will send a trade mission to the Philippines in May.';
    const res = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text, title: '<img src=y onerror="window.__pwned = \'title\'">Talks', published: '2021-03-04' }),
    });
    assert.equal(res.status, 201);
    const { rows } = (await res.json()) as Json;
    const article = (await get(`${rows[0].url}.json`)).rows[0];
    const eventIds = [...new Set(article.mentions.map((m: { event_id: string | null }) => m.event_id).filter(Boolean))];
    const pages = [rows[0].url, '/search?q=pwned%20script', '/articles', '/dyads/PHL-RUS', ...eventIds.map((id) => `/events/${id}`)];
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    for (const p of pages) {
      await page.goto(`${server.url}${p}`);
      await page.waitForLoadState('networkidle');
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined, `${p}: nothing ran`);
      assert.equal(await page.locator('img').count(), 0, `${p}: no <img> element was created from the text`);
      assert.equal(await page.locator('script:not([src])').count(), 0, `${p}: no inline <script> element`);
    }
    await page.goto(`${server.url}${rows[0].url}`);
    assert.match((await page.locator('.article-text').textContent()) ?? '', /<script>window\.__pwned = "script"<\/script>/, 'the text is shown as text');
    assert.deepEqual(dialogs, []);
    await page.screenshot({ path: new URL('untrusted-article.png', ARTIFACTS).pathname, fullPage: true });
    await page.close();
  });
});
