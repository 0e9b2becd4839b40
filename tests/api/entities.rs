//! Every figure about one position or industry (`/positions`,
//! `/industries` and their single items), the labels that name them
//! (`/labels`): one label, one entity, with the uncertain links flagged and
//! every printed label either resolved or listed with its reason.

use talent_trends_api::{
    data::{catalog::Catalog, rules},
    db::Database,
};

use crate::helpers::{get, get_with, rows, url};

/// Every position or industry label printed in the report's prose, with its
/// page, as the report prints it.
const PROSE_LABELS: &[(&str, &str, i64)] = &[
    ("industry", "互联网", 1),
    ("industry", "人工智能", 1),
    ("industry", "企业数字化服务", 1),
    ("industry", "各行", 1),
    ("industry", "电商", 1),
    ("industry", "移动互联网", 1),
    ("industry", "传媒", 5),
    ("industry", "全球信息产业", 5),
    ("industry", "电商", 5),
    ("industry", "交通", 6),
    ("industry", "传媒", 6),
    ("industry", "医疗", 6),
    ("industry", "广告", 6),
    ("industry", "影视", 6),
    ("industry", "教育", 6),
    ("industry", "游戏", 6),
    ("industry", "电商", 6),
    ("industry", "金融", 6),
    ("industry", "AI行业", 8),
    ("industry", "互联网", 8),
    ("industry", "人工智能", 8),
    ("industry", "数据密集型产业", 8),
    ("industry", "新经济行业", 8),
    ("industry", "纯互联网", 8),
    ("industry", "AIGC行业", 10),
    ("industry", "互联网", 10),
    ("industry", "互联网", 13),
    ("industry", "人工智能", 13),
    ("industry", "新金融科技", 13),
    ("industry", "游戏", 13),
    ("position", "中高端AIGC人才", 1),
    ("position", "白领", 1),
    ("position", "蓝领", 1),
    ("position", "AI人才", 12),
    ("position", "AI产品经理类", 14),
    ("position", "产品经理", 14),
    ("position", "图像识别", 14),
    ("position", "技术岗位", 14),
    ("position", "研发人才", 14),
    ("position", "算法人才", 14),
    ("position", "算法工程师", 14),
    ("position", "自然语言处理", 14),
    ("position", "运营类", 14),
    ("position", "非技术岗位", 14),
    ("position", "AIGC产品经理", 15),
    ("position", "产品人才", 15),
    ("position", "图像识别", 15),
    ("position", "深度学习", 15),
    ("position", "算法研究员", 15),
    ("position", "非技术岗", 15),
    ("position", "NLP算法", 17),
    ("position", "复合型人才", 17),
    ("position", "深度学习", 17),
];

/// Asserts that a label resolves to an entity whose answer lists the label,
/// or is listed as unresolved with its reason.
async fn assert_resolved_or_explained(row: &serde_json::Value) {
    let label = row["label"].as_str().unwrap();
    match row["status"].as_str().unwrap() {
        "resolved" => {
            let id = row["entity_id"].as_str().expect("a resolved label names its entity");
            let collection = match row["entity_kind"].as_str().unwrap() {
                "position" => "positions",
                _ => "industries",
            };
            let entity = get(&format!("/{collection}/{id}")).await.json();
            let labels = entity["data"]["labels"].as_array().unwrap();
            assert!(labels.iter().any(|l| l["label"] == label), "{id} lists {label}");
            if row["uncertain"] == true {
                assert!(row["note"].as_str().is_some_and(|n| !n.is_empty()), "{row}");
            }
        }
        "unresolved" => {
            assert!(row["entity_id"].is_null());
            let reason = row["note"].as_str().unwrap_or_default();
            assert!(
                !reason.is_empty() && !reason.starts_with("No entity and no reason"),
                "{row}"
            );
        }
        other => panic!("status {other}"),
    }
}

#[tokio::test]
async fn every_position_and_industry_label_printed_in_a_chart_resolves_or_is_listed_with_its_reason() {
    let labels = rows("/labels?source=chart&limit=1000").await;
    let printed: Vec<(&str, &str, Vec<String>)> = vec![
        (
            "position",
            "hot-jobs",
            crate::helpers::labels(&rows("/jobs/hot").await, "position"),
        ),
        (
            "position",
            "salaries",
            crate::helpers::labels(&rows("/salaries").await, "position"),
        ),
        (
            "position",
            "job-skills",
            crate::helpers::labels(&rows("/jobs/skills").await, "term"),
        ),
        (
            "industry",
            "talent-industries",
            crate::helpers::labels(&rows("/talent/industries").await, "industry"),
        ),
        (
            "industry",
            "job-industries",
            crate::helpers::labels(&rows("/jobs/industries").await, "industry"),
        ),
        (
            "industry",
            "applications",
            crate::helpers::labels(&rows("/applications?facet=industry&limit=1000").await, "item"),
        ),
    ];
    let mut checked = 0;
    for (kind, dataset, names) in printed {
        for name in names {
            let found: Vec<&serde_json::Value> = labels
                .iter()
                .filter(|l| l["entity_kind"] == kind && l["dataset"] == dataset && l["label"] == name.as_str())
                .collect();
            assert!(!found.is_empty(), "{kind} {name} of {dataset} is not in /labels");
            for row in found {
                assert_resolved_or_explained(row).await;
            }
            checked += 1;
        }
    }
    assert!(checked > 60, "{checked}");
    // The label printed twice on page 8 resolves (uncertain) and is listed as
    // unresolved for the row that may be another industry.
    let twice: Vec<&serde_json::Value> = labels
        .iter()
        .filter(|l| l["dataset"] == "talent-industries" && l["label"] == "新生活服务")
        .collect();
    let statuses: Vec<&str> = twice.iter().map(|l| l["status"].as_str().unwrap()).collect();
    assert_eq!(statuses, ["resolved", "unresolved"]);
    assert_eq!(twice[0]["uncertain"], true);
}

#[tokio::test]
async fn every_position_and_industry_label_printed_in_the_prose_resolves_or_is_listed_with_its_reason() {
    let labels = rows("/labels?source=prose&limit=1000").await;
    for (kind, label, page) in PROSE_LABELS {
        let found: Vec<&serde_json::Value> = labels
            .iter()
            .filter(|l| l["entity_kind"] == *kind && l["label"] == *label && l["page"] == *page)
            .collect();
        assert!(!found.is_empty(), "{kind} {label} (page {page}) is not in /labels");
        for row in found {
            assert_resolved_or_explained(row).await;
            assert!(row["context"].as_str().unwrap().contains(label), "{row}");
        }
    }
    // Nothing else: every prose label in /labels is one the report prints.
    for row in &labels {
        assert!(
            PROSE_LABELS
                .iter()
                .any(|(k, l, p)| row["entity_kind"] == *k && row["label"] == *l && row["page"] == *p),
            "{row}"
        );
    }
}

#[tokio::test]
async fn the_product_manager_is_hottest_among_applicants_and_sixth_among_employers() {
    for name in ["产品经理", "Product%20manager", "product%20MANAGER", "product-manager"] {
        let answer = get(&format!("/positions/{name}")).await;
        assert_eq!(answer.status, 200, "{name}: {}", answer.text());
        let position = &answer.json()["data"];
        assert_eq!(position["entity_id"], "product-manager", "{name}");
        let summary = &position["summary"];
        assert_eq!(summary["demand_rank"], 6);
        assert_eq!(summary["supply_rank"], 1);
        assert_eq!(summary["rank_gap"], -5, "applicants crowd in");
        assert_eq!(summary["annual_salary_10k_cny"].to_string(), "90.3");
        assert_eq!(summary["silent_in"], "job-skills");
        assert_eq!(summary["uncertain"], false);
        let figures = position["figures"].as_array().unwrap();
        let figure = |source: &str, field: &str| {
            figures
                .iter()
                .find(|f| f["source"] == source && f["field"] == field)
                .unwrap_or_else(|| panic!("{source} {field}"))
        };
        assert_eq!(figure("hot-jobs:supply", "rank")["value"], 1);
        assert_eq!(figure("hot-jobs:demand", "rank")["value"], 6);
        assert_eq!(figure("salaries", "annual_salary_10k_cny")["value"].to_string(), "90.3");
        let href = figure("salaries", "annual_salary_10k_cny")["href"].as_str().unwrap();
        assert_eq!(rows(href).await[0]["position"], "产品经理", "{href}");
        let silent: Vec<&str> = position["silent_in"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["source"].as_str().unwrap())
            .collect();
        assert_eq!(silent, ["job-skills"]);
        let claims: Vec<&str> = position["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["claim_id"].as_str().unwrap())
            .collect();
        assert!(
            claims.contains(&"algorithm-demand-product-supply-imbalance"),
            "{claims:?}"
        );
        assert!(claims.contains(&"product-manager-salary-900k"), "{claims:?}");
    }
}

#[tokio::test]
async fn a_position_in_one_list_only_is_not_ranked_in_the_other_and_its_gap_is_bounded() {
    let vision = get("/positions/%E5%9B%BE%E5%83%8F%E8%AF%86%E5%88%AB-%E8%AE%A1%E7%AE%97%E6%9C%BA%E8%A7%86%E8%A7%89")
        .await
        .json();
    let summary = &vision["data"]["summary"];
    assert_eq!(summary["demand_rank"], 4);
    assert!(summary["supply_rank"].is_null(), "not ranked, not 0");
    assert!(summary["rank_gap"].is_null());
    assert_eq!(
        summary["rank_gap_min"], 7,
        "absent from the top 10: supply rank 11 or later"
    );
    assert!(summary["rank_gap_max"].is_null());
    assert_eq!(summary["silent_in"], "hot-jobs:supply, job-skills");
    let operations = rows("/positions?position=User%20operations").await;
    assert_eq!(operations[0]["rank_gap_max"], -8);
    // The imbalance in one query: the positions employers want more than
    // applicants do, for certain, and the other way round.
    let shortage = crate::helpers::labels(&rows("/positions?min_gap=1&lang=en").await, "name_en");
    assert_eq!(
        shortage,
        [
            "Algorithm engineer",
            "Natural language processing",
            "Algorithm researcher",
            "Image recognition - computer vision",
            "Artificial intelligence (job category)",
            "Deep learning",
            "Machine learning",
            "Senior technical positions"
        ]
    );
    let surplus = crate::helpers::labels(&rows("/positions?max_gap=-1").await, "name_zh");
    assert_eq!(
        surplus,
        [
            "产品经理",
            "AI策略产品经理",
            "用户运营",
            "产品运营",
            "战略咨询",
            "社区运营",
            "运营经理-运营主管"
        ]
    );
    let only_salary = rows("/positions?position=recommendation-algorithms").await;
    assert_eq!(
        only_salary[0]["silent_in"],
        "hot-jobs:demand, hot-jobs:supply, job-skills"
    );
}

#[tokio::test]
async fn skill_terms_are_tied_to_a_position_only_as_uncertain_links() {
    let nlp = rows("/positions?position=natural-language-processing").await;
    assert_eq!(nlp[0]["skill_terms"], "NLP算法");
    assert_eq!(nlp[0]["uncertain"], true);
    assert!(nlp[0]["uncertainty_note"].as_str().unwrap().contains("NLP算法"));
    let with_terms = rows("/positions?silent_in=job-skills&limit=100").await;
    assert_eq!(with_terms.len(), 14, "two of sixteen positions have a tied term");
}

#[tokio::test]
async fn pure_internet_holds_15_91_of_talent_and_33_11_of_new_postings() {
    let answer = get("/industries/%E7%BA%AF%E4%BA%92%E8%81%94%E7%BD%91").await;
    let body = answer.text();
    let industry = &answer.json()["data"];
    let summary = &industry["summary"];
    assert_eq!(summary["talent_share_pct"].to_string(), "15.91");
    assert_eq!(summary["new_posting_share_pct"].to_string(), "33.11");
    assert!(
        body.contains("\"posting_minus_talent_pp\":17.20"),
        "exact, with its digits"
    );
    assert_eq!(summary["silent_in"], "applications");
    // The age chart's internet cohort is linked, flagged: it may be the
    // sector at large rather than this category.
    let cohort = industry["figures"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["dataset"] == "talent-ages")
        .count();
    assert_eq!(cohort, 6);
    assert!(
        industry["figures"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["dataset"] == "talent-ages")
            .all(|f| f["uncertain"] == true)
    );
}

#[tokio::test]
async fn the_industry_printed_twice_is_flagged_and_given_no_single_talent_share() {
    let lifestyle = get("/industries/New%20lifestyle%20services").await.json();
    let summary = &lifestyle["data"]["summary"];
    assert!(summary["talent_share_pct"].is_null(), "3.92 or 3.77, not one of them");
    assert_eq!(summary["new_posting_share_pct"].to_string(), "4.64");
    assert_eq!(summary["uncertain"], true);
    let note = summary["uncertainty_note"].as_str().unwrap();
    assert!(note.contains("3.92") && note.contains("3.77"), "{note}");
    let shares: Vec<String> = lifestyle["data"]["figures"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["dataset"] == "talent-industries" && f["field"] == "share_pct")
        .map(|f| f["value"].to_string())
        .collect();
    assert_eq!(shares, ["3.92", "3.77"]);
}

#[tokio::test]
async fn the_application_map_names_the_industries_it_serves() {
    let media = rows("/industries?industry=%E4%BC%A0%E5%AA%92").await;
    assert_eq!(media[0]["application_domains"], "文本领域, 音频领域, 视频领域");
    assert_eq!(media[0]["application_domains_en"], "Text, Audio, Video");
    assert_eq!(media[0]["silent_in"], "talent-industries, job-industries");
    let audio = crate::helpers::labels(&rows("/industries?application_domain=Audio").await, "name_zh");
    assert_eq!(audio, ["传媒", "音娱", "金融"]);
    get("/industries?application_domain=Smell")
        .await
        .assert_problem(400, "invalid-parameter");
}

#[tokio::test]
async fn an_unknown_position_or_industry_is_a_404_problem_listing_the_known_names() {
    let problem = get("/positions/astronaut").await.assert_problem(404, "item-not-found");
    assert!(problem["detail"].as_str().unwrap().contains("产品经理"));
    let problem = get("/industries/mining").await.assert_problem(404, "item-not-found");
    assert!(problem["detail"].as_str().unwrap().contains("Pure internet"));
    // The position 人工智能 and the industry 人工智能 are two entities.
    let position = get("/positions/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD").await.json();
    let industry = get("/industries/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD").await.json();
    assert_eq!(position["data"]["entity_id"], "ai-position");
    assert_eq!(industry["data"]["entity_id"], "artificial-intelligence");
    get("/positions/rows?position=nobody")
        .await
        .assert_problem(400, "invalid-parameter");
}

#[tokio::test]
async fn the_positions_chart_draws_demand_against_supply_rank_and_absence_as_not_ranked() {
    let chart = get("/positions.svg?lang=en").await;
    assert_eq!(chart.status, 200);
    let svg = roxmltree::Document::parse(&chart.text())
        .unwrap()
        .root_element()
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or_default().trim().to_owned())
        .collect::<Vec<_>>();
    assert!(svg.iter().any(|t| t == "not ranked"));
    assert!(svg.iter().any(|t| t.contains("hotter")));
    let numbers: Vec<i64> = svg.iter().filter_map(|t| t.parse().ok()).collect();
    // The axis' ten places, then one number per printed rank: ten a side.
    assert_eq!(numbers.len(), 10 + 20, "{numbers:?}");
    assert!(!numbers.contains(&0), "an absent rank is never drawn as 0");
    let page = get_with("/", &[("accept", "text/html")]).await.text();
    assert!(page.contains("/positions.svg"), "the dashboard shows it");
}

#[tokio::test]
async fn positions_and_industries_answer_the_query_language_of_the_datasets() {
    let csv =
        get("/positions.csv?fields=position_id,demand_rank,supply_rank,rank_gap_max&max_gap=-5&sort=rank_gap_max")
            .await;
    assert_eq!(csv.status, 200);
    assert_eq!(
        csv.text(),
        "\u{feff}position_id,demand_rank,supply_rank,rank_gap_max\r\nuser-operations,,3,-8\r\nproduct-manager,6,1,-5\r\nproduct-operations,,6,-5\r\n",
        "an absent rank is an empty cell"
    );
    assert_eq!(
        get("/industries.ndjson?min_posting_share=10")
            .await
            .text()
            .lines()
            .count(),
        4
    );
    let etag = get("/industries/gaming").await.header("etag").unwrap().to_owned();
    assert_eq!(
        get_with("/industries/gaming", &[("if-none-match", &etag)]).await.status,
        304
    );
    get("/positions/product-manager?sort=name")
        .await
        .assert_problem(400, "unknown-parameter");
}

/// The rules of `check` see what breaks "one label, one entity": a chart
/// label that names no entity and is not listed as unresolved.
#[tokio::test]
async fn check_finds_a_printed_label_that_resolves_to_nothing_and_has_no_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("talent.db");
    let database = Database::from_url(&url(&path)).unwrap();
    database.prepare().await.unwrap();
    let pool = sqlx::SqlitePool::connect(&url(&path)).await.unwrap();
    sqlx::query("DELETE FROM unresolved_labels WHERE label = 'C++'")
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
    let pool = database.open_read_only_pool().await.unwrap();
    let catalog = Catalog::load(&pool).await.unwrap();
    pool.close().await;
    let findings = rules::check(&catalog);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].dataset, "labels");
    assert!(findings[0].message.contains("C++"), "{}", findings[0]);
}

/// A claim row that breaks the declarative form fails the load, naming the
/// claim; a claim whose row the data does not hold is not checkable, and
/// `check` says so.
#[tokio::test]
async fn a_malformed_claim_fails_the_load_and_a_missing_figure_is_not_checkable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("talent.db");
    let database = Database::from_url(&url(&path)).unwrap();
    database.prepare().await.unwrap();
    let edit = |sql: &'static str| {
        let path = path.clone();
        async move {
            let pool = sqlx::SqlitePool::connect(&url(&path)).await.unwrap();
            sqlx::query(sql).execute(&pool).await.unwrap();
            pool.close().await;
        }
    };
    let load = || async {
        let pool = database.open_read_only_pool().await.unwrap();
        let catalog = Catalog::load(&pool).await;
        pool.close().await;
        catalog
    };
    edit("UPDATE talent_cities SET city = '东京' WHERE city = '深圳'").await;
    let catalog = load().await.unwrap();
    let report = &catalog.reports[0];
    let claim = report
        .derived
        .claims
        .iter()
        .find(|c| c.claim_id == "beijing-exceeds-shanghai-plus-shenzhen")
        .unwrap();
    assert_eq!(claim.verdict.code(), "not_checkable");
    assert!(claim.reason.as_deref().unwrap().contains("深圳"), "{:?}", claim.reason);
    let findings = rules::check(&catalog);
    assert!(
        findings
            .iter()
            .any(|f| f.dataset == "claims" && f.message.contains("beijing-exceeds-shanghai-plus-shenzhen")),
        "{findings:?}"
    );

    edit("UPDATE claim_terms SET field = 'share' WHERE claim_id = 'beijing-holds-a-third'").await;
    let error = load().await.unwrap_err().to_string();
    assert!(
        error.contains("beijing-holds-a-third") && error.contains("share"),
        "{error}"
    );
    edit(
        "UPDATE claim_terms SET field = 'share_pct', dataset = 'talent-towns' WHERE claim_id = 'beijing-holds-a-third'",
    )
    .await;
    let error = load().await.unwrap_err().to_string();
    assert!(
        error.contains("beijing-holds-a-third") && error.contains("talent-towns"),
        "{error}"
    );
}
