// Cross-origin use of the API from a browser: a page served from ANOTHER
// origin (this script's own HTTP server on another port) runs
// fetch(BASE_URL + '/talent/cities') and writes what it got into the page.
// The test passes when the fetch succeeded and Beijing (北京, 31.42) appears.
//
//   BASE_URL=http://127.0.0.1:8080 node cors.mjs

import http from 'node:http';
import {
  baseUrlFromEnv,
  describeProblems,
  fail,
  launch,
  log,
  runTest,
  screenshot,
  STEP_TIMEOUT_MS,
  watch,
} from './lib.mjs';

const NAME = 'cors';
const BASE_URL = baseUrlFromEnv(NAME);
const API_ORIGIN = new URL(BASE_URL).origin;
const API_URL = `${BASE_URL}/talent/cities`;

// The page: one fetch, its outcome written into #result and body[data-state].
function pageHtml(apiUrl) {
  // JSON.stringify + escaping '<' keeps the URL inert inside <script>.
  const url = JSON.stringify(apiUrl).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Cross-origin client of talent-trends-api</title>
<style>
  body { font: 16px/1.4 system-ui, sans-serif; margin: 2rem; }
  body[data-state="ok"] #state { color: #060; }
  body[data-state="error"] #state { color: #b00; }
  pre { background: #f4f4f4; padding: 1rem; white-space: pre-wrap; }
  table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .2rem .6rem; }
</style>
</head>
<body data-state="pending">
<h1>Cross-origin fetch</h1>
<p>This page's origin: <code id="origin"></code><br>API: <code id="api"></code></p>
<p>State: <strong id="state">pending</strong></p>
<div id="rows"></div>
<pre id="result"></pre>
<script>
  const API_URL = ${url};
  document.getElementById('origin').textContent = location.origin;
  document.getElementById('api').textContent = API_URL;
  const show = (state, text) => {
    document.body.dataset.state = state;
    document.getElementById('state').textContent = state;
    document.getElementById('result').textContent = text;
  };
  fetch(API_URL, { headers: { Accept: 'application/json' } })
    .then(async (res) => {
      const text = await res.text();
      if (!res.ok) return show('error', 'HTTP ' + res.status + '\\n' + text);
      const body = JSON.parse(text);
      const rows = Array.isArray(body) ? body : body.data;
      const table = document.createElement('table');
      table.innerHTML = '<tr><th>rank</th><th>city</th><th>city_en</th><th>share_pct</th></tr>';
      for (const r of rows) {
        const tr = table.insertRow();
        for (const v of [r.rank, r.city, r.city_en, r.share_pct]) tr.insertCell().textContent = String(v);
      }
      document.getElementById('rows').appendChild(table);
      show('ok', 'HTTP ' + res.status + '\\n' + JSON.stringify(rows[0]));
    })
    .catch((err) => show('error', String(err && err.stack ? err.stack : err)));
</script>
</body>
</html>
`;
}

// Serves the page on 127.0.0.1, on a free port other than the API's.
function startPageServer(html) {
  return new Promise((resolvePromise, reject) => {
    const server = http.createServer((req, res) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(html);
      } else {
        res.writeHead(204).end(); // favicon and the like: nothing, and no error
      }
    });
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolvePromise(server));
  });
}

await runTest(NAME, async (step) => {
  const server = await step('start the page server on another origin', () => startPageServer(pageHtml(API_URL)));
  const pageOrigin = `http://127.0.0.1:${server.address().port}`;
  log(NAME, `page origin ${pageOrigin}, API origin ${API_ORIGIN}`);
  if (pageOrigin === API_ORIGIN) fail('the page server and the API share one origin; the test would prove nothing');

  let browser = null;
  try {
    browser = await step('launch Chromium', launch);
    const page = await browser.context.newPage();
    const problems = watch(page, [pageOrigin, API_ORIGIN]);
    let apiResponse = null;
    page.on('response', (res) => {
      if (res.url().startsWith(API_URL)) apiResponse = res;
    });

    await step(`open ${pageOrigin}/`, async () => {
      const res = await page.goto(`${pageOrigin}/`, { waitUntil: 'load' });
      if (!res || res.status() !== 200) fail(`the page server answered ${res ? res.status() : 'nothing'}`);
    });

    const state = await step('wait for the page\'s fetch to finish', async () => {
      await page
        .waitForFunction(() => document.body.dataset.state !== 'pending', null, { timeout: STEP_TIMEOUT_MS })
        .catch(() => fail(`the page's fetch did not finish within ${STEP_TIMEOUT_MS} ms`));
      return page.evaluate(() => document.body.dataset.state);
    });
    const resultText = await page.locator('#result').innerText();
    await screenshot(page, NAME, 'cors-1-cross-origin-page.png');

    await step('check the fetch succeeded and Beijing appears', async () => {
      let headers = null;
      if (apiResponse) {
        const all = await apiResponse.allHeaders().catch(() => apiResponse.headers());
        headers = Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('access-control-') || k === 'vary'));
        log(NAME, `the API answered HTTP ${apiResponse.status()}; CORS headers: ${JSON.stringify(headers)}`);
      } else {
        log(NAME, 'no response from the API was seen by the browser');
      }
      if (state !== 'ok') {
        // What the server itself answers to a request with this Origin, seen
        // from outside the browser, to tell a CORS refusal from a dead API.
        const direct = await fetch(API_URL, { headers: { Origin: pageOrigin, Accept: 'application/json' } })
          .then((r) => {
            const cors = [...r.headers].filter(([k]) => k.startsWith('access-control-') || k === 'vary');
            return `HTTP ${r.status} with ${cors.length ? cors.map(([k, v]) => `${k}: ${v}`).join('; ') : 'no Access-Control-* headers'}`;
          })
          .catch((err) => `no answer (${err.cause ? err.cause.message : err.message})`);
        const failed = problems.failedRequests.filter((t) => t.includes(API_URL));
        const corsConsole = problems.consoleErrors.filter((t) => /CORS|Access-Control/i.test(t));
        const why = corsConsole.length
          ? `Chromium says: ${corsConsole.join(' | ')}`
          : `the page shows: ${resultText.slice(0, 400)}`;
        fail(
          `the cross-origin fetch from ${pageOrigin} to ${API_URL} failed (page state ${JSON.stringify(state)}). ${why}` +
            `\nIn the browser: ${failed.length ? failed.join(' | ') : 'no failed request recorded'}.` +
            `\nOutside the browser, GET ${API_URL} with Origin: ${pageOrigin} answers ${direct}.`,
        );
      }
      const text = await page.locator('body').innerText();
      for (const needle of ['Beijing', '北京', '31.42'])
        if (!text.includes(needle)) fail(`the page does not show ${needle}: ${text.slice(0, 400)}`);
      log(NAME, `page shows: ${resultText.replace(/\s+/g, ' ')}`);
    });

    await step('check for console errors and failed requests', async () => {
      const lines = describeProblems(problems);
      if (lines.length) fail(`the page was not clean:\n${lines.join('\n')}`);
    });
  } finally {
    if (browser) await browser.close();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});
