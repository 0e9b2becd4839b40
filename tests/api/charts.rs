//! The SVG charts (`/talent/cities.svg`, …): every chart is well-formed SVG
//! with its title, unit, labels, values, source line and uncertainty marks,
//! in both languages; it takes the dataset query; bad input is a problem;
//! caching works as for data. The dashboard that shows them is in
//! `dashboard.rs`, their OpenAPI description in `openapi.rs`.

use talent_trends_api::{
    chart::{MAX_HEIGHT, MAX_WIDTH, MIN_HEIGHT, MIN_WIDTH, UNCERTAIN_MARK},
    data::kinds::{DatasetKind, KINDS, kind},
};

use crate::helpers::{Answer, chart_path, get, get_with};

/// The text of every `<text>` element of an SVG answer, in document order,
/// asserting the answer is a well-formed SVG document.
fn svg_texts(answer: &Answer) -> Vec<String> {
    assert_eq!(answer.status, 200, "{}", answer.text());
    assert_eq!(answer.header("content-type"), Some("image/svg+xml"));
    let body = answer.text();
    let doc = roxmltree::Document::parse(&body).unwrap_or_else(|e| panic!("not well-formed XML ({e})"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(root.tag_name().namespace(), Some("http://www.w3.org/2000/svg"));
    root.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or("").trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect()
}

/// Whether `wanted` is drawn: as one text, or wrapped over consecutive texts.
fn drawn(texts: &[String], wanted: &str) -> bool {
    (0..texts.len()).any(|start| {
        let mut joined = String::new();
        let mut spaced = String::new();
        for (k, text) in texts[start..].iter().enumerate().take(4) {
            joined.push_str(text);
            if k > 0 {
                spaced.push(' ');
            }
            spaced.push_str(text);
            if joined == wanted || spaced == wanted {
                return true;
            }
        }
        false
    })
}

/// Whether `wanted` is drawn within a line of text, or within lines wrapped
/// from one (items of a list).
fn listed(texts: &[String], wanted: &str) -> bool {
    (0..texts.len()).any(|start| {
        let run = &texts[start..texts.len().min(start + 3)];
        run.concat().contains(wanted) || run.join(" ").contains(wanted)
    })
}

fn is_table(kind: &DatasetKind) -> bool {
    ["hot-jobs", "job-skills", "applications"].contains(&kind.id)
}

async fn meta(kind: &DatasetKind, lang: &str) -> serde_json::Value {
    get(&format!("{}?limit=0&lang={lang}", kind.path)).await.json()["meta"].clone()
}

async fn labels(kind: &DatasetKind, lang: &str) -> Vec<String> {
    get(&format!("{}?lang={lang}", kind.path))
        .await
        .data()
        .iter()
        .map(|r| r["label"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn every_dataset_renders_a_well_formed_svg_with_its_title_unit_source_and_every_label() {
    for kind in KINDS {
        let answer = get(&chart_path(kind)).await;
        let texts = svg_texts(&answer);
        let meta = meta(kind, "zh").await;
        let title = meta["title"].as_str().unwrap();
        assert!(drawn(&texts, title), "{}: title {title} not in {texts:?}", kind.id);
        let unit = format!("单位：{}", meta["unit"].as_str().unwrap());
        assert!(listed(&texts, &unit), "{}: {unit}", kind.id);
        let source: String = texts.iter().filter(|t| t.starts_with("数据来源")).cloned().collect();
        assert!(!source.is_empty(), "{}: no source line in {texts:?}", kind.id);
        let page = meta["source"]["page"].as_i64().unwrap();
        let all = texts.concat();
        for part in [
            "脉脉高聘人才智库",
            "2023 AIGC人才趋势报告",
            &format!("第{page}页"),
            "图表：",
        ] {
            assert!(all.contains(part), "{}: source line lacks {part}: {all}", kind.id);
        }
        for label in labels(kind, "zh").await {
            let found = if is_table(kind) {
                listed(&texts, &label)
            } else {
                drawn(&texts, &label)
            };
            assert!(found, "{}: label {label} not in {texts:?}", kind.id);
        }
    }
}

#[tokio::test]
async fn lang_en_draws_every_label_title_unit_and_source_line_in_english() {
    for kind in KINDS {
        let texts = svg_texts(&get(&format!("{}?lang=en", chart_path(kind))).await);
        let meta = meta(kind, "en").await;
        let title = meta["title_en"].as_str().unwrap();
        assert!(drawn(&texts, title), "{}: title {title} not in {texts:?}", kind.id);
        let unit = format!("Unit: {}", meta["unit_en"].as_str().unwrap());
        let all = texts.join(" ");
        assert!(
            drawn(&texts, &unit) || all.contains(&unit),
            "{}: {unit} in {all}",
            kind.id
        );
        assert!(
            all.contains("Source: Maimai Gaopin Talent Think Tank") && all.contains("page"),
            "{}: {all}",
            kind.id
        );
        assert!(!all.contains("数据来源") && !all.contains("单位"), "{}: {all}", kind.id);
        for label in labels(kind, "en").await {
            let found = if is_table(kind) {
                listed(&texts, &label)
            } else {
                drawn(&texts, &label)
            };
            assert!(found, "{}: label {label} not in {texts:?}", kind.id);
        }
    }
}

#[tokio::test]
async fn value_labels_show_the_figures_as_printed_with_their_unit() {
    let texts = svg_texts(&get("/talent/cities.svg").await);
    for value in ["31.42%", "17.93%", "1.48%"] {
        assert!(texts.iter().any(|t| t == value), "{value} in {texts:?}");
    }
    let texts = svg_texts(&get("/salaries.svg").await);
    for value in ["110.6", "100", "90.3"] {
        assert!(texts.iter().any(|t| t == value), "{value} in {texts:?}");
    }
    let texts = svg_texts(&get("/heat-index.svg").await);
    assert!(texts.iter().any(|t| t == "95.12"));
    let texts = svg_texts(&get("/jobs/growth.svg").await);
    assert!(texts.iter().any(|t| t == "281.88%"));
}

#[tokio::test]
async fn rows_flagged_uncertain_carry_a_visible_mark_that_the_legend_explains() {
    for (id, uncertain) in [
        ("talent-industries", 2),
        ("talent-experience", 2),
        ("heat-index", 6),
        ("job-skills", 1),
        ("applications", 7),
        ("talent-cities", 0),
        ("salaries", 0),
    ] {
        let kind = kind(id).unwrap();
        for (lang, legend) in [("zh", "读数不确定"), ("en", "uncertain reading")] {
            let texts = svg_texts(&get(&format!("{}?lang={lang}", chart_path(kind))).await);
            let explained = texts
                .iter()
                .any(|t| t.starts_with(UNCERTAIN_MARK) && t.contains(legend));
            let marks = texts
                .iter()
                .filter(|t| !t.contains(legend))
                .map(|t| t.matches(UNCERTAIN_MARK).count())
                .sum::<usize>();
            assert_eq!(marks, uncertain, "{id} {lang}: marks in {texts:?}");
            assert_eq!(explained, uncertain > 0, "{id} {lang}: legend in {texts:?}");
        }
    }
    // The marks follow the rows: filtering out the uncertain rows drops them.
    let texts = svg_texts(&get("/talent/industries.svg?uncertain=false").await);
    assert!(!texts.iter().any(|t| t.contains(UNCERTAIN_MARK)), "{texts:?}");
}

#[tokio::test]
async fn a_chart_draws_the_rows_the_dataset_query_selects() {
    // One cohort of the paired age chart.
    let texts = svg_texts(&get("/talent/ages.svg?cohort=aigc&lang=en").await);
    assert!(texts.iter().any(|t| t == "AIGC talent"), "{texts:?}");
    assert!(!texts.iter().any(|t| t == "Internet-industry talent"), "{texts:?}");
    assert!(texts.iter().any(|t| t == "34.24%"));
    assert!(!texts.iter().any(|t| t == "34.82%"));
    // Both cohorts by default, and in the comparison view.
    for uri in [
        "/talent/ages.svg?lang=en",
        "/talent/ages/comparison.svg?first=aigc&second=internet&lang=en",
    ] {
        let texts = svg_texts(&get(uri).await);
        for wanted in [
            "AIGC talent",
            "Internet-industry talent",
            "34.24%",
            "34.82%",
            "Over 45 years",
        ] {
            assert!(texts.iter().any(|t| t == wanted), "{uri}: {wanted} in {texts:?}");
        }
    }
    // Filters in either language, paging, sorting.
    let texts = svg_texts(&get("/talent/cities.svg?city=Beijing&city=上海").await);
    assert!(drawn(&texts, "北京") && drawn(&texts, "上海") && !drawn(&texts, "深圳"));
    let texts = svg_texts(&get("/talent/cities.svg?limit=3&lang=en").await);
    assert!(drawn(&texts, "Shenzhen") && !drawn(&texts, "Hangzhou"));
    let texts = svg_texts(&get("/talent/cities.svg?sort=share_pct&limit=1").await);
    assert!(drawn(&texts, "西安") && !drawn(&texts, "北京"), "{texts:?}");
    let texts = svg_texts(&get("/jobs/hot.svg?side=supply&max_rank=3&lang=en").await);
    assert!(listed(&texts, "User operations") && !listed(&texts, "Deep learning"));
    assert!(
        texts.iter().any(|t| t == "Supply side: most applied to")
            && !texts.iter().any(|t| t.starts_with("Demand side"))
    );
    let texts = svg_texts(&get("/heat-index.svg?from=2022-08").await);
    assert!(drawn(&texts, "2022年8月") && !drawn(&texts, "2022年7月"));
}

#[tokio::test]
async fn a_filter_that_matches_nothing_draws_an_empty_chart_that_says_so() {
    let texts = svg_texts(&get("/talent/cities.svg?min_share=99").await);
    assert!(texts.iter().any(|t| t == "没有符合筛选条件的数据"), "{texts:?}");
    let texts = svg_texts(
        &get("/applications.svg?min_share=99&lang=en"
            .replace("min_share=99&", "item=Healthcare&domain=Audio&")
            .as_str())
        .await,
    );
    assert!(texts.iter().any(|t| t == "No rows match the filters"), "{texts:?}");
}

#[tokio::test]
async fn width_and_height_size_the_chart_within_their_documented_bounds() {
    for (query, width, height) in [
        (
            format!("width={MIN_WIDTH}&height={MIN_HEIGHT}"),
            MIN_WIDTH,
            Some(MIN_HEIGHT),
        ),
        (
            format!("width={MAX_WIDTH}&height={MAX_HEIGHT}"),
            MAX_WIDTH,
            Some(MAX_HEIGHT),
        ),
        ("width=360".to_owned(), 360, None),
        (String::new(), 720, None),
    ] {
        for kind in KINDS {
            let answer = get(&format!("{}?{query}", chart_path(kind))).await;
            svg_texts(&answer);
            let body = answer.text();
            let doc = roxmltree::Document::parse(&body).unwrap();
            let root = doc.root_element();
            assert_eq!(
                root.attribute("width"),
                Some(width.to_string().as_str()),
                "{} {query}",
                kind.id
            );
            let drawn_height: u32 = root.attribute("height").unwrap().parse().unwrap();
            if let Some(height) = height {
                // A requested height is a minimum: the chart grows to fit its
                // rows rather than drawing labels over each other.
                assert!(drawn_height >= height, "{} {query}: {drawn_height}", kind.id);
                if height == MAX_HEIGHT {
                    assert_eq!(drawn_height, height, "{} {query}", kind.id);
                }
            }
            assert!(
                (MIN_HEIGHT / 2..=MAX_HEIGHT).contains(&drawn_height),
                "{} {query}",
                kind.id
            );
        }
    }
    for (query, name) in [
        (format!("width={}", MIN_WIDTH - 1), "width"),
        (format!("width={}", MAX_WIDTH + 1), "width"),
        (format!("height={}", MIN_HEIGHT - 1), "height"),
        (format!("height={}", MAX_HEIGHT + 1), "height"),
        ("width=abc".to_owned(), "width"),
        ("width=1e3".to_owned(), "width"),
        ("width=-720".to_owned(), "width"),
        ("width=".to_owned(), "width"),
        ("height=400.5".to_owned(), "height"),
        ("width=400&width=500".to_owned(), "width"),
    ] {
        let problem = get(&format!("/talent/cities.svg?{query}"))
            .await
            .assert_problem(400, "invalid-parameter");
        assert_eq!(problem["invalid_params"][0]["name"], name, "{query}");
        let accepted = problem["invalid_params"][0]["accepted"].as_str().unwrap();
        assert!(accepted.contains("pixels") || accepted == "a single value", "{problem}");
    }
}

#[tokio::test]
async fn bad_chart_queries_are_problems_like_on_the_dataset_endpoints() {
    for (uri, status, slug, param) in [
        (
            "/talent/cities.svg?format=json",
            400,
            "unknown-parameter",
            Some("format"),
        ),
        (
            "/talent/cities.svg?shape=array",
            400,
            "unknown-parameter",
            Some("shape"),
        ),
        (
            "/talent/cities.svg?fields=label",
            400,
            "unknown-parameter",
            Some("fields"),
        ),
        ("/talent/cities.svg?cty=Beijing", 400, "unknown-parameter", Some("cty")),
        ("/talent/cities.svg?city=Tokyo", 400, "invalid-parameter", Some("city")),
        ("/talent/cities.svg?lang=fr", 400, "invalid-parameter", Some("lang")),
        ("/talent/cities.svg?sort=nope", 400, "invalid-parameter", Some("sort")),
        ("/talent/cities.svg?limit=-1", 400, "invalid-parameter", Some("limit")),
        (
            "/talent/ages/comparison.svg?cohort=aigc",
            400,
            "unknown-parameter",
            Some("cohort"),
        ),
        ("/talent/cities.svg?city=%zz", 400, "malformed-query", None),
        ("/talent/cities.svg?report=maimai-2022", 404, "report-not-found", None),
        ("/charts/nope.svg", 404, "chart-not-found", None),
        ("/charts/talent-cities", 404, "chart-not-found", None),
        ("/talent/cities.svg/x", 404, "not-found", None),
    ] {
        let problem = get(uri).await.assert_problem(status, slug);
        if let Some(param) = param {
            assert_eq!(problem["invalid_params"][0]["name"], param, "{uri}: {problem}");
        }
    }
    let problem = get("/talent/cities.svg?format=svg")
        .await
        .assert_problem(400, "unknown-parameter");
    let accepted = problem["invalid_params"][0]["accepted"].as_str().unwrap();
    for name in ["width", "height", "lang", "city", "limit"] {
        assert!(accepted.contains(name), "{accepted}");
    }
}

#[tokio::test]
async fn charts_carry_etags_answer_304_and_forbid_scripts() {
    let first = get("/talent/cities.svg").await;
    let etag = first.header("etag").expect("an ETag").to_owned();
    assert!(etag.starts_with('"') && etag.ends_with('"'), "{etag}");
    assert_eq!(first.header("cache-control"), Some("max-age=3600"));
    assert!(first.header("last-modified").is_some());
    let csp = first.header("content-security-policy").unwrap();
    assert!(csp.contains("default-src 'none'"), "{csp}");
    assert_eq!(first.header("x-content-type-options"), Some("nosniff"));

    let again = get("/talent/cities.svg").await;
    assert_eq!(again.header("etag"), Some(etag.as_str()));
    assert_eq!(again.body, first.body);
    let revalidated = get_with("/talent/cities.svg", &[("if-none-match", &etag)]).await;
    assert_eq!(revalidated.status, 304);
    assert!(revalidated.body.is_empty());

    for other in [
        "/talent/cities.svg?lang=en",
        "/talent/cities.svg?width=360",
        "/talent/cities.svg?limit=3",
    ] {
        assert_ne!(get(other).await.header("etag"), Some(etag.as_str()), "{other}");
    }
    let gzip = get_with("/talent/cities.svg", &[("accept-encoding", "gzip")]).await;
    assert_eq!(gzip.header("content-encoding"), Some("gzip"));
    assert_eq!(
        gzip.header("etag").unwrap(),
        format!("{}-gzip\"", etag.trim_end_matches('"'))
    );
    let body = first.text();
    assert!(
        !body.contains("<script") && !body.contains("href="),
        "no scripts, no links"
    );
}

#[tokio::test]
async fn the_chart_in_the_readme_is_the_one_the_service_draws() {
    let served = get("/talent/cities.svg").await.text();
    let committed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/talent-cities.svg"))
        .expect("docs/talent-cities.svg exists");
    assert!(
        served == committed,
        "docs/talent-cities.svg is out of date: curl -s http://127.0.0.1:8080/talent/cities.svg > docs/talent-cities.svg"
    );
}

#[tokio::test]
async fn a_line_chart_runs_through_time_whatever_order_a_sort_selected() {
    let texts = svg_texts(&get("/heat-index.svg?sort=-index").await);
    let at = |month: &str| {
        texts
            .iter()
            .position(|t| t == month)
            .unwrap_or_else(|| panic!("{month} in {texts:?}"))
    };
    assert!(at("2022年2月") < at("2022年5月") && at("2022年5月") < at("2023年2月"));
    // A sort still chooses which months are drawn.
    let top = svg_texts(&get("/heat-index.svg?sort=-index&limit=3").await);
    assert!(
        top.iter().any(|t| t == "2023年2月") && !top.iter().any(|t| t == "2022年2月"),
        "{top:?}"
    );
}

#[tokio::test]
async fn cohorts_keep_their_order_and_colours_whatever_the_sort_or_compare_order() {
    let legend = |query: &'static str| async move {
        let body = get(&format!("/talent/ages{query}")).await.text();
        let aigc = body.find("AIGC人才年龄分布情况").expect("AIGC series named");
        let internet = body.find("互联网行业人才年龄分布情况").expect("internet series named");
        // Colours go by series order, so the same order means the same colours.
        aigc < internet
    };
    let default = legend(".svg").await;
    assert_eq!(legend(".svg?sort=-share_pct").await, default);
    assert_eq!(legend("/comparison.svg?first=internet&second=aigc").await, default);
    assert_eq!(legend("/comparison.svg?first=aigc&second=internet").await, default);
}

#[tokio::test]
async fn the_earlier_chart_paths_redirect_to_the_charts_at_their_datasets_paths() {
    for (uri, location) in [
        ("/charts/talent-cities.svg", "../talent/cities.svg"),
        (
            "/charts/heat-index.svg?lang=en&width=360",
            "../heat-index.svg?lang=en&width=360",
        ),
        (
            "/charts/talent-ages.svg?compare=internet,aigc",
            "../talent/ages/comparison.svg?first=internet&second=aigc",
        ),
    ] {
        let answer = get(uri).await;
        assert_eq!(answer.status, 308, "{uri}");
        assert_eq!(answer.header("location"), Some(location), "{uri}");
    }
    let problem = get("/charts/talent-city.svg")
        .await
        .assert_problem(404, "chart-not-found");
    let detail = problem["detail"].as_str().unwrap();
    for kind in KINDS {
        assert!(detail.contains(&chart_path(kind)), "{detail}");
    }
}
