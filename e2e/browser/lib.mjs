// Shared helpers for the headless-browser tests: launching Debian's Chromium
// through playwright-core, watching a page for errors, screenshots, failing.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));

/** Where screenshots go: SCREENSHOT_DIR, or <repo>/target/e2e. */
export const SCREENSHOT_DIR = resolve(process.env.SCREENSHOT_DIR || join(here, '..', '..', 'target', 'e2e'));

/** Chromium binary: CHROMIUM_PATH, or Debian's. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** How long one step may wait, in ms (E2E_TIMEOUT_MS). */
export const STEP_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 15000);

/** A failed assertion: the message is what the test prints. */
export class TestFailure extends Error {}

export function fail(message) {
  throw new TestFailure(message);
}

export function log(name, message) {
  console.log(`[${name}] ${message}`);
}

/** The service's base URL from BASE_URL, without a trailing slash. */
export function baseUrlFromEnv(name) {
  const raw = process.env.BASE_URL;
  if (!raw) {
    console.error(`[${name}] FAIL: BASE_URL is not set (e.g. BASE_URL=http://127.0.0.1:8080)`);
    process.exit(2);
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    console.error(`[${name}] FAIL: BASE_URL is not a URL: ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return url.href.replace(/\/+$/, '');
}

/**
 * Launches headless Chromium with the flags this machine needs (no sandbox as
 * root, no background networking: the network is closed) and a fresh profile.
 * Returns { browser, context, close }.
 */
export async function launch() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'e2e-chromium-profile-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      // Playwright adds --headless and --user-data-dir itself; these are the rest.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 900 },
      locale: 'en-US',
      timeout: 30000,
    });
  } catch (err) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw new TestFailure(`cannot launch Chromium at ${CHROMIUM_PATH}: ${err.message}`);
  }
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Records what goes wrong on a page: console errors, uncaught exceptions,
 * failed requests, HTTP error answers, and every request to a host other than
 * the allowed origins (the UI must work offline).
 */
export function watch(page, allowedOrigins) {
  const allowed = new Set(allowedOrigins);
  const problems = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    httpErrors: [],
    foreignRequests: [],
  };
  const isLocalScheme = (url) => /^(data|blob|about|chrome|chrome-extension|devtools):/.test(url);
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      const where = loc && loc.url ? ` (${loc.url}:${loc.lineNumber})` : '';
      problems.consoleErrors.push(`${msg.text()}${where}`);
    }
  });
  page.on('pageerror', (err) => problems.pageErrors.push(String(err && err.stack ? err.stack : err)));
  page.on('request', (req) => {
    const url = req.url();
    if (isLocalScheme(url)) return;
    let origin;
    try {
      origin = new URL(url).origin;
    } catch {
      return;
    }
    if (!allowed.has(origin)) problems.foreignRequests.push(`${req.method()} ${url}`);
  });
  page.on('requestfailed', (req) => {
    const failure = req.failure();
    problems.failedRequests.push(`${req.method()} ${req.url()}: ${failure ? failure.errorText : 'failed'}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.httpErrors.push(`${res.request().method()} ${res.url()}: HTTP ${res.status()}`);
  });
  return problems;
}

/** Lists of what went wrong, as lines, or [] when nothing did. */
export function describeProblems(problems, { ignoreConsole = [] } = {}) {
  const lines = [];
  const consoleErrors = problems.consoleErrors.filter((t) => !ignoreConsole.some((re) => re.test(t)));
  for (const [title, list] of [
    ['requests to other hosts (the page must work offline)', problems.foreignRequests],
    ['failed network requests', problems.failedRequests],
    ['HTTP error answers', problems.httpErrors],
    ['console errors', consoleErrors],
    ['uncaught page errors', problems.pageErrors],
  ]) {
    if (list.length) {
      lines.push(`${title} (${list.length}):`);
      for (const item of list) lines.push(`  - ${item}`);
    }
  }
  return lines;
}

/** Saves a screenshot of the page (whole page unless fullPage is false) under SCREENSHOT_DIR. */
export async function screenshot(page, name, fileName, { fullPage = true } = {}) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, fileName);
  try {
    await page.screenshot({ path, fullPage });
    log(name, `screenshot ${path}`);
  } catch (err) {
    log(name, `could not save screenshot ${path}: ${err.message}`);
  }
  return path;
}

/**
 * Runs one test body; prints PASS or FAIL with the message and exits the
 * process with 0 or 1 (so nothing left open can keep it alive). The body gets
 * a `step(label, fn)` helper that names the failing step. A watchdog fails
 * the test after E2E_TEST_TIMEOUT_MS (default 120 s).
 */
export async function runTest(name, body) {
  const started = Date.now();
  let current = 'start';
  const step = async (label, fn) => {
    current = label;
    log(name, `... ${label}`);
    return fn();
  };
  const limit = Number(process.env.E2E_TEST_TIMEOUT_MS || 120000);
  const watchdog = setTimeout(() => {
    console.error(`[${name}] FAIL at step "${current}": the test did not finish within ${limit / 1000} s`);
    process.exit(1);
  }, limit);
  let code = 0;
  try {
    await body(step);
    log(name, `PASS (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (err) {
    const message = err instanceof TestFailure ? err.message : `${err && err.stack ? err.stack : err}`;
    console.error(`[${name}] FAIL at step "${current}": ${message}`);
    code = 1;
  }
  clearTimeout(watchdog);
  process.exit(code);
}
