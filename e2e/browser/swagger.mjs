// Swagger UI end to end: open BASE_URL/docs, expand GET /talent/cities,
// "Try it out", "Execute", and check the rendered answer (200, Beijing 北京
// first with 31.42 %). Fails on console errors, failed requests, and any
// request to another host (the UI is vendored and must work offline).
// BASE_URL may have a path (a proxy's prefix, http://host/api): then the UI
// must load the document from BASE_URL/openapi.json and send the request to
// BASE_URL/talent/cities.
//
//   BASE_URL=http://127.0.0.1:8080 node swagger.mjs
//   BASE_URL=http://127.0.0.1:8081/api node swagger.mjs

import { join } from 'node:path';
import {
  baseUrlFromEnv,
  describeProblems,
  fail,
  launch,
  log,
  runTest,
  screenshot,
  SCREENSHOT_DIR,
  STEP_TIMEOUT_MS,
  watch,
} from './lib.mjs';

const NAME = 'swagger';
const BASE_URL = baseUrlFromEnv(NAME);
const ORIGIN = new URL(BASE_URL).origin;
/** The path prefix clients reach the service under: '' at the root, '/api' style otherwise. */
const PREFIX = new URL(BASE_URL).pathname.replace(/\/+$/, '');
/** Screenshots under a prefix get their own names. */
const SHOT = PREFIX ? `-prefix${PREFIX.replace(/\//g, '-')}` : '';
const PATH = '/talent/cities';

await runTest(NAME, async (step) => {
  // What the UI should show: the parameters the OpenAPI document declares.
  const spec = await step('fetch /openapi.json', async () => {
    const res = await fetch(`${BASE_URL}/openapi.json`).catch((err) =>
      fail(`cannot reach ${BASE_URL}/openapi.json: ${err.cause ? err.cause.message : err.message}`),
    );
    if (res.status !== 200) fail(`GET /openapi.json answered HTTP ${res.status}`);
    return res.json();
  });
  const operation = spec.paths && spec.paths[PATH] && spec.paths[PATH].get;
  if (!operation) fail(`the OpenAPI document has no GET ${PATH}`);
  const specParams = (operation.parameters || []).map((p) => p.name);

  const browser = await step('launch Chromium', launch);
  try {
    const page = await browser.context.newPage();
    const problems = watch(page, [ORIGIN]);
    // Every request for the OpenAPI document, wherever it goes.
    const documentRequests = [];
    page.on('request', (req) => {
      if (new URL(req.url()).pathname.endsWith('/openapi.json')) documentRequests.push(req.url());
    });

    await step(`open ${BASE_URL}/docs`, async () => {
      const res = await page.goto(`${BASE_URL}/docs`, { waitUntil: 'load' });
      if (!res) fail('no response for /docs');
      if (res.status() !== 200) fail(`/docs ended at HTTP ${res.status()} (${res.url()})`);
      log(NAME, `/docs ended at ${page.url()}`);
      if (new URL(page.url()).pathname !== `${PREFIX}/docs/`)
        fail(`/docs redirected to ${page.url()}, expected ${ORIGIN}${PREFIX}/docs/`);
    });

    await step('wait for Swagger UI to render the document', async () => {
      // Either the operations render, or Swagger UI shows its own error box.
      await page
        .waitForSelector('.swagger-ui .opblock, .swagger-ui .errors-wrapper, .swagger-ui .loading-container .loading', {
          state: 'attached',
        })
        .catch(() => fail('Swagger UI did not render anything (no .swagger-ui content)'));
      await page
        .waitForSelector('.swagger-ui .opblock', { timeout: STEP_TIMEOUT_MS })
        .catch(async () => {
          const errors = await page.locator('.swagger-ui .errors-wrapper').allInnerTexts();
          fail(`no operations rendered${errors.length ? `; Swagger UI says: ${errors.join(' | ')}` : ''}`);
        });
      const title = (await page.locator('.swagger-ui .info .title').first().innerText()).replace(/\s+/g, ' ').trim();
      log(NAME, `title: ${title}`);
      if (!title.includes(spec.info.title)) fail(`title shows ${JSON.stringify(title)}, expected ${spec.info.title}`);
      const errors = await page.locator('.swagger-ui .errors-wrapper').allInnerTexts();
      if (errors.length) fail(`Swagger UI shows errors: ${errors.join(' | ')}`);
      const count = await page.locator('.swagger-ui .opblock').count();
      log(NAME, `${count} operations rendered`);
      const wanted = `${ORIGIN}${PREFIX}/openapi.json`;
      log(NAME, `the UI loaded its document from ${documentRequests.join(', ')}`);
      if (!documentRequests.length || documentRequests.some((u) => u !== wanted))
        fail(`the UI loaded its document from [${documentRequests.join(', ')}], expected ${wanted}`);
    });

    await screenshot(page, NAME, `swagger-1-loaded${SHOT}.png`);

    const block = page.locator('.swagger-ui .opblock.opblock-get').filter({
      has: page.locator(`.opblock-summary-path[data-path="${PATH}"]`),
    });

    await step(`expand GET ${PATH}`, async () => {
      const n = await block.count();
      if (n !== 1) fail(`expected one GET ${PATH} operation in the UI, found ${n}`);
      await block.locator('.opblock-summary').first().click();
      await block.locator('.opblock-body').waitFor();
      if (!(await block.evaluate((el) => el.classList.contains('is-open')))) fail(`GET ${PATH} did not open`);
    });

    await step('compare the parameters shown with the OpenAPI document', async () => {
      await block.locator('.parameters-container').waitFor();
      const shown = await block.locator('tr[data-param-name]').evaluateAll((rows) =>
        rows.map((r) => r.getAttribute('data-param-name')),
      );
      log(NAME, `parameters shown: ${shown.join(', ') || '(none)'}`);
      const missing = specParams.filter((p) => !shown.includes(p));
      const extra = shown.filter((p) => !specParams.includes(p));
      if (missing.length || extra.length)
        fail(`parameters differ from the document: missing [${missing.join(', ')}], extra [${extra.join(', ')}]`);
    });

    await step('press "Try it out"', async () => {
      const button = block.locator('button.try-out__btn');
      await button.waitFor();
      const label = (await button.innerText()).trim();
      if (/^cancel$/i.test(label)) {
        // The service sets tryItOutEnabled, so the operation opens already in
        // "Try it out" mode. Leave it and come back, to press the real button.
        log(NAME, 'the operation opened already in "Try it out" mode (button reads "Cancel"); pressing Cancel first');
        await button.click();
        await block.locator('button.try-out__btn', { hasText: /^\s*Try it out\s*$/i }).waitFor();
        if (await block.locator('button.execute').count()) fail('"Cancel" did not leave "Try it out" mode');
      } else if (!/^try it out$/i.test(label)) {
        fail(`unexpected try-out button label ${JSON.stringify(label)}`);
      }
      await block.locator('button.try-out__btn').click();
      if (!/^cancel$/i.test((await block.locator('button.try-out__btn').innerText()).trim()))
        fail('"Try it out" did not switch the operation to try-out mode');
      await block.locator('button.execute').waitFor();
      // What the UI will send: pre-filled values (from defaults and examples).
      const filled = await block.locator('tr[data-param-name]').evaluateAll((rows) =>
        rows
          .map((r) => {
            const input = r.querySelector('.parameters-col_description input, .parameters-col_description select');
            const value = input ? input.value : '';
            return value ? `${r.getAttribute('data-param-name')}=${value}` : null;
          })
          .filter(Boolean),
      );
      log(NAME, `pre-filled parameters: ${filled.join(', ') || '(none)'}`);
    });

    const apiResponse = await step('press "Execute"', async () => {
      const sent = [];
      const onRequest = (req) => {
        if (new URL(req.url()).pathname.endsWith(PATH)) sent.push(req.url());
      };
      page.on('request', onRequest);
      const waitForApi = page.waitForResponse((res) => new URL(res.url()).pathname.endsWith(PATH));
      await block.locator('button.execute').click();
      const res = await waitForApi.catch(() => fail(`no request to ${PATH} was sent after "Execute"`));
      page.off('request', onRequest);
      log(NAME, `the UI requested ${res.request().method()} ${res.url()} -> HTTP ${res.status()}`);
      if (new URL(res.url()).origin !== ORIGIN) fail(`the UI sent the request to ${res.url()}, not to ${ORIGIN}`);
      if (new URL(res.url()).pathname !== `${PREFIX}${PATH}`)
        fail(`the UI sent the request to ${res.url()}, not to ${PREFIX}${PATH} (requests: ${sent.join(', ')})`);
      return res;
    });

    await step('check the rendered response', async () => {
      const live = block.locator('.live-responses-table');
      await live.waitFor().catch(() => fail('no "Server response" table rendered after Execute'));
      const status = (await live.locator('tr.response .response-col_status').first().innerText()).trim();
      const body = await live
        .locator('tr.response .response-col_description .highlight-code pre, tr.response .response-col_description pre.microlight')
        .first()
        .innerText()
        .catch(() => '');
      const requestUrl = await block.locator('.request-url pre').first().innerText().catch(() => '');
      log(NAME, `rendered status ${JSON.stringify(status)}; request URL ${requestUrl.trim()}`);
      if (requestUrl && new URL(requestUrl.trim()).pathname !== `${PREFIX}${PATH}`)
        fail(`the UI shows the request URL ${requestUrl.trim()}, not ${ORIGIN}${PREFIX}${PATH}`);
      if (status !== '200') {
        const err = await live.locator('tr.response .response-col_description').first().innerText().catch(() => '');
        fail(`rendered status is ${JSON.stringify(status)}, expected "200" (network saw HTTP ${apiResponse.status()}); UI shows: ${err.slice(0, 500)}`);
      }
      if (!body) fail('the response body is not rendered');
      if (!body.includes('31.42')) fail(`the rendered body does not contain 31.42: ${body.slice(0, 300)}`);
      if (!body.includes('北京')) fail(`the rendered body does not contain 北京: ${body.slice(0, 300)}`);
      let parsed;
      try {
        parsed = JSON.parse(body);
      } catch (err) {
        fail(`the rendered body is not JSON (${err.message}): ${body.slice(0, 300)}`);
      }
      const rows = Array.isArray(parsed) ? parsed : parsed.data;
      const first = rows && rows[0];
      if (!first || first.city !== '北京' || first.share_pct !== 31.42)
        fail(`the first row is not Beijing 北京 with 31.42 %: ${JSON.stringify(first)}`);
      log(NAME, `first row: ${JSON.stringify(first)}`);
    });

    // The viewport at the server response, as a person would see it.
    await block.locator('.live-responses-table').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -250));
    await screenshot(page, NAME, `swagger-2-executed${SHOT}.png`, { fullPage: false });
    await block
      .screenshot({ path: join(SCREENSHOT_DIR, `swagger-3-operation${SHOT}.png`) })
      .then(() => log(NAME, `screenshot of the operation block: swagger-3-operation${SHOT}.png`))
      .catch((err) => log(NAME, `could not screenshot the operation block: ${err.message}`));

    await step('check for console errors, failed and foreign requests', async () => {
      // Give late requests (fonts, images) a moment to settle.
      await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
      const lines = describeProblems(problems);
      if (lines.length) fail(`the page was not clean:\n${lines.join('\n')}`);
    });
  } finally {
    await browser.close();
  }
});
