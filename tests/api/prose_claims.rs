//! The report's own prose statements, checked over the served data. Each test
//! quotes the sentence it checks. Shares are compared in hundredths of a
//! percent, so the arithmetic is exact.

use serde_json::Value;

use crate::helpers::{find, hundredths, rows};

fn sum(rows: &[Value], field: &str) -> i64 {
    rows.iter().map(|r| hundredths(r, field)).sum()
}

/// "职场人在2022年5月、8月和2023年2月三个节点最关注AIGC"
#[tokio::test]
async fn attention_peaks_in_may_2022_august_2022_and_february_2023() {
    let peaks = rows("/heat-index?peaks=true").await;
    let months: Vec<&str> = peaks.iter().map(|r| r["month"].as_str().unwrap()).collect();
    assert_eq!(months, ["2022-05", "2022-08", "2023-02"]);
    // February 2023, when ChatGPT became the "流量密码", is the highest month.
    let all = rows("/heat-index?sort=-index&limit=1").await;
    assert_eq!(all[0]["month"], "2023-02");
}

/// "人工智能行业的AIGC人才保有量仅为6.45%" and "纯互联网行业AIGC人才储备量最多"
#[tokio::test]
async fn ai_industry_holds_only_6_45_percent_and_pure_internet_the_most() {
    let industries = rows("/talent/industries").await;
    assert_eq!(hundredths(find(&industries, "industry", "人工智能"), "share_pct"), 645);
    let top = rows("/talent/industries?sort=-share_pct&limit=1").await;
    assert_eq!(top[0]["industry"], "纯互联网");
}

/// "北京独领风骚，AIGC人才数量超过上海深圳之和"
#[tokio::test]
async fn beijing_alone_holds_more_than_shanghai_and_shenzhen_together() {
    let cities = rows("/talent/cities").await;
    let share = |city: &str| hundredths(find(&cities, "city", city), "share_pct");
    assert!(share("北京") > share("上海") + share("深圳"));
}

/// "六成以上聚集在北京、上海、深圳三地。其中，北京独占三分之一"
#[tokio::test]
async fn over_sixty_percent_are_in_the_three_first_tier_cities_and_beijing_holds_about_a_third() {
    let cities = rows("/talent/cities?city=北京&city=Shanghai&city=深圳").await;
    assert_eq!(cities.len(), 3);
    assert!(sum(&cities, "share_pct") > 6000);
    let beijing = hundredths(find(&cities, "city_en", "Beijing"), "share_pct");
    // About a third (33.33%): within two points.
    assert!((beijing - 3333).abs() <= 200, "Beijing {beijing}");
}

/// "34.5%以上AIGC人才在35岁以上，比互联网行业高出6%"
#[tokio::test]
async fn over_34_5_percent_of_aigc_talent_is_over_35_six_points_above_the_internet_industry() {
    let over_35 = |cohort: &'static str| async move {
        let bands = rows(&format!(
            "/talent/ages?cohort={cohort}&age_band=35-40岁&age_band=40-45岁&age_band=45岁以上"
        ))
        .await;
        assert_eq!(bands.len(), 3);
        sum(&bands, "share_pct")
    };
    let aigc = over_35("aigc").await;
    let internet = over_35("internet").await;
    assert!(aigc >= 3450, "AIGC over 35: {aigc}");
    let gap = aigc - internet;
    assert!((600..700).contains(&gap), "gap {gap} should be about 6 points");
}

/// "AIGC领域人才三成小于30岁" and "AIGC领域近七成从业者年龄大于30岁"
#[tokio::test]
async fn three_in_ten_aigc_workers_are_under_30_and_nearly_seven_in_ten_over_30() {
    let ages = rows("/talent/ages?cohort=aigc").await;
    assert_eq!(sum(&ages, "share_pct"), 10000);
    let under_30: i64 = ages
        .iter()
        .filter(|r| r["band_order"].as_i64().unwrap() <= 2)
        .map(|r| hundredths(r, "share_pct"))
        .sum();
    assert!((2900..3500).contains(&under_30), "under 30: {under_30}");
    let over_30 = 10000 - under_30;
    assert!((6500..7000).contains(&over_30), "over 30: {over_30}");
}

/// The comparison view makes the same point directly: every band from 35 up
/// is larger among AIGC talent than in the internet industry.
#[tokio::test]
async fn aigc_talent_is_older_than_internet_talent_band_by_band() {
    let bands = rows("/talent/ages/comparison?first=aigc&second=internet&lang=en").await;
    for band in &bands {
        let older = band["band_order"].as_i64().unwrap() >= 4;
        let difference = hundredths(band, "difference_pp");
        assert_eq!(
            difference,
            hundredths(band, "first_share_pct") - hundredths(band, "second_share_pct")
        );
        assert_eq!(difference > 0, older, "{band}");
    }
    let gap: i64 = bands
        .iter()
        .filter(|b| b["band_order"].as_i64().unwrap() >= 4)
        .map(|b| hundredths(b, "difference_pp"))
        .sum();
    assert_eq!(gap, 643);
}

/// "AIGC从业者以本科生居多，但本科、硕士数量差距不大，近半数AIGC人才具备硕士及以上学历"
#[tokio::test]
async fn most_hold_a_bachelors_degree_and_nearly_half_a_masters_or_above() {
    let education = rows("/talent/education").await;
    assert_eq!(sum(&education, "share_pct"), 10000);
    let top = rows("/talent/education?sort=-share_pct&limit=1").await;
    assert_eq!(top[0]["level"], "本科");
    let masters_or_above: i64 = ["硕士", "博士", "博士后"]
        .iter()
        .map(|level| hundredths(find(&education, "level", level), "share_pct"))
        .sum();
    assert!(
        (4000..5000).contains(&masters_or_above),
        "master's or above: {masters_or_above}"
    );
}

/// "近八成AIGC人才工作经验在3年以上，其中，近半数从业者有5年以上工作经验"
///
/// This test reads 近半数 as within five points either side of half; the
/// claims endpoint reads 近 as just below, as the report uses it elsewhere, and
/// answers `/claims/nearly-half-over-5-years` not supported (50.80 is a little
/// over half), showing this reading among its alternatives.
#[tokio::test]
async fn nearly_eight_in_ten_have_over_three_years_and_about_half_over_five() {
    let experience = rows("/talent/experience").await;
    assert_eq!(sum(&experience, "share_pct"), 10000);
    let share = |band: &str| hundredths(find(&experience, "experience_band", band), "share_pct");
    let over_3 = share("3-5年") + share("5-10年") + share("10年以上");
    let over_5 = share("5-10年") + share("10年以上");
    assert!((7500..8000).contains(&over_3), "over 3 years: {over_3}");
    assert!((4500..5500).contains(&over_5), "over 5 years: {over_5}");
}

/// "2021年1-2月，AIGC领域岗位数量同比上涨281.88%。2022年1-2月，AIGC领域岗位数量同比增长76.74%。
/// ... 岗位数量同比增长31.3%"
#[tokio::test]
async fn posting_growth_matches_the_three_years_the_prose_names() {
    let growth = rows("/jobs/growth?from=2021").await;
    let by_year: Vec<(i64, i64)> = growth
        .iter()
        .map(|r| (r["year"].as_i64().unwrap(), hundredths(r, "yoy_growth_pct")))
        .collect();
    assert_eq!(by_year, [(2021, 28188), (2022, 7674), (2023, 3130)]);
}

/// "互联网行业AIGC岗位发布量最多，占新发岗位总量的1/3，数量约为人工智能行业的3倍之多，
/// 且超过新金融科技和游戏行业之和"
#[tokio::test]
async fn internet_posts_a_third_of_new_jobs_three_times_ai_and_more_than_fintech_and_gaming() {
    let industries = rows("/jobs/industries").await;
    let share = |name: &str| hundredths(find(&industries, "industry", name), "share_pct");
    let internet = share("纯互联网");
    assert!((internet - 3333).abs() <= 100, "about a third: {internet}");
    let ratio = internet as f64 / share("人工智能") as f64;
    assert!((2.5..3.5).contains(&ratio), "about three times: {ratio}");
    assert!(internet > share("新金融科技") + share("游戏"));
}

/// "在需求端，AIGC领域热招岗位以技术岗位为主，算法工程师、自然语言处理、图像识别等研发人才需求旺盛。
/// 而在供给端，AIGC领域热投岗位则以AI产品经理类、运营类等非技术岗位居多"
#[tokio::test]
async fn demand_is_for_algorithm_roles_and_supply_leans_to_product_and_operations() {
    let demand = rows("/jobs/hot?side=demand&max_rank=4&lang=en").await;
    let top: Vec<&str> = demand.iter().map(|r| r["position"].as_str().unwrap()).collect();
    for named in ["算法工程师", "自然语言处理", "图像识别-计算机视觉"] {
        assert!(top.contains(&named), "{named} in the demand top 4: {top:?}");
    }
    let supply = rows("/jobs/hot?side=supply").await;
    let non_technical = supply
        .iter()
        .filter(|r| {
            let p = r["position"].as_str().unwrap();
            p.contains("产品经理") || p.contains("运营") || p.contains("咨询")
        })
        .count();
    assert!(non_technical * 2 > supply.len(), "{non_technical} of {}", supply.len());
}

/// "图像识别、算法研究员、深度学习岗位的薪资均已达到百万。此外，AIGC产品经理 ... 薪资水平也达到90万元"
#[tokio::test]
async fn image_recognition_research_and_deep_learning_pay_a_million_and_product_managers_900k() {
    let millionaires = rows("/salaries?min_salary=100").await;
    let positions: Vec<&str> = millionaires.iter().map(|r| r["position"].as_str().unwrap()).collect();
    assert_eq!(positions, ["图像识别-计算机视觉", "算法研究员", "深度学习"]);
    let pm = rows("/salaries?position=Product%20manager").await;
    assert!(hundredths(&pm[0], "annual_salary_10k_cny") >= 9000);
}

/// "NLP算法、深度学习、C++等词高频出现 ... 多数岗位还提及"顶会Paper"、"商业化"等词汇"
#[tokio::test]
async fn job_descriptions_name_nlp_deep_learning_and_cpp_often_and_papers_and_commercialisation_mostly() {
    let frequent = rows("/jobs/skills?prominence=high_frequency").await;
    let terms: Vec<&str> = frequent.iter().map(|r| r["term"].as_str().unwrap()).collect();
    assert_eq!(terms, ["NLP算法", "深度学习", "C++"]);
    let most = rows("/jobs/skills?prominence=most_postings").await;
    let terms: Vec<&str> = most.iter().map(|r| r["term"].as_str().unwrap()).collect();
    assert_eq!(terms, ["顶会Paper", "商业化"]);
}

/// "赋能传媒、影视、广告、游戏、电商、教育、医疗、交通、金融等多个行业"
#[tokio::test]
async fn the_application_map_serves_every_industry_the_page_names() {
    let industries = rows("/applications?facet=industry&limit=1000").await;
    for named in ["传媒", "影视", "广告", "游戏", "电商", "教育", "医疗", "交通", "金融"] {
        assert!(industries.iter().any(|r| r["item"] == named), "{named} missing");
    }
    let healthcare = rows("/applications?item=Healthcare&lang=en").await;
    let domains: Vec<&str> = healthcare.iter().map(|r| r["domain_en"].as_str().unwrap()).collect();
    assert_eq!(domains, ["Text", "Image"]);
}
