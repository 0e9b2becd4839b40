//! The dataset endpoints (`/talent/cities`, `/salaries`, `/heat-index`, ...)
//! through the real router: every endpoint's rows and provenance, and the
//! query language they share (report, sorting, filters, paging, fields,
//! lang, comparisons, peaks), the representations (JSON, CSV, NDJSON, bare
//! arrays, content negotiation) and a table of bad inputs.

use serde_json::Value;
use talent_trends_api::data::kinds::KINDS;

use crate::helpers::{get, get_with, labels, rows};

#[tokio::test]
async fn every_dataset_endpoint_answers_its_rows_with_provenance() {
    for kind in KINDS {
        let answer = get(kind.path).await;
        assert_eq!(answer.status, 200, "{}: {}", kind.path, answer.text());
        assert_eq!(answer.header("content-type"), Some("application/json"));
        let body = answer.json();
        let data = body["data"].as_array().unwrap();
        assert!(!data.is_empty(), "{}", kind.path);
        let meta = &body["meta"];
        assert_eq!(meta["dataset"], kind.id);
        assert_eq!(meta["report"]["id"], "maimai-aigc-talent-2023");
        assert_eq!(meta["report"]["publisher"], "脉脉高聘人才智库");
        assert!(meta["source"]["page"].as_i64().unwrap() > 0);
        assert_eq!(meta["source"]["chart"], meta["title"]);
        assert_eq!(meta["total"], data.len());
        assert_eq!(meta["row_count"], data.len());
        assert!(meta["data_version"].as_str().unwrap().len() >= 16);
        for row in data {
            assert!(row["label"].is_string(), "{}: {row}", kind.path);
            for field in kind.fields {
                assert!(row.get(field.name).is_some(), "{}: {} missing", kind.path, field.name);
            }
        }
    }
}

#[tokio::test]
async fn datasets_can_be_asked_for_by_report_id() {
    let data = rows("/talent/cities?report=maimai-aigc-talent-2023&limit=1").await;
    assert_eq!(data[0]["city"], "北京");
}

#[tokio::test]
async fn sorting_takes_several_keys_and_descending_order() {
    let data = rows("/talent/cities?sort=-share_pct,city_en").await;
    // Xi'an and Suzhou tie at 1.48; the second key orders them by English name.
    let tail: Vec<String> = labels(&data[8..], "city_en");
    assert_eq!(tail, ["Suzhou", "Xi'an"]);
    let ascending = rows("/salaries?sort=annual_salary_10k_cny").await;
    assert_eq!(ascending[0]["position"], "产品经理");
    let by_label = rows("/talent/cities?sort=label&lang=en&limit=1").await;
    assert_eq!(by_label[0]["label"], "Beijing");
}

#[tokio::test]
async fn filters_match_chinese_or_english_labels_and_repeat_as_or() {
    let chinese = rows("/talent/cities?city=%E5%8C%97%E4%BA%AC").await;
    let english = rows("/talent/cities?city=Beijing").await;
    assert_eq!(chinese, english);
    assert_eq!(chinese.len(), 1);
    // Labels match exactly as listed (the OpenAPI enum), so a misspelling is caught.
    let problem = get("/talent/cities?city=beijing")
        .await
        .assert_problem(400, "invalid-parameter");
    assert!(
        problem["invalid_params"][0]["accepted"]
            .as_str()
            .unwrap()
            .contains("北京 / Beijing")
    );
    let both = rows("/jobs/hot?side=demand&side=supply").await;
    assert_eq!(both.len(), 20);
    let ranged = rows("/talent/cities?min_share=5&max_share=20").await;
    assert_eq!(labels(&ranged, "city_en"), ["Shanghai", "Shenzhen", "Hangzhou"]);
    let months = rows("/heat-index?from=2022-05&to=2022-12").await;
    assert_eq!(months.len(), 8);
    assert_eq!(months[0]["month"], "2022-05");
    let years = rows("/jobs/growth?from=2021&to=2022").await;
    assert_eq!(years.len(), 2);
}

#[tokio::test]
async fn a_filter_that_matches_nothing_is_an_empty_200() {
    let answer = get("/talent/cities?min_share=99").await;
    assert_eq!(answer.status, 200);
    let body = answer.json();
    assert_eq!(body["data"], Value::Array(vec![]));
    assert_eq!(body["meta"]["total"], 0);
}

#[tokio::test]
async fn paging_reports_totals_and_links_to_neighbouring_pages() {
    let answer = get("/talent/cities?limit=3&offset=3&sort=-share_pct").await;
    assert_eq!(answer.status, 200);
    let body = answer.json();
    assert_eq!(body["meta"]["total"], 10);
    assert_eq!(body["meta"]["limit"], 3);
    assert_eq!(body["meta"]["offset"], 3);
    assert_eq!(body["meta"]["returned"], 3);
    assert_eq!(body["data"][0]["city"], "杭州");
    let link = answer.header("link").unwrap();
    assert!(
        link.contains("</talent/cities?limit=3&sort=-share_pct&offset=6>; rel=\"next\""),
        "{link}"
    );
    assert!(
        link.contains("</talent/cities?limit=3&sort=-share_pct&offset=0>; rel=\"prev\""),
        "{link}"
    );
    let last = get("/talent/cities?limit=3&offset=9").await;
    assert!(!last.header("link").unwrap().contains("next"));
    // Past the end, prev points at the last page.
    let beyond = get("/talent/cities?limit=3&offset=500").await;
    assert_eq!(beyond.json()["data"], Value::Array(vec![]));
    assert_eq!(
        beyond.header("link"),
        Some("</talent/cities?limit=3&offset=9>; rel=\"prev\"")
    );
    assert!(get("/talent/cities").await.header("link").is_none());
}

#[tokio::test]
async fn repeated_sort_keys_and_fields_change_nothing() {
    assert_eq!(
        rows("/talent/cities?sort=rank,-rank").await,
        rows("/talent/cities?sort=rank").await
    );
    assert_eq!(
        get("/talent/cities.csv?fields=rank,rank").await.text(),
        get("/talent/cities.csv?fields=rank").await.text()
    );
}

#[tokio::test]
async fn field_selection_returns_only_the_fields_asked_for_in_order() {
    let answer = get("/talent/cities.ndjson?fields=rank,city_en,share_pct&limit=1").await;
    assert_eq!(
        answer.text(),
        "{\"rank\":1,\"city_en\":\"Beijing\",\"share_pct\":31.42}\n"
    );
    let csv = get("/talent/cities.csv?fields=share_pct,city&limit=2").await;
    assert_eq!(csv.text(), "\u{feff}share_pct,city\r\n31.42,北京\r\n17.93,上海\r\n");
    // JSON rows are typed: every field, always; `fields` is for CSV and NDJSON.
    let problem = get("/talent/cities?fields=rank")
        .await
        .assert_problem(400, "unknown-parameter");
    assert_eq!(problem["invalid_params"][0]["name"], "fields");
}

#[tokio::test]
async fn lang_chooses_the_primary_label_and_keeps_both() {
    let zh = rows("/talent/cities?limit=1").await;
    let en = rows("/talent/cities?limit=1&lang=en").await;
    assert_eq!(zh[0]["label"], "北京");
    assert_eq!(en[0]["label"], "Beijing");
    assert_eq!(en[0]["city"], "北京");
}

#[tokio::test]
async fn csv_answers_parse_back_to_the_json_rows() {
    for path in ["/talent/cities", "/salaries", "/jobs/hot", "/talent/ages/comparison"] {
        let json = rows(path).await;
        let answer = get(&format!("{path}.csv")).await;
        assert_eq!(answer.status, 200);
        assert_eq!(
            answer.header("content-type"),
            Some("text/csv; charset=utf-8; header=present")
        );
        assert!(
            answer.body.starts_with(b"\xEF\xBB\xBF"),
            "UTF-8 byte-order mark for spreadsheets"
        );
        let mut reader = csv::Reader::from_reader(&answer.body[3..]);
        let headers: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), json.len());
        for (record, row) in records.iter().zip(&json) {
            for (name, cell) in headers.iter().zip(record.iter()) {
                let expected = match &row[name] {
                    Value::String(s) => s.clone(),
                    Value::Null => String::new(),
                    other => other.to_string(),
                };
                // Figures are compared by value (JSON parsing drops trailing zeros).
                match (&row[name], cell.parse::<f64>()) {
                    (Value::Number(n), Ok(f)) => assert_eq!(n.as_f64().unwrap(), f, "{path} {name}"),
                    _ => assert_eq!(cell, expected, "{path} {name}"),
                }
            }
        }
    }
    let csv = get("/talent/industries.csv").await.text();
    assert!(
        csv.contains("5,通信,Telecommunications,5.80,"),
        "CSV keeps printed digits: {csv}"
    );
}

#[tokio::test]
async fn ndjson_answers_one_row_per_line() {
    let answer = get("/talent/cities.ndjson").await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("content-type"), Some("application/x-ndjson"));
    let lines: Vec<Value> = answer
        .text()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines, rows("/talent/cities").await);
}

#[tokio::test]
async fn the_rows_endpoint_answers_the_bare_rows() {
    let answer = get("/talent/education/rows").await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("content-type"), Some("application/json"));
    assert_eq!(answer.json(), Value::Array(rows("/talent/education").await));
}

#[tokio::test]
async fn an_accept_that_rules_out_json_is_redirected_to_csv_or_ndjson_or_refused() {
    for (accept, location) in [
        ("text/csv", "cities.csv"),
        ("text/csv;q=0.9", "cities.csv"),
        ("text/*", "cities.csv"),
        ("application/x-ndjson", "cities.ndjson"),
    ] {
        let answer = get_with("/talent/cities?limit=2", &[("accept", accept)]).await;
        assert_eq!(answer.status, 303, "{accept}");
        assert_eq!(answer.header("location"), Some(format!("{location}?limit=2").as_str()));
        assert_eq!(answer.header("vary"), Some("accept"));
    }
    get_with("/talent/cities", &[("accept", "application/xml")])
        .await
        .assert_problem(406, "not-acceptable");
    get_with("/talent/cities/rows", &[("accept", "text/csv")])
        .await
        .assert_problem(406, "not-acceptable");
    // CSV and NDJSON endpoints serve their one format whatever Accept says.
    let csv = get_with("/talent/cities.csv", &[("accept", "application/xml")]).await;
    assert_eq!(csv.status, 200);
    let browser = get_with(
        "/talent/cities",
        &[("accept", "text/html,application/xhtml+xml,*/*;q=0.8")],
    )
    .await;
    assert_eq!(browser.header("content-type"), Some("application/json"));
}

#[tokio::test]
async fn the_earlier_format_shape_and_compare_parameters_redirect_to_their_endpoints() {
    for (uri, location) in [
        ("/talent/cities?format=csv&limit=3", "cities.csv?limit=3"),
        ("/talent/cities?format=ndjson", "cities.ndjson"),
        ("/talent/cities?format=json&city=Beijing", "cities?city=Beijing"),
        ("/talent/education?shape=array", "education/rows"),
        ("/heat-index?shape=envelope&format=json", "heat-index"),
        (
            "/talent/ages?compare=internet,aigc&lang=en",
            "ages/comparison?first=internet&second=aigc&lang=en",
        ),
        (
            "/talent/ages?compare=aigc,internet&format=csv",
            "ages/comparison.csv?first=aigc&second=internet",
        ),
    ] {
        let answer = get(uri).await;
        assert_eq!(answer.status, 308, "{uri}");
        assert_eq!(answer.header("location"), Some(location), "{uri}");
    }
}

#[tokio::test]
async fn comparisons_and_peaks_answer_the_reports_own_questions() {
    let bands = rows("/talent/ages/comparison").await;
    assert_eq!(bands.len(), 6);
    assert_eq!(bands[3]["age_band"], "35-40岁");
    assert_eq!(bands[3]["first_cohort"], "aigc");
    assert_eq!(bands[3]["second_cohort"], "internet");
    assert_eq!(bands[3]["first_share_pct"].as_f64(), Some(19.98));
    assert_eq!(bands[3]["second_share_pct"].as_f64(), Some(16.15));
    assert_eq!(bands[3]["difference_pp"].as_f64(), Some(3.83));
    let reversed = rows("/talent/ages/comparison?first=internet&second=aigc").await;
    assert_eq!(reversed[3]["difference_pp"].as_f64(), Some(-3.83));
    // The parameters are independent: a cohort compared with itself differs by 0.
    let itself = rows("/talent/ages/comparison?first=aigc&second=aigc").await;
    assert_eq!(itself.len(), 6);
    assert!(itself.iter().all(|r| r["difference_pp"].as_f64() == Some(0.0)));
    assert_eq!(
        get("/talent/ages/comparison?limit=0").await.json()["meta"]["compared"],
        serde_json::json!(["aigc", "internet"])
    );
    let text = get("/talent/ages/comparison?first=aigc&second=internet").await.text();
    assert!(
        text.contains(r#""difference_pp":-2.70"#),
        "exact decimal difference: {text}"
    );
    let peaks = rows("/heat-index?peaks=true").await;
    assert!(peaks.iter().all(|r| r["is_peak"] == true));
}

/// Bad inputs, each with its expected status and problem type. None may be a
/// 500, a plain-text 400 or a whole-table answer.
#[tokio::test]
async fn bad_inputs_answer_problems_that_name_the_parameter() {
    let cases: &[(&str, u16, &str, Option<&str>)] = &[
        ("/talent/cities?limit=abc", 400, "invalid-parameter", Some("limit")),
        ("/talent/cities?limit=-1", 400, "invalid-parameter", Some("limit")),
        ("/talent/cities?limit=1001", 400, "invalid-parameter", Some("limit")),
        (
            "/talent/cities?limit=99999999999999999999",
            400,
            "invalid-parameter",
            Some("limit"),
        ),
        (
            "/talent/cities?limit=1&limit=2",
            400,
            "invalid-parameter",
            Some("limit"),
        ),
        ("/talent/cities?offset=-5", 400, "invalid-parameter", Some("offset")),
        ("/talent/cities?sort=population", 400, "invalid-parameter", Some("sort")),
        ("/talent/cities?sort=", 400, "invalid-parameter", Some("sort")),
        (
            "/talent/cities.csv?fields=rank,nope",
            400,
            "invalid-parameter",
            Some("fields"),
        ),
        ("/talent/cities?cty=Beijing", 400, "unknown-parameter", Some("cty")),
        ("/talent/cities?city=Tokyo", 400, "invalid-parameter", Some("city")),
        ("/talent/cities?city=", 400, "invalid-parameter", Some("city")),
        (
            "/talent/cities?min_share=lots",
            400,
            "invalid-parameter",
            Some("min_share"),
        ),
        ("/talent/cities?lang=fr", 400, "invalid-parameter", Some("lang")),
        ("/talent/cities?format=xml", 400, "unknown-parameter", Some("format")),
        ("/talent/cities?shape=table", 400, "unknown-parameter", Some("shape")),
        ("/talent/cities?report=", 400, "invalid-parameter", Some("report")),
        ("/talent/cities?city=%E5%8C", 400, "malformed-query", None),
        ("/talent/cities?city=%zz", 400, "malformed-query", None),
        ("/heat-index?from=2022-13", 400, "invalid-parameter", Some("from")),
        ("/heat-index?from=May", 400, "invalid-parameter", Some("from")),
        ("/heat-index?peaks=yes", 400, "invalid-parameter", Some("peaks")),
        ("/jobs/growth?from=twenty", 400, "invalid-parameter", Some("from")),
        ("/jobs/hot?side=buyers", 400, "invalid-parameter", Some("side")),
        ("/talent/ages?compare=aigc", 400, "unknown-parameter", Some("compare")),
        (
            "/talent/ages/comparison?second=martians",
            400,
            "invalid-parameter",
            Some("second"),
        ),
        (
            "/talent/ages/comparison?cohort=aigc",
            400,
            "unknown-parameter",
            Some("cohort"),
        ),
        (
            "/talent/cities?compare=aigc,internet",
            400,
            "unknown-parameter",
            Some("compare"),
        ),
        ("/reports?limit=1", 400, "unknown-parameter", Some("limit")),
        ("/?x=1", 400, "unknown-parameter", Some("x")),
        ("/openapi.json?x=1", 400, "unknown-parameter", Some("x")),
        ("/health?verbose=1", 400, "unknown-parameter", Some("verbose")),
        (
            "/talent/cities?min_share=1_0",
            400,
            "invalid-parameter",
            Some("min_share"),
        ),
        (
            "/talent/cities?min_share=.5",
            400,
            "invalid-parameter",
            Some("min_share"),
        ),
        (
            "/talent/cities?min_share=1e400",
            400,
            "invalid-parameter",
            Some("min_share"),
        ),
        (
            "/talent/cities?max_share=2000000",
            400,
            "invalid-parameter",
            Some("max_share"),
        ),
        (
            "/jobs/hot?max_rank=14710694298768635904",
            400,
            "invalid-parameter",
            Some("max_rank"),
        ),
        ("/talent/cities?report=%00", 400, "invalid-parameter", Some("report")),
        ("/talent/cities?report=Maimai", 400, "invalid-parameter", Some("report")),
        ("/talent/cities?sort=%20rank", 400, "invalid-parameter", Some("sort")),
        (
            "/talent/ages/comparison?second=%20internet",
            400,
            "invalid-parameter",
            Some("second"),
        ),
    ];
    for (uri, status, slug, param) in cases {
        let answer = get(uri).await;
        assert!(answer.body.len() < 4096, "{uri}: problem bodies stay short");
        let problem = answer.assert_problem(*status, slug);
        if let Some(param) = param {
            assert_eq!(problem["invalid_params"][0]["name"], *param, "{uri}: {problem}");
            assert!(problem["invalid_params"][0]["accepted"].is_string(), "{uri}: {problem}");
            assert!(problem["detail"].as_str().unwrap().contains(param), "{uri}: {problem}");
        }
    }
}
