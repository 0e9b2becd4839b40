// Calls every operation of the API through a client generated the way the README shows:
// types from openapi-typescript (`openapi-typescript openapi/openapi.json -o api.d.ts`) and
// openapi-fetch, with no casts (no `as`, no `any`, no `!`). `tsc --strict --noEmit` must pass.
//
//   node check.js BASE_URL CALLS_FILE
//
// Every answer is checked (status, typed fields, and each representation agreeing with the
// JSON rows); every request is recorded by a middleware as "GET <path template> <status>"
// in CALLS_FILE, which run.sh compares with the operations of the document.
//
// Text answers (CSV, NDJSON, SVG, /metrics) are asked with `parseAs: "text"`, the two binary
// downloads (the zip, the SQLite database) with `parseAs: "arrayBuffer"`: without it the type
// still says `string` but openapi-fetch calls JSON.parse and throws (checked below).
import { writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./api.js";

type Schemas = components["schemas"];
type Problem = Schemas["Problem"];
type DatasetMeta = Schemas["DatasetMeta"];
type ItemMeta = Schemas["ItemMeta"];

// Compile-time checks that the generated types are what the README promises.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function typeIs<T extends true>(_proof: T): void {}
typeIs<Equals<Schemas["TalentCitiesRow"]["share_pct"], number>>(true); // required: not optional
typeIs<Equals<Schemas["TalentCitiesRow"]["uncertainty_note"], string | null>>(true); // nullable where null occurs
typeIs<Equals<Schemas["TalentAgesComparisonRow"]["difference_pp"], number>>(true);
typeIs<Equals<Schemas["Claim"]["verdict"], "supported" | "not_supported" | "not_checkable">>(true);
typeIs<Equals<Schemas["PositionsRow"]["rank_gap"], number | null>>(true);
typeIs<Equals<Schemas["IndustriesRow"]["talent_share_pct"], number | null>>(true);
// A binary download's schema is `type: string, format: binary`: openapi-typescript types it `string`.
typeIs<Equals<Schemas["BinaryFile"], string>>(true);

function args(): { baseUrl: string; callsFile: string } {
  const [baseUrl, callsFile] = process.argv.slice(2);
  if (baseUrl === undefined || callsFile === undefined) throw new Error("usage: node check.js BASE_URL CALLS_FILE");
  return { baseUrl, callsFile };
}
const { baseUrl, callsFile } = args();

const calls: string[] = [];
const record: Middleware = {
  onResponse({ schemaPath, response }) {
    calls.push(`GET ${schemaPath} ${response.status}`);
  },
};
// `servers` is relative ("."): openapi-fetch needs the base URL given explicitly.
const api = createClient<paths>({ baseUrl });
api.use(record);

let checks = 0;
function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`check failed: ${what}`);
  checks += 1;
}

// What openapi-fetch answers, seen from one operation: `data` on a 2xx, `error` (the parsed
// problem) otherwise.
interface Answer<T> {
  data?: T;
  error?: Problem;
  response: Response;
}

function ok<T>(what: string, answer: Answer<T>): T {
  const { data, error, response } = answer;
  if (error !== undefined || data === undefined) {
    throw new Error(`${what}: HTTP ${response.status} ${JSON.stringify(error)}`);
  }
  check(response.status === 200, `${what}: status 200`);
  return data;
}

function problem(what: string, answer: Answer<unknown>, status: number, type: string): Problem {
  const { error, response } = answer;
  if (error === undefined) throw new Error(`${what}: expected a problem, got HTTP ${response.status}`);
  check(response.status === status, `${what}: status ${status} (got ${response.status})`);
  check(error.status === status, `${what}: problem status ${status}`);
  check(error.type === type, `${what}: problem type ${type} (got ${error.type})`);
  check(response.headers.get("content-type") === "application/problem+json", `${what}: problem+json`);
  return error;
}

// A problem read from a plain `fetch` (for a request the generated types do not allow): a type
// guard checks the fields, so no cast is needed.
function isProblem(value: unknown): value is Problem {
  if (typeof value !== "object" || value === null) return false;
  const fields = new Map(Object.entries(value));
  return (
    typeof fields.get("type") === "string" &&
    typeof fields.get("title") === "string" &&
    typeof fields.get("status") === "number"
  );
}

// `rel="describedby"` in a Link header names the report's Data Package.
function describedBy(response: Response): string | undefined {
  const link = response.headers.get("link") ?? "";
  return /<([^>]*)>;\s*rel="describedby"/.exec(link)?.[1];
}

function startsWith(bytes: ArrayBuffer, text: string): boolean {
  const head = new TextDecoder("latin1").decode(bytes.slice(0, text.length));
  return head === text;
}

// The metadata of a single-item answer (`/claims/{claim_id}`, `/positions/{name}`, …).
function itemMeta(what: string, meta: ItemMeta, collection: string, reportId: string): void {
  check(meta.collection === collection, `${what}: meta.collection ${collection}`);
  check(meta.report.id === reportId && meta.href === `/${collection}?report=${reportId}`, `${what}: meta.href`);
  check(/^[0-9a-f]{16}$/.test(meta.data_version), `${what}: meta.data_version`);
}

// The five representations of one dataset view, asked with the same query: the envelope and
// the bare rows agree, the CSV has a header of the row's fields and one line per row, each
// NDJSON line is the same row as in JSON, and the chart is an SVG document.
async function dataset<Row extends { label: string }>(
  path: string,
  envelope: () => Promise<Answer<{ data: Row[]; meta: DatasetMeta }>>,
  bare: () => Promise<Answer<Row[]>>,
  csv: () => Promise<Answer<string>>,
  ndjson: () => Promise<Answer<string>>,
  svg: () => Promise<Answer<string>>,
): Promise<Row[]> {
  const { data: rows, meta } = ok(path, await envelope());
  check(rows.length > 0, `${path}: rows`);
  check(meta.returned === rows.length, `${path}: meta.returned`);
  check(meta.fields.join(",") === Object.keys(rows[0] ?? {}).join(","), `${path}: meta.fields`);
  check(isDeepStrictEqual(ok(`${path}/rows`, await bare()), rows), `${path}/rows: same rows as the envelope`);

  // `Response.text()` decodes UTF-8 and drops the byte-order mark (checked in bytes below).
  const lines = ok(`${path}.csv`, await csv()).split("\r\n");
  check(lines.at(-1) === "", `${path}.csv: CRLF after the last row`);
  check(lines[0] === meta.fields.join(","), `${path}.csv: header row`);
  check(lines.length === rows.length + 2, `${path}.csv: one line per row`);

  const text = ok(`${path}.ndjson`, await ndjson());
  const parsed = text
    .split("\n")
    .filter((line) => line !== "")
    .map((line): unknown => JSON.parse(line));
  check(isDeepStrictEqual(parsed, rows), `${path}.ndjson: the same rows as JSON`);

  const chart = ok(`${path}.svg`, await svg());
  check(/^(<\?xml[^>]*>\s*)?<svg[\s>]/.test(chart) && chart.trimEnd().endsWith("</svg>"), `${path}.svg: an SVG document`);
  return rows;
}

async function main(): Promise<void> {
  // ---- The API's own resources -------------------------------------------------------------
  const index = ok("/", await api.GET("/"));
  // `/` also answers browsers with an HTML page (text/html), so its type is a union.
  if (typeof index === "string") throw new Error("/: expected the JSON index");
  check(index.datasets.some((d) => d.href === "/talent/cities" && d.csv === "/talent/cities.csv"), "/: datasets");

  const health = ok("/health", await api.GET("/health"));
  check(health.status === "ok", "/health");
  const ready = ok("/ready", await api.GET("/ready"));
  check(ready.ready && ready.reports >= 1, "/ready");
  const metrics = ok("/metrics", await api.GET("/metrics", { parseAs: "text" }));
  check(metrics.includes("http_request_duration_seconds"), "/metrics");
  const document = ok("/openapi.json", await api.GET("/openapi.json"));
  check(Object.keys(document).includes("paths"), "/openapi.json");

  const types = ok("/problems", await api.GET("/problems"));
  check(types.some((t) => t.type === "/problems/invalid-parameter"), "/problems");
  const type = ok(
    "/problems/{slug}",
    await api.GET("/problems/{slug}", { params: { path: { slug: "report-not-found" } } }),
  );
  check(type.status === 404 && type.title === "Report not found", "/problems/{slug}");

  const reports = ok("/reports", await api.GET("/reports"));
  const reportId = reports.data[0]?.id ?? "";
  check(reportId === "maimai-aigc-talent-2023", "/reports");
  const report = ok(
    "/reports/{report_id}",
    await api.GET("/reports/{report_id}", { params: { path: { report_id: reportId } } }),
  );
  check(report.data.datasets.some((d) => d.dataset === "talent-cities"), "/reports/{report_id}");

  // ---- Every dataset view, in every representation ------------------------------------------
  const cities = await dataset(
    "/talent/cities",
    () => api.GET("/talent/cities", { params: { query: { report: reportId, lang: "en" } } }),
    () => api.GET("/talent/cities/rows", { params: { query: { report: reportId, lang: "en" } } }),
    () => api.GET("/talent/cities.csv", { parseAs: "text", params: { query: { report: reportId, lang: "en" } } }),
    () => api.GET("/talent/cities.ndjson", { parseAs: "text", params: { query: { report: reportId, lang: "en" } } }),
    () => api.GET("/talent/cities.svg", { parseAs: "text", params: { query: { report: reportId, lang: "en" } } }),
  );
  const beijing = cities.find((row) => row.city_en === "Beijing");
  check(beijing?.label === "Beijing" && beijing.city === "北京" && beijing.share_pct === 31.42, "Beijing 31.42");

  const salaries = await dataset(
    "/salaries",
    () => api.GET("/salaries", { params: { query: { position: ["深度学习", "Algorithm researcher"] } } }),
    () => api.GET("/salaries/rows", { params: { query: { position: ["深度学习", "Algorithm researcher"] } } }),
    () => api.GET("/salaries.csv", { parseAs: "text", params: { query: { position: ["深度学习", "Algorithm researcher"] } } }),
    () => api.GET("/salaries.ndjson", { parseAs: "text", params: { query: { position: ["深度学习", "Algorithm researcher"] } } }),
    () => api.GET("/salaries.svg", { parseAs: "text", params: { query: { position: ["深度学习", "Algorithm researcher"] } } }),
  );
  const deepLearning = salaries.find((row) => row.position === "深度学习");
  check(salaries.length === 2 && deepLearning?.annual_salary_10k_cny === 100, "深度学习 100");
  // "As printed": the number is sent as `100`, not `100.0`.
  const printed = ok("/salaries.ndjson", await api.GET("/salaries.ndjson", {
    parseAs: "text",
    params: { query: { position: ["深度学习"], fields: "position,annual_salary_10k_cny" } },
  }));
  check(printed === '{"position":"深度学习","annual_salary_10k_cny":100}\n', "深度学习 100 as printed");

  const comparison = await dataset(
    "/talent/ages/comparison",
    () => api.GET("/talent/ages/comparison", { params: { query: { first: "aigc", second: "internet" } } }),
    () => api.GET("/talent/ages/comparison/rows", { params: { query: { first: "aigc", second: "internet" } } }),
    () => api.GET("/talent/ages/comparison.csv", { parseAs: "text", params: { query: { first: "aigc", second: "internet" } } }),
    () => api.GET("/talent/ages/comparison.ndjson", { parseAs: "text", params: { query: { first: "aigc", second: "internet" } } }),
    () => api.GET("/talent/ages/comparison.svg", { parseAs: "text", params: { query: { first: "aigc", second: "internet" } } }),
  );
  const band = comparison.find((row) => row.age_band === "35-40岁");
  check(
    band?.first_share_pct === 19.98 && band.second_share_pct === 16.15 && band.difference_pp === 3.83,
    "35-40岁: AIGC 19.98 - internet 16.15 = 3.83 pp",
  );

  const ages = await dataset(
    "/talent/ages",
    () => api.GET("/talent/ages", { params: { query: { cohort: ["aigc"] } } }),
    () => api.GET("/talent/ages/rows", { params: { query: { cohort: ["aigc"] } } }),
    () => api.GET("/talent/ages.csv", { parseAs: "text", params: { query: { cohort: ["aigc"] } } }),
    () => api.GET("/talent/ages.ndjson", { parseAs: "text", params: { query: { cohort: ["aigc"] } } }),
    () => api.GET("/talent/ages.svg", { parseAs: "text", params: { query: { cohort: ["aigc"] } } }),
  );
  check(ages.some((row) => row.age_band === "35-40岁" && row.share_pct === 19.98), "ages: 35-40岁 19.98");

  await dataset(
    "/heat-index",
    () => api.GET("/heat-index", { params: { query: { from: "2022-06", sort: "-index" } } }),
    () => api.GET("/heat-index/rows", { params: { query: { from: "2022-06", sort: "-index" } } }),
    () => api.GET("/heat-index.csv", { parseAs: "text", params: { query: { from: "2022-06", sort: "-index" } } }),
    () => api.GET("/heat-index.ndjson", { parseAs: "text", params: { query: { from: "2022-06", sort: "-index" } } }),
    () => api.GET("/heat-index.svg", { parseAs: "text", params: { query: { from: "2022-06", sort: "-index" } } }),
  );
  await dataset(
    "/talent/industries",
    () => api.GET("/talent/industries", { params: { query: { limit: 5 } } }),
    () => api.GET("/talent/industries/rows", { params: { query: { limit: 5 } } }),
    () => api.GET("/talent/industries.csv", { parseAs: "text", params: { query: { limit: 5 } } }),
    () => api.GET("/talent/industries.ndjson", { parseAs: "text", params: { query: { limit: 5 } } }),
    () => api.GET("/talent/industries.svg", { parseAs: "text", params: { query: { limit: 5 } } }),
  );
  await dataset(
    "/talent/education",
    () => api.GET("/talent/education", { params: { query: { lang: "en" } } }),
    () => api.GET("/talent/education/rows", { params: { query: { lang: "en" } } }),
    () => api.GET("/talent/education.csv", { parseAs: "text", params: { query: { lang: "en" } } }),
    () => api.GET("/talent/education.ndjson", { parseAs: "text", params: { query: { lang: "en" } } }),
    () => api.GET("/talent/education.svg", { parseAs: "text", params: { query: { lang: "en" } } }),
  );
  await dataset(
    "/talent/experience",
    () => api.GET("/talent/experience", { params: { query: { min_share: 10 } } }),
    () => api.GET("/talent/experience/rows", { params: { query: { min_share: 10 } } }),
    () => api.GET("/talent/experience.csv", { parseAs: "text", params: { query: { min_share: 10 } } }),
    () => api.GET("/talent/experience.ndjson", { parseAs: "text", params: { query: { min_share: 10 } } }),
    () => api.GET("/talent/experience.svg", { parseAs: "text", params: { query: { min_share: 10 } } }),
  );
  await dataset(
    "/jobs/growth",
    () => api.GET("/jobs/growth", { params: { query: { from: 2021 } } }),
    () => api.GET("/jobs/growth/rows", { params: { query: { from: 2021 } } }),
    () => api.GET("/jobs/growth.csv", { parseAs: "text", params: { query: { from: 2021 } } }),
    () => api.GET("/jobs/growth.ndjson", { parseAs: "text", params: { query: { from: 2021 } } }),
    () => api.GET("/jobs/growth.svg", { parseAs: "text", params: { query: { from: 2021 } } }),
  );
  await dataset(
    "/jobs/industries",
    () => api.GET("/jobs/industries", { params: { query: { industry: ["游戏", "Artificial intelligence"] } } }),
    () => api.GET("/jobs/industries/rows", { params: { query: { industry: ["游戏", "Artificial intelligence"] } } }),
    () => api.GET("/jobs/industries.csv", { parseAs: "text", params: { query: { industry: ["游戏", "Artificial intelligence"] } } }),
    () => api.GET("/jobs/industries.ndjson", { parseAs: "text", params: { query: { industry: ["游戏", "Artificial intelligence"] } } }),
    () => api.GET("/jobs/industries.svg", { parseAs: "text", params: { query: { industry: ["游戏", "Artificial intelligence"] } } }),
  );
  await dataset(
    "/jobs/hot",
    () => api.GET("/jobs/hot", { params: { query: { side: ["demand"], max_rank: 3 } } }),
    () => api.GET("/jobs/hot/rows", { params: { query: { side: ["demand"], max_rank: 3 } } }),
    () => api.GET("/jobs/hot.csv", { parseAs: "text", params: { query: { side: ["demand"], max_rank: 3 } } }),
    () => api.GET("/jobs/hot.ndjson", { parseAs: "text", params: { query: { side: ["demand"], max_rank: 3 } } }),
    () => api.GET("/jobs/hot.svg", { parseAs: "text", params: { query: { side: ["demand"], max_rank: 3 } } }),
  );
  await dataset(
    "/jobs/skills",
    () => api.GET("/jobs/skills", { params: { query: { dimension: ["专业技术"] } } }),
    () => api.GET("/jobs/skills/rows", { params: { query: { dimension: ["专业技术"] } } }),
    () => api.GET("/jobs/skills.csv", { parseAs: "text", params: { query: { dimension: ["专业技术"] } } }),
    () => api.GET("/jobs/skills.ndjson", { parseAs: "text", params: { query: { dimension: ["专业技术"] } } }),
    () => api.GET("/jobs/skills.svg", { parseAs: "text", params: { query: { dimension: ["专业技术"] } } }),
  );
  await dataset(
    "/applications",
    () => api.GET("/applications", { params: { query: { domain: ["Image"], facet: ["industry"] } } }),
    () => api.GET("/applications/rows", { params: { query: { domain: ["Image"], facet: ["industry"] } } }),
    () => api.GET("/applications.csv", { parseAs: "text", params: { query: { domain: ["Image"], facet: ["industry"] } } }),
    () => api.GET("/applications.ndjson", { parseAs: "text", params: { query: { domain: ["Image"], facet: ["industry"] } } }),
    () => api.GET("/applications.svg", { parseAs: "text", params: { query: { domain: ["Image"], facet: ["industry"] } } }),
  );

  // ---- The derived tables (issue 17), served like datasets ---------------------------------------
  const claims = await dataset(
    "/claims",
    () => api.GET("/claims", { params: { query: { verdict: ["supported"], page: [9], lang: "en" } } }),
    () => api.GET("/claims/rows", { params: { query: { verdict: ["supported"], page: [9], lang: "en" } } }),
    () => api.GET("/claims.csv", { parseAs: "text", params: { query: { verdict: ["supported"], page: [9], lang: "en" } } }),
    () => api.GET("/claims.ndjson", { parseAs: "text", params: { query: { verdict: ["supported"], page: [9], lang: "en" } } }),
    () => api.GET("/claims.svg", { parseAs: "text", params: { query: { verdict: ["supported"], page: [9], lang: "en" } } }),
  );
  const beijingClaim = claims.find((row) => row.claim_id === "beijing-exceeds-shanghai-plus-shenzhen");
  check(
    beijingClaim?.verdict === "supported" && beijingClaim.mark === "✓" && beijingClaim.page === 9 &&
      (beijingClaim.comparison ?? "").includes("31.42"),
    "/claims: Beijing exceeds Shanghai plus Shenzhen, supported, 31.42",
  );
  check(claims.every((row) => row.verdict === "supported" && row.page === 9), "/claims: the filters hold");

  const positions = await dataset(
    "/positions",
    () => api.GET("/positions", { params: { query: { position: ["产品经理", "Algorithm engineer"] } } }),
    () => api.GET("/positions/rows", { params: { query: { position: ["产品经理", "Algorithm engineer"] } } }),
    () => api.GET("/positions.csv", { parseAs: "text", params: { query: { position: ["产品经理", "Algorithm engineer"] } } }),
    () => api.GET("/positions.ndjson", { parseAs: "text", params: { query: { position: ["产品经理", "Algorithm engineer"] } } }),
    () => api.GET("/positions.svg", { parseAs: "text", params: { query: { position: ["产品经理", "Algorithm engineer"] } } }),
  );
  check(positions.length === 2, "/positions: two positions");
  const productRow = positions.find((row) => row.position_id === "product-manager");
  check(
    productRow?.demand_rank === 6 && productRow.supply_rank === 1 && productRow.rank_gap === -5,
    "/positions: 产品经理 demand 6, supply 1, gap -5",
  );

  const industries = await dataset(
    "/industries",
    () => api.GET("/industries", { params: { query: { industry: ["纯互联网", "gaming"], lang: "en" } } }),
    () => api.GET("/industries/rows", { params: { query: { industry: ["纯互联网", "gaming"], lang: "en" } } }),
    () => api.GET("/industries.csv", { parseAs: "text", params: { query: { industry: ["纯互联网", "gaming"], lang: "en" } } }),
    () => api.GET("/industries.ndjson", { parseAs: "text", params: { query: { industry: ["纯互联网", "gaming"], lang: "en" } } }),
    () => api.GET("/industries.svg", { parseAs: "text", params: { query: { industry: ["纯互联网", "gaming"], lang: "en" } } }),
  );
  const internetRow = industries.find((row) => row.industry_id === "pure-internet");
  check(
    industries.length === 2 && internetRow?.label === "Pure internet" &&
      internetRow.talent_share_pct === 15.91 && internetRow.new_posting_share_pct === 33.11,
    "/industries: 纯互联网 talent 15.91, new postings 33.11",
  );

  const labels = await dataset(
    "/labels",
    () => api.GET("/labels", { params: { query: { entity_kind: ["position"], status: ["resolved"], dataset: ["hot-jobs"] } } }),
    () => api.GET("/labels/rows", { params: { query: { entity_kind: ["position"], status: ["resolved"], dataset: ["hot-jobs"] } } }),
    () => api.GET("/labels.csv", { parseAs: "text", params: { query: { entity_kind: ["position"], status: ["resolved"], dataset: ["hot-jobs"] } } }),
    () => api.GET("/labels.ndjson", { parseAs: "text", params: { query: { entity_kind: ["position"], status: ["resolved"], dataset: ["hot-jobs"] } } }),
    () => api.GET("/labels.svg", { parseAs: "text", params: { query: { entity_kind: ["position"], status: ["resolved"], dataset: ["hot-jobs"] } } }),
  );
  check(
    labels.some((row) => row.label_zh === "产品经理" && row.entity_id === "product-manager"),
    "/labels: 产品经理 names the entity product-manager",
  );

  // ---- Single items: typed `data` and `meta` -------------------------------------------------
  const claim = ok(
    "/claims/{claim_id}",
    await api.GET("/claims/{claim_id}", { params: { path: { claim_id: "beijing-exceeds-shanghai-plus-shenzhen" } } }),
  );
  check(
    claim.data.verdict === "supported" && (claim.data.comparison ?? "").includes("31.42") &&
      claim.data.checks.length > 0 && claim.data.checks.every((c) => c.holds === true),
    "/claims/{claim_id}: supported, 31.42 > 17.93 + 11.44",
  );
  itemMeta("/claims/{claim_id}", claim.meta, "claims", reportId);

  const position = ok(
    "/positions/{name}",
    await api.GET("/positions/{name}", { params: { path: { name: "产品经理" } } }),
  );
  const summary = position.data.summary;
  check(
    position.data.entity_id === "product-manager" && summary.demand_rank === 6 && summary.supply_rank === 1 &&
      summary.rank_gap === -5 && summary.annual_salary_10k_cny === 90.3,
    "/positions/{name}: 产品经理 demand 6, supply 1, gap -5, 90.3",
  );
  check(
    position.data.figures.some((f) => f.source === "hot-jobs:demand" && f.value === 6),
    "/positions/{name}: the demand rank's figure",
  );
  itemMeta("/positions/{name}", position.meta, "positions", reportId);

  const industry = ok(
    "/industries/{name}",
    await api.GET("/industries/{name}", { params: { path: { name: "纯互联网" }, query: { lang: "en" } } }),
  );
  check(
    industry.data.entity_id === "pure-internet" && industry.data.summary.label === "Pure internet" &&
      industry.data.summary.talent_share_pct === 15.91 && industry.data.summary.new_posting_share_pct === 33.11 &&
      industry.data.summary.posting_minus_talent_pp === 17.2,
    "/industries/{name}: 纯互联网 talent 15.91 vs new postings 33.11 (+17.2 pp)",
  );
  itemMeta("/industries/{name}", industry.meta, "industries", reportId);

  // ---- Downloads (issue 16) ------------------------------------------------------------------
  const pkg = ok(
    "/reports/{report_id}/datapackage.json",
    await api.GET("/reports/{report_id}/datapackage.json", { params: { path: { report_id: reportId } } }),
  );
  check(pkg.name === reportId && pkg.$schema.startsWith("https://datapackage.org/profiles/2.0/"), "datapackage: name, profile");
  check(pkg.resources.length === 12, `datapackage: 12 resources (got ${pkg.resources.length})`);
  check(pkg.resources.every((r) => r.path === `data/${r.name}.csv` && r.mediatype === "text/csv"), "datapackage: resource paths");
  check(
    pkg.links.zip === `/reports/${reportId}/datapackage.zip` && pkg.links.database === "/talent.db",
    "datapackage: links to the zip and the database",
  );
  check(pkg.citation.en.length > 0 && pkg.citation.zh.length > 0, "datapackage: citation in English and Chinese");

  // A resource's CSV is the dataset's CSV answer, byte for byte, and links the package.
  const resource = await api.GET("/reports/{report_id}/data/{dataset}.csv", {
    parseAs: "text",
    params: { path: { report_id: reportId, dataset: "talent-cities" } },
  });
  const resourceCsv = ok("/reports/{report_id}/data/{dataset}.csv", resource);
  const citiesCsv = await api.GET("/talent/cities.csv", { parseAs: "text" });
  check(resourceCsv === ok("/talent/cities.csv", citiesCsv), "data/talent-cities.csv: the /talent/cities.csv answer");
  check(resourceCsv.startsWith("label,rank,city,city_en,share_pct") && resourceCsv.includes("北京,Beijing,31.42"), "data/talent-cities.csv: Beijing 31.42");
  // Headers are on `response` (a WHATWG Response): the CSV answers name their Data Package.
  const packageUrl = `/reports/${reportId}/datapackage.json`;
  check(describedBy(resource.response) === packageUrl, 'data/talent-cities.csv: Link rel="describedby"');
  check(describedBy(citiesCsv.response) === packageUrl, '/talent/cities.csv: Link rel="describedby"');

  // Binary downloads: `parseAs: "arrayBuffer"` (or "blob") gives the bytes, typed ArrayBuffer.
  const zip = await api.GET("/reports/{report_id}/datapackage.zip", {
    parseAs: "arrayBuffer",
    params: { path: { report_id: reportId } },
  });
  const zipBytes = ok("/reports/{report_id}/datapackage.zip", zip);
  check(startsWith(zipBytes, "PK\x03\x04"), "datapackage.zip starts with PK");
  const names = new TextDecoder("latin1").decode(zipBytes);
  check(names.includes("datapackage.json") && names.includes("data/talent-cities.csv"), "datapackage.zip: the descriptor and the CSVs");
  check(zip.response.headers.get("content-type") === "application/zip", "datapackage.zip: application/zip");
  const database = await api.GET("/talent.db", { parseAs: "arrayBuffer" });
  check(startsWith(ok("/talent.db", database), "SQLite format 3\0"), "talent.db starts with 'SQLite format 3'");
  check(
    /^attachment; filename="talent-[0-9a-f]{16}\.db"$/.test(database.response.headers.get("content-disposition") ?? ""),
    "talent.db: Content-Disposition",
  );
  // Without parseAs the type says `string`, but openapi-fetch parses the body as JSON and throws.
  const unparsed = await api.GET("/talent.db").then(
    () => "parsed",
    (error: unknown) => (error instanceof SyntaxError ? "SyntaxError" : String(error)),
  );
  check(unparsed === "SyntaxError", `talent.db without parseAs: JSON.parse throws (got ${unparsed})`);

  // ---- Details of the text formats ------------------------------------------------------------
  // The CSV's bytes start with the UTF-8 byte-order mark (so spreadsheets read the Chinese text).
  const bytes = ok(
    "/talent/cities.csv",
    await api.GET("/talent/cities.csv", { parseAs: "arrayBuffer", params: { query: { fields: "city,share_pct", limit: 1 } } }),
  );
  const head = new Uint8Array(bytes);
  check(head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf, "CSV starts with a byte-order mark");
  check(new TextDecoder().decode(bytes) === "city,share_pct\r\n北京,31.42\r\n", "CSV with fields and limit");
  // A chart in English with its size.
  const chart = ok(
    "/talent/cities.svg",
    await api.GET("/talent/cities.svg", { parseAs: "text", params: { query: { lang: "en", width: 480, limit: 3 } } }),
  );
  check(chart.includes('width="480"') && chart.includes("Beijing"), "chart: width and English labels");

  // ---- Errors: typed RFC 9457 problems --------------------------------------------------------
  const missing = await api.GET("/talent/cities", { params: { query: { report: "no-such-report" } } });
  typeIs<Equals<typeof missing.error, Problem | undefined>>(true);
  problem("unknown report", missing, 404, "/problems/report-not-found");
  const invalid = problem(
    "limit=-1 (CSV)",
    await api.GET("/talent/cities.csv", { parseAs: "text", params: { query: { limit: -1 } } }),
    400,
    "/problems/invalid-parameter",
  );
  check(invalid.invalid_params?.[0]?.name === "limit", "limit=-1: invalid_params names limit");
  problem(
    "unknown report id",
    await api.GET("/reports/{report_id}", { params: { path: { report_id: "no-such-report" } } }),
    404,
    "/problems/report-not-found",
  );
  problem(
    "unknown report (datapackage.zip)",
    await api.GET("/reports/{report_id}/datapackage.zip", { parseAs: "arrayBuffer", params: { path: { report_id: "no-such-report" } } }),
    404,
    "/problems/report-not-found",
  );
  const unknownPosition = problem(
    "unknown position",
    await api.GET("/positions/{name}", { params: { path: { name: "no-such-position" } } }),
    404,
    "/problems/item-not-found",
  );
  check((unknownPosition.detail ?? "").includes("product-manager"), "unknown position: the detail lists the known ones");
  problem(
    "unknown industry",
    await api.GET("/industries/{name}", { params: { path: { name: "no-such-industry" } } }),
    404,
    "/problems/item-not-found",
  );
  // `claim_id` is an enum in the document, so the generated types reject an unknown one: the
  // request is a plain fetch, and the problem is checked with a type guard.
  const unknownClaim = await fetch(new URL("/claims/no-such-claim", baseUrl));
  const unknownClaimBody: unknown = await unknownClaim.json();
  if (!isProblem(unknownClaimBody)) throw new Error("unknown claim: expected a problem");
  check(
    unknownClaim.status === 404 && unknownClaimBody.status === 404 && unknownClaimBody.type === "/problems/item-not-found" &&
      unknownClaim.headers.get("content-type") === "application/problem+json",
    "unknown claim (plain fetch): 404 /problems/item-not-found",
  );

  writeFileSync(callsFile, calls.join("\n") + "\n");
  console.log(`typescript: ${checks} checks passed, ${calls.length} requests`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
