//! Every figure of the 2023 AIGC report, checked value by value against the
//! printed report, through the real router over a real seeded database.
//! Figures are compared as the exact JSON text the API sends.

use crate::helpers::{get, hundredths, labels, numbers, rows};

/// Fetches a dataset and returns its body text, asserting 200.
async fn body(uri: &str) -> String {
    let answer = get(uri).await;
    assert_eq!(answer.status, 200, "{uri}: {}", answer.text());
    answer.text()
}

#[tokio::test]
async fn city_shares_are_exactly_as_printed_on_page_9() {
    let uri = "/talent/cities";
    let data = rows(uri).await;
    assert_eq!(
        labels(&data, "city"),
        [
            "北京", "上海", "深圳", "杭州", "广州", "成都", "南京", "武汉", "西安", "苏州"
        ]
    );
    assert_eq!(
        labels(&data, "city_en"),
        [
            "Beijing",
            "Shanghai",
            "Shenzhen",
            "Hangzhou",
            "Guangzhou",
            "Chengdu",
            "Nanjing",
            "Wuhan",
            "Xi'an",
            "Suzhou"
        ]
    );
    assert_eq!(
        numbers(&body(uri).await, "share_pct"),
        [
            "31.42", "17.93", "11.44", "8.06", "4.57", "3.18", "2.13", "1.76", "1.48", "1.48"
        ]
    );
    let ranks: Vec<i64> = data.iter().map(|r| r["rank"].as_i64().unwrap()).collect();
    assert_eq!(ranks, (1..=10).collect::<Vec<_>>());
}

#[tokio::test]
async fn talent_industry_shares_keep_their_printed_zeros_and_duplicate_label() {
    let uri = "/talent/industries";
    let data = rows(uri).await;
    assert_eq!(
        labels(&data, "industry"),
        [
            "纯互联网",
            "电子商务&新零售",
            "企业数字化服务",
            "人工智能",
            "通信",
            "智能硬件",
            "新生活服务",
            "新生活服务",
            "电子",
            "新能源汽车"
        ]
    );
    let text = body(uri).await;
    assert_eq!(
        numbers(&text, "share_pct"),
        [
            "15.91", "7.65", "6.56", "6.45", "5.80", "4.52", "3.92", "3.77", "3.31", "1.85"
        ]
    );
    assert!(text.contains(r#""industry":"通信","industry_en":"Telecommunications","share_pct":5.80"#));
    // The duplicated label is flagged on both rows, and nowhere else.
    let flagged: Vec<i64> = data
        .iter()
        .filter(|r| r["uncertain"] == true)
        .map(|r| r["rank"].as_i64().unwrap())
        .collect();
    assert_eq!(flagged, [7, 8]);
}

#[tokio::test]
async fn age_distributions_of_both_cohorts_are_exactly_as_printed_on_page_10() {
    let aigc = body("/talent/ages?cohort=aigc").await;
    let internet = body("/talent/ages?cohort=internet").await;
    assert_eq!(
        numbers(&aigc, "share_pct"),
        ["2.71", "28.48", "34.24", "19.98", "11.46", "3.13"]
    );
    assert_eq!(
        numbers(&internet, "share_pct"),
        ["5.41", "31.63", "34.82", "16.15", "9.62", "2.37"]
    );
    let bands = labels(&rows("/talent/ages?cohort=aigc").await, "age_band");
    assert_eq!(
        bands,
        ["20-25岁", "25-30岁", "30-35岁", "35-40岁", "40-45岁", "45岁以上"]
    );
}

#[tokio::test]
async fn education_and_experience_are_exactly_as_printed_on_page_16() {
    let education = rows("/talent/education").await;
    assert_eq!(labels(&education, "level"), ["本科", "硕士", "博士", "博士后"]);
    assert_eq!(
        numbers(&body("/talent/education").await, "share_pct"),
        ["53.87", "41.74", "4.06", "0.33"]
    );

    let experience = rows("/talent/experience").await;
    assert_eq!(
        labels(&experience, "experience_band"),
        ["经验不限", "1年以内", "1-3年", "3-5年", "5-10年", "10年以上"]
    );
    assert_eq!(
        numbers(&body("/talent/experience").await, "share_pct"),
        ["5.02", "1.41", "14.86", "27.91", "42.77", "8.03"]
    );
    // The two bands the text cannot tell apart are flagged; the others are not.
    let flagged: Vec<&str> = experience
        .iter()
        .filter(|r| r["uncertain"] == true)
        .map(|r| r["experience_band"].as_str().unwrap())
        .collect();
    assert_eq!(flagged, ["经验不限", "1年以内"]);
}

#[tokio::test]
async fn posting_growth_is_exactly_as_printed_on_page_12() {
    let data = rows("/jobs/growth").await;
    let years: Vec<i64> = data.iter().map(|r| r["year"].as_i64().unwrap()).collect();
    assert_eq!(years, [2020, 2021, 2022, 2023]);
    assert_eq!(
        numbers(&body("/jobs/growth").await, "yoy_growth_pct"),
        ["39.27", "281.88", "76.74", "31.30"]
    );
    assert_eq!(
        labels(&data, "period_label"),
        ["2020年1-2月", "2021年1-2月", "2022年1-2月", "2023年1-2月"]
    );
}

#[tokio::test]
async fn new_posting_industries_are_exactly_as_printed_on_page_13() {
    let data = rows("/jobs/industries").await;
    assert_eq!(
        labels(&data, "industry"),
        ["纯互联网", "新金融科技", "游戏", "人工智能", "新生活服务"]
    );
    assert_eq!(
        numbers(&body("/jobs/industries").await, "share_pct"),
        ["33.11", "13.58", "13.25", "11.59", "4.64"]
    );
}

#[tokio::test]
async fn salaries_are_exactly_as_printed_on_page_15() {
    let data = rows("/salaries").await;
    assert_eq!(
        labels(&data, "position"),
        [
            "图像识别-计算机视觉",
            "算法研究员",
            "深度学习",
            "推荐算法",
            "自然语言处理",
            "产品经理"
        ]
    );
    // '100' is printed without decimals and stays so.
    assert_eq!(
        numbers(&body("/salaries").await, "annual_salary_10k_cny"),
        ["110.6", "101.1", "100", "99.3", "96.1", "90.3"]
    );
}

#[tokio::test]
async fn hot_positions_are_the_two_printed_lists_of_page_14() {
    let demand = rows("/jobs/hot?side=demand").await;
    assert_eq!(
        labels(&demand, "position"),
        [
            "算法工程师",
            "自然语言处理",
            "算法研究员",
            "图像识别-计算机视觉",
            "人工智能",
            "产品经理",
            "AI策略产品经理",
            "深度学习",
            "机器学习",
            "高端技术职位"
        ]
    );
    let supply = rows("/jobs/hot?side=supply").await;
    assert_eq!(
        labels(&supply, "position"),
        [
            "产品经理",
            "算法工程师",
            "用户运营",
            "自然语言处理",
            "AI策略产品经理",
            "产品运营",
            "算法研究员",
            "战略咨询",
            "社区运营",
            "运营经理-运营主管"
        ]
    );
    // Both lists are printed under 热招岗位TOP10; `side` is the reading.
    assert!(demand.iter().all(|r| r["side_label"] == "热招"));
    assert!(supply.iter().all(|r| r["side_label"] == "热招"));
}

#[tokio::test]
async fn heat_index_holds_all_thirteen_printed_values_once() {
    let text = body("/heat-index").await;
    let mut printed = numbers(&text, "index");
    printed.sort();
    let mut expected = [
        "95.12", "84.05", "42.79", "41.37", "37.64", "20.49", "26.44", "38.41", "20.30", "15.80", "15.93", "22.41",
        "20.35",
    ];
    expected.sort();
    assert_eq!(printed, expected);
    let data = rows("/heat-index").await;
    let months = labels(&data, "month");
    assert_eq!(months.first().map(String::as_str), Some("2022-02"));
    assert_eq!(months.last().map(String::as_str), Some("2023-02"));
    assert_eq!(months.len(), 13);
    // printed_position lets a client rebuild the extracted order.
    let mut by_position: Vec<(i64, f64)> = data
        .iter()
        .map(|r| (r["printed_position"].as_i64().unwrap(), r["index"].as_f64().unwrap()))
        .collect();
    by_position.sort_by_key(|(p, _)| *p);
    let extracted: Vec<f64> = by_position.into_iter().map(|(_, v)| v).collect();
    assert_eq!(
        extracted,
        [
            95.12, 84.05, 42.79, 41.37, 37.64, 20.49, 26.44, 38.41, 20.30, 15.80, 15.93, 22.41, 20.35
        ]
    );
}

#[tokio::test]
async fn skills_and_the_application_map_hold_every_term_printed() {
    let skills = rows("/jobs/skills").await;
    assert_eq!(
        labels(&skills, "term"),
        ["NLP算法", "深度学习", "C++", "顶会Paper", "商业化", "创新思维"]
    );
    let map = rows("/applications?limit=1000").await;
    assert_eq!(map.len(), 31);
    let video_scenarios: Vec<String> = map
        .iter()
        .filter(|r| r["domain"] == "视频领域" && r["facet"] == "scenario")
        .map(|r| r["item"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(video_scenarios, ["视频后期", "虚拟人"]);
    // Printed without a closing 等, so the list is not open-ended.
    assert!(
        map.iter()
            .filter(|r| r["domain"] == "视频领域" && r["facet"] == "scenario")
            .all(|r| r["list_open_ended"] == false)
    );
}

/// Notes that state a sum ("the shares sum to 83.45") state the true one.
#[tokio::test]
async fn sums_stated_in_the_notes_are_the_sums_of_the_data() {
    let catalogue = get("/reports").await.json();
    let mut checked = 0;
    for dataset in catalogue["data"][0]["datasets"].as_array().unwrap() {
        let note = dataset["transcription_note"].as_str().unwrap();
        let Some((_, rest)) = note.split_once("sum to ") else {
            continue;
        };
        let stated: String = rest.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
        let stated = stated.trim_end_matches('.');
        let path = dataset["href"].as_str().unwrap();
        let rows = rows(&format!("{path}&limit=1000")).await;
        let total: i64 = rows.iter().map(|r| hundredths(r, "share_pct")).sum();
        assert_eq!(format!("{}.{:02}", total / 100, total % 100), stated, "{path}: {note}");
        checked += 1;
    }
    assert_eq!(checked, 4, "the three top-N charts and the experience chart state sums");
}

#[tokio::test]
async fn every_dataset_carries_its_chart_page_and_source() {
    let catalogue = get("/reports").await.json();
    let datasets = catalogue["data"][0]["datasets"].as_array().unwrap().clone();
    assert_eq!(datasets.len(), 12);
    let pages: Vec<(String, i64)> = datasets
        .iter()
        .map(|d| (d["dataset"].as_str().unwrap().to_owned(), d["page"].as_i64().unwrap()))
        .collect();
    let expected = [
        ("heat-index", 4),
        ("talent-industries", 8),
        ("talent-cities", 9),
        ("talent-ages", 10),
        ("talent-education", 16),
        ("talent-experience", 16),
        ("job-growth", 12),
        ("job-industries", 13),
        ("hot-jobs", 14),
        ("salaries", 15),
        ("job-skills", 17),
        ("applications", 6),
    ];
    for (id, page) in expected {
        assert!(pages.contains(&(id.to_owned(), page)), "{id} on page {page}: {pages:?}");
    }
    for d in &datasets {
        assert_eq!(d["publisher"], "脉脉高聘人才智库", "{d}");
        assert!(!d["title"].as_str().unwrap().is_empty());
        assert!(!d["title_en"].as_str().unwrap().is_empty());
        assert!(!d["unit_en"].as_str().unwrap().is_empty());
        assert!(!d["transcription_note"].as_str().unwrap().is_empty());
        if d["uncertain"] == true {
            assert!(!d["uncertainty_note"].as_str().unwrap_or("").is_empty(), "{d}");
        }
    }
}
