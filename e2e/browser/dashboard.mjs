// The dashboard end to end: open BASE_URL/ and BASE_URL/?lang=en in Chromium
// at desktop (1280 px) and phone (390 px) width, wait until every chart image
// has loaded, take full-page screenshots (target/e2e/dashboard-*.png), and
// check that Chinese text is drawn with a CJK font, not as tofu boxes: in the
// page and inside a chart SVG. Fails on console errors, failed requests, and
// any request to another host (the page must work offline). BASE_URL may have
// a path (a proxy's prefix, http://host/api): then every chart must load from
// under it.
//
//   BASE_URL=http://127.0.0.1:8080 node dashboard.mjs
//   BASE_URL=http://127.0.0.1:8081/api node dashboard.mjs

import {
  baseUrlFromEnv,
  describeProblems,
  fail,
  launch,
  log,
  runTest,
  screenshot,
  watch,
} from './lib.mjs';

const NAME = 'dashboard';
const BASE_URL = baseUrlFromEnv(NAME);
const ORIGIN = new URL(BASE_URL).origin;
/** The path prefix clients reach the service under: '' at the root, '/api' style otherwise. */
const PREFIX = new URL(BASE_URL).pathname.replace(/\/+$/, '');
/** Screenshots under a prefix get their own names. */
const SHOT = PREFIX ? `-prefix${PREFIX.replace(/\//g, '-')}` : '';
/**
 * Leaves the page once nothing is loading, for a blank one: resizing a page
 * whose charts are still loading (or navigating away from it) makes the
 * browser abort those requests (net::ERR_ABORTED), which are no failure of
 * the service.
 */
async function leave(page) {
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.goto('about:blank');
}

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];
/** Font families that hold Chinese glyphs. */
const CJK_FONT = /CJK|Han Sans|Han Serif|Hei|Song|Ming|Kai|WenQuanYi|Noto Sans SC|Noto Serif SC|PingFang|YaHei/i;

/**
 * Whether `text` is drawn with real glyphs: each character drawn on a canvas
 * must differ from the others and from a private-use character (which no
 * font has, so it is drawn as the missing-glyph box). Tofu boxes all look
 * alike, so a missing CJK font fails this.
 */
async function glyphsDiffer(page, text) {
  return page.evaluate((chars) => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 64;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    const draw = (c) => {
      ctx.clearRect(0, 0, 64, 64);
      ctx.fillStyle = '#000';
      ctx.font = '48px sans-serif';
      ctx.textBaseline = 'top';
      ctx.fillText(c, 4, 4);
      return ctx.getImageData(0, 0, 64, 64).data.join(',');
    };
    const tofu = draw('\uE000');
    const drawn = [...chars].map(draw);
    const distinct = new Set(drawn).size === drawn.length;
    return { distinct, noneIsTofu: drawn.every((d) => d !== tofu) };
  }, text);
}

/** Fonts Chromium used to draw the text of the first node matching `selector`. */
async function platformFonts(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) fail(`no ${selector} in ${page.url()}`);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

function describeFonts(fonts) {
  return fonts.map((f) => `${f.familyName} (${f.glyphCount} glyphs)`).join(', ');
}

await runTest(NAME, async (step) => {
  const browser = await step('launch Chromium', launch);
  try {
    const page = await browser.context.newPage();
    const problems = watch(page, [ORIGIN]);
    const datasets = await step('fetch the JSON index', async () => {
      const res = await fetch(`${BASE_URL}/`).catch((err) => fail(`cannot reach ${BASE_URL}/: ${err.message}`));
      if (res.status !== 200) fail(`GET / (JSON) answered HTTP ${res.status}`);
      const index = await res.json();
      // The page draws every chart of the report, then the charts of the
      // entities derived from it (positions, industries); claims are a list.
      const derived = (index.derived || []).filter((d) => ['positions', 'industries'].includes(d.dataset));
      if (derived.length !== 2) fail(`the index lists ${derived.length} of the derived positions and industries, not 2`);
      return [...index.datasets, ...derived];
    });

    for (const lang of ['zh', 'en']) {
      for (const viewport of VIEWPORTS) {
        const url = lang === 'zh' ? `${BASE_URL}/` : `${BASE_URL}/?lang=en`;
        await step(`open ${url} at ${viewport.name} width (${viewport.width} px)`, async () => {
          await leave(page);
          await page.setViewportSize({ width: viewport.width, height: viewport.height });
          const res = await page.goto(url, { waitUntil: 'load' });
          if (!res || res.status() !== 200) fail(`${url} answered HTTP ${res ? res.status() : 'nothing'}`);
          const type = res.headers()['content-type'] || '';
          if (!type.startsWith('text/html')) fail(`${url} answered ${type}, not the HTML dashboard`);
        });

        await step('wait for every chart image to load', async () => {
          await page
            .waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0), null, {
              timeout: 30000,
            })
            .catch(async () => {
              const broken = await page.evaluate(() =>
                [...document.images].filter((i) => !(i.complete && i.naturalWidth > 0)).map((i) => i.currentSrc || i.src),
              );
              fail(`charts did not load: ${broken.join(', ')}`);
            });
          const sources = await page.evaluate(() => [...document.images].map((img) => img.currentSrc));
          log(NAME, `${sources.length} charts loaded, e.g. ${sources[0]}`);
          if (sources.length !== datasets.length)
            fail(`${sources.length} charts on the page, ${datasets.length} charts in the index (datasets and derived entities)`);
          for (const dataset of datasets) {
            if (!sources.some((s) => new URL(s).pathname === dataset.chart)) fail(`no chart ${dataset.chart} on the page`);
          }
          const outside = sources.filter((s) => new URL(s).origin !== ORIGIN || !new URL(s).pathname.startsWith(`${PREFIX}/`));
          if (outside.length) fail(`${outside.length} charts load from outside ${ORIGIN}${PREFIX}/: ${outside.slice(0, 3).join(', ')}`);
          const phoneCharts = sources.filter((s) => new URL(s).searchParams.get('width') === '360').length;
          if (viewport.name === 'phone' && phoneCharts !== sources.length)
            fail(`at phone width ${sources.length - phoneCharts} charts are not the 360 px ones`);
          if (viewport.name === 'desktop' && phoneCharts !== 0) fail('at desktop width the phone charts were loaded');
          const english = sources.filter((s) => new URL(s).searchParams.get('lang') === 'en').length;
          if (english !== (lang === 'en' ? sources.length : 0)) fail(`${english} English charts on the ${lang} page`);
        });

        await step('check the layout fits the screen', async () => {
          const { scrollWidth, charts } = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            charts: [...document.images].map((img) => img.getBoundingClientRect().right),
          }));
          if (scrollWidth > viewport.width) fail(`the page is ${scrollWidth} px wide in a ${viewport.width} px window`);
          const overflowing = charts.filter((right) => right > viewport.width + 0.5).length;
          if (overflowing) fail(`${overflowing} charts overflow the ${viewport.width} px window`);
        });

        await screenshot(page, NAME, `dashboard-${lang}-${viewport.name}${SHOT}.png`);
        if (viewport.name === 'phone') {
          // What a phone shows of one chart, at its real size.
          await page.locator('#talent-ages').scrollIntoViewIfNeeded();
          await screenshot(page, NAME, `dashboard-${lang}-phone-screen${SHOT}.png`, { fullPage: false });
        }
      }
    }

    await step('check Chinese text is drawn with a CJK font, not tofu boxes', async () => {
      await leave(page);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${BASE_URL}/`, { waitUntil: 'load' });
      const title = (await page.locator('h1').innerText()).trim();
      log(NAME, `page title: ${title}`);
      if (!/[\u4e00-\u9fff]/.test(title)) fail(`the zh page title has no Chinese: ${title}`);
      const glyphs = await glyphsDiffer(page, '北京上海人才趋势报告');
      if (!glyphs.distinct || !glyphs.noneIsTofu)
        fail(`Chinese characters are drawn as identical or missing-glyph boxes: ${JSON.stringify(glyphs)}`);
      const fonts = await platformFonts(page, 'h1');
      log(NAME, `h1 drawn with: ${describeFonts(fonts)}`);
      if (!fonts.some((f) => CJK_FONT.test(f.familyName) && f.glyphCount > 0))
        fail(`the h1 is not drawn with a CJK font: ${describeFonts(fonts)}`);
    });

    await step('check a chart SVG draws its Chinese labels with a CJK font', async () => {
      const chart = `${BASE_URL}/charts/talent-cities.svg`;
      const res = await page.goto(chart, { waitUntil: 'load' });
      if (!res || res.status() !== 200) fail(`${chart} answered HTTP ${res ? res.status() : 'nothing'}`);
      const text = await page.evaluate(() => document.querySelector('text').textContent.trim());
      const fonts = await platformFonts(page, 'text');
      log(NAME, `chart title "${text}" drawn with: ${describeFonts(fonts)}`);
      if (!fonts.some((f) => CJK_FONT.test(f.familyName) && f.glyphCount > 0))
        fail(`the chart's Chinese title is not drawn with a CJK font: ${describeFonts(fonts)}`);
      await screenshot(page, NAME, `chart-talent-cities${SHOT}.png`, { fullPage: false });
    });

    const lines = describeProblems(problems);
    if (lines.length) fail(`the dashboard had problems:\n${lines.join('\n')}`);
  } finally {
    await browser.close();
  }
});
