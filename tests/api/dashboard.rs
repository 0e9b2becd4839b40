//! `GET /`: browsers get a self-contained HTML dashboard of every chart with
//! its data links, in either language; other clients keep getting the JSON
//! index.

use talent_trends_api::data::kinds::KINDS;

use crate::helpers::{chart_path, get, get_with};

const BROWSER: &str = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

#[tokio::test]
async fn browsers_get_a_self_contained_dashboard_with_every_chart_and_its_data_links() {
    let page = get_with("/", &[("accept", BROWSER)]).await;
    assert_eq!(page.status, 200);
    assert_eq!(page.header("content-type"), Some("text/html; charset=utf-8"));
    let csp = page.header("content-security-policy").unwrap();
    assert!(
        csp.contains("default-src 'none'") && csp.contains("img-src 'self'") && !csp.contains("script-src"),
        "{csp}"
    );
    let vary: Vec<&str> = page
        .headers
        .get_all("vary")
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    assert!(vary.contains(&"accept"), "{vary:?}");
    assert!(page.header("etag").is_some());
    let html = page.text();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"zh-Hans\">"));
    assert!(html.contains("<title>2023 AIGC人才趋势报告"));
    for provenance in ["脉脉高聘人才智库", "2023-03-30", "2022-02 – 2023-02"] {
        assert!(html.contains(provenance), "{provenance}");
    }
    for kind in KINDS {
        let chart = chart_path(kind);
        assert!(html.contains(&format!("<img src=\"{chart}\"")), "{chart}");
        assert!(
            html.contains(&format!("srcset=\"{chart}?width=360\"")),
            "{chart} for phones"
        );
        assert!(html.contains(&format!("href=\"{}\"", kind.path)), "{} JSON", kind.path);
        assert!(
            html.contains(&format!("href=\"{}.csv\"", kind.path)),
            "{} CSV",
            kind.path
        );
    }
    for link in ["href=\"/docs/\"", "href=\"/?lang=en\"", "href=\"/openapi.json\""] {
        assert!(html.contains(link), "{link}");
    }
    // Nothing from elsewhere: no absolute URLs, no scripts.
    assert!(!html.contains("http://") && !html.contains("https://") && !html.contains("//cdn"));
    assert!(!html.contains("<script"));

    // Every chart the page shows is served.
    for kind in KINDS {
        assert_eq!(get(&chart_path(kind)).await.status, 200);
    }
}

#[tokio::test]
async fn the_language_switch_redraws_the_dashboard_with_english_charts() {
    let page = get_with("/?lang=en", &[("accept", BROWSER)]).await;
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("<title>2023 AIGC Talent Trends Report"));
    assert!(html.contains("href=\"/\" hreflang=\"zh\""));
    for kind in KINDS {
        let chart = chart_path(kind);
        assert!(html.contains(&format!("<img src=\"{chart}?lang=en\"")), "{chart}");
        // The data links are in English too.
        assert!(
            html.contains(&format!("href=\"{}.csv?lang=en\"", kind.path)),
            "{}",
            kind.path
        );
        assert!(
            html.contains(&format!("srcset=\"{chart}?lang=en&amp;width=360\"")),
            "{chart}"
        );
    }
    get_with("/?lang=fr", &[("accept", BROWSER)])
        .await
        .assert_problem(400, "invalid-parameter");
    get_with("/?chart=x", &[("accept", BROWSER)])
        .await
        .assert_problem(400, "unknown-parameter");
}

#[tokio::test]
async fn other_clients_keep_getting_the_json_index_with_chart_links() {
    for accept in [
        None,
        Some("application/json"),
        Some("*/*"),
        Some("application/json, text/html"),
    ] {
        let headers: Vec<(&str, &str)> = accept.map(|a| ("accept", a)).into_iter().collect();
        let answer = get_with("/", &headers).await;
        assert_eq!(answer.status, 200);
        assert_eq!(answer.header("content-type"), Some("application/json"), "{accept:?}");
        let index = answer.json();
        assert_eq!(index["dashboard"], "/");
        let datasets = index["datasets"].as_array().unwrap();
        assert_eq!(datasets.len(), KINDS.len());
        for (link, kind) in datasets.iter().zip(KINDS) {
            assert_eq!(link["chart"], chart_path(kind));
        }
    }
    let html = get_with("/", &[("accept", "text/html")]).await;
    let json = get_with("/", &[("accept", "application/json")]).await;
    assert_ne!(html.header("etag"), json.header("etag"));
}
