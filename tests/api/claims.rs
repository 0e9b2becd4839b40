//! The report's own claims, checked live (`/claims`, `/claims/{claim_id}`):
//! one test per claim quoting its words and asserting the verdict and the
//! comparison the served figures give; the query language, formats, ETags
//! and problems of the collection; every figure a claim rests on is served
//! where its link says; and, through the real binary, a changed figure flips
//! the verdict that rests on it at the next reload.

use std::time::{Duration, Instant};

use serde_json::Value;
use talent_trends_api::data::claims::Verdict;

use crate::helpers::{Instance, get, get_with, http_get, rows};

/// Asserts the claim's verdict, its words and its comparison, in the row of
/// `/claims` and in `/claims/{claim_id}` alike.
async fn assert_claim(id: &str, statement: &str, verdict: Verdict, comparison: Option<&str>) {
    let answer = get(&format!("/claims/{id}")).await;
    assert_eq!(answer.status, 200, "{}", answer.text());
    assert_eq!(answer.header("content-type"), Some("application/json"));
    let claim = &answer.json()["data"];
    assert_eq!(claim["statement_zh"], statement, "{id}: the words checked, as printed");
    assert_eq!(claim["verdict"], verdict.code(), "{id}: {claim:#}");
    assert_eq!(claim["comparison"].as_str(), comparison, "{id}");
    assert_eq!(claim["mark"], verdict.mark());
    let listed = rows("/claims?limit=1000").await;
    let row = listed.iter().find(|r| r["claim_id"] == id).expect("listed in /claims");
    assert_eq!(row["verdict"], verdict.code());
    assert_eq!(row["comparison"].as_str(), comparison);
    if verdict != Verdict::Supported {
        assert!(row["reason"].as_str().is_some_and(|r| !r.is_empty()), "{id}: a reason");
    }
}

/// One test per claim: `verdict! { /// "quote" name: "id", "words", Verdict, comparison }`.
macro_rules! verdict {
    ($(#[doc = $quote:literal])* $name:ident: $id:literal, $statement:literal, $verdict:ident, $comparison:expr) => {
        $(#[doc = $quote])*
        #[tokio::test]
        async fn $name() {
            assert_claim($id, $statement, Verdict::$verdict, $comparison).await;
        }
    };
}

verdict! {
    /// p4: "ChatGPT现象级出圈,AIGC关注度爆发性增长"
    attention_grows_explosively_is_supported: "attention-grows-explosively", "ChatGPT现象级出圈,AIGC关注度爆发性增长", Supported, Some("95.12 > 41.37; 95.12 ≥ max 95.12")
}

verdict! {
    /// p4: "近一年脉脉热区热度指数显示,职场人在2022年5月、8月和2023年2月三个节点最关注AIGC。"
    attention_peaks_may_aug_feb_is_consistent_with_the_reading_it_decided: "attention-peaks-may-aug-feb", "近一年脉脉热区热度指数显示,职场人在2022年5月、8月和2023年2月三个节点最关注AIGC。", Supported, Some("3 = 3; 3 = 3")
}

verdict! {
    /// p4: "随着ChatGPT引爆网络,2023年2月AIGC成为国内舆论场的“流量密码”。"
    attention_highest_feb_2023_is_supported: "attention-highest-feb-2023", "随着ChatGPT引爆网络,2023年2月AIGC成为国内舆论场的“流量密码”。", Supported, Some("95.12 ≥ max 95.12")
}

verdict! {
    /// p5: "早期AIGC工具已初步应用于传媒、电商等行业"
    early_applications_media_ecommerce_is_supported: "early-applications-media-ecommerce", "早期AIGC工具已初步应用于传媒、电商等行业", Supported, Some("2 = 2")
}

verdict! {
    /// p6: "赋能传媒、影视、广告、游戏、电商、教育、医疗、交通、金融等多个行业"
    application_map_industries_is_consistent_with_the_reading_it_decided: "application-map-industries", "赋能传媒、影视、广告、游戏、电商、教育、医疗、交通、金融等多个行业", Supported, Some("9 = 9")
}

verdict! {
    /// p8: "AIGC人才非AI行业专属"
    talent_not_exclusive_to_ai_industry_is_supported: "talent-not-exclusive-to-ai-industry", "AIGC人才非AI行业专属", Supported, Some("(15.91 + 7.65 + 6.56 + 6.45 + 5.80 + 4.52 + 3.92 + 3.77 + 3.31 + 1.85) − 6.45 = 53.29 > 6.45")
}

verdict! {
    /// p8: "互联网人才储备量领先"
    internet_talent_leads_is_supported: "internet-talent-leads", "互联网人才储备量领先", Supported, Some("15.91 ≥ max 15.91")
}

verdict! {
    /// p8: "AIGC领域人才分布于多个新经济行业"
    talent_spread_over_several_industries_is_supported: "talent-spread-over-several-industries", "AIGC领域人才分布于多个新经济行业", Supported, Some("9 ≥ 3")
}

verdict! {
    /// p8: "其中纯互联网行业AIGC人才储备量最多"
    pure_internet_holds_most_talent_is_supported: "pure-internet-holds-most-talent", "其中纯互联网行业AIGC人才储备量最多", Supported, Some("15.91 ≥ max 15.91")
}

verdict! {
    /// p8: "人工智能行业的AIGC人才保有量仅为6.45%"
    ai_industry_holds_only_6_45_is_supported: "ai-industry-holds-only-6-45", "人工智能行业的AIGC人才保有量仅为6.45%", Supported, Some("6.45 ≈ 6.45 (±0.005)")
}

verdict! {
    /// p8: "其他AIGC人才大多分布在数据密集型产业"
    other_talent_in_data_intensive_industries_is_not_checkable_from_the_printed_figures: "other-talent-in-data-intensive-industries", "其他AIGC人才大多分布在数据密集型产业", NotCheckable, None
}

verdict! {
    /// p9: "北京独领风骚,AIGC人才数量超过上海深圳之和"
    beijing_exceeds_shanghai_plus_shenzhen_headline_is_supported: "beijing-exceeds-shanghai-plus-shenzhen-headline", "北京独领风骚,AIGC人才数量超过上海深圳之和", Supported, Some("31.42 > 17.93 + 11.44 = 29.37")
}

verdict! {
    /// p9: "AIGC人才多分布于一线、新一线城市"
    talent_mostly_in_tier1_and_new_tier1_cities_is_supported: "talent-mostly-in-tier1-and-new-tier1-cities", "AIGC人才多分布于一线、新一线城市", Supported, Some("31.42 + 17.93 + 11.44 + 8.06 + 4.57 + 3.18 + 2.13 + 1.76 + 1.48 + 1.48 = 83.45 > 50")
}

verdict! {
    /// p9: "六成以上聚集在北京、上海、深圳三地"
    over_60_percent_in_beijing_shanghai_shenzhen_is_supported: "over-60-percent-in-beijing-shanghai-shenzhen", "六成以上聚集在北京、上海、深圳三地", Supported, Some("31.42 + 17.93 + 11.44 = 60.79 ≥ 60")
}

verdict! {
    /// p9: "其中,北京独占三分之一"
    beijing_holds_a_third_is_supported: "beijing-holds-a-third", "其中,北京独占三分之一", Supported, Some("31.42 ≥ 29.1667; 31.42 ≤ 36.6667")
}

verdict! {
    /// p9: "数量超过上海、深圳两城总和"
    beijing_exceeds_shanghai_plus_shenzhen_is_supported: "beijing-exceeds-shanghai-plus-shenzhen", "数量超过上海、深圳两城总和", Supported, Some("31.42 > 17.93 + 11.44 = 29.37")
}

verdict! {
    /// p9: "人才吸引力遥遥领先"
    beijing_far_ahead_is_supported: "beijing-far-ahead", "人才吸引力遥遥领先", Supported, Some("31.42 ≥ max 31.42")
}

verdict! {
    /// p10: "AIGC领域人才三成小于30岁"
    aigc_three_in_ten_under_30_is_consistent_with_the_reading_it_decided: "aigc-three-in-ten-under-30", "AIGC领域人才三成小于30岁", Supported, Some("2.71 + 28.48 = 31.19 ≥ 25; 2.71 + 28.48 = 31.19 < 35")
}

verdict! {
    /// p10: "超1/3大于35岁"
    aigc_over_a_third_over_35_is_consistent_with_the_reading_it_decided: "aigc-over-a-third-over-35", "超1/3大于35岁", Supported, Some("19.98 + 11.46 + 3.13 = 34.57 > 33.3333")
}

verdict! {
    /// p10: "与互联网行业不同,AIGC领域近七成从业者年龄大于30岁。"
    aigc_nearly_seven_in_ten_over_30_is_consistent_with_the_reading_it_decided: "aigc-nearly-seven-in-ten-over-30", "与互联网行业不同,AIGC领域近七成从业者年龄大于30岁。", Supported, Some("34.24 + 19.98 + 11.46 + 3.13 = 68.81 ≥ 65; 34.24 + 19.98 + 11.46 + 3.13 = 68.81 < 70; 34.24 + 19.98 + 11.46 + 3.13 = 68.81 > 34.82 + 16.15 + 9.62 + 2.37 = 62.96")
}

verdict! {
    /// p10: "34.5%以上AIGC人才在35岁以上"
    aigc_34_5_percent_over_35_is_consistent_with_the_reading_it_decided: "aigc-34-5-percent-over-35", "34.5%以上AIGC人才在35岁以上", Supported, Some("19.98 + 11.46 + 3.13 = 34.57 ≥ 34.5")
}

verdict! {
    /// p10: "比互联网行业高出6%"
    aigc_over_35_six_points_above_internet_is_consistent_with_the_reading_it_decided: "aigc-over-35-six-points-above-internet", "比互联网行业高出6%", Supported, Some("(19.98 + 11.46 + 3.13) − (16.15 + 9.62 + 2.37) = 6.43 ≥ 5.5; (19.98 + 11.46 + 3.13) − (16.15 + 9.62 + 2.37) = 6.43 < 6.5")
}

verdict! {
    /// p12: "AIGC领域招聘需求强劲,2023年AIGC人才招聘数量创历史新高"
    recruiting_strong_2023_record_headline_is_supported: "recruiting-strong-2023-record-headline", "AIGC领域招聘需求强劲,2023年AIGC人才招聘数量创历史新高", Supported, Some("min 31.30 > 0")
}

verdict! {
    /// p12: "近两年,AIGC领域岗位数量井喷增长。"
    postings_boom_past_two_years_is_supported: "postings-boom-past-two-years", "近两年,AIGC领域岗位数量井喷增长。", Supported, Some("min 31.30 > 0")
}

verdict! {
    /// p12: "2021年1月,OpenAI开发的文本生成图像工具DALL·E面世,引发国内AI人才招聘需求暴涨。"
    dalle_2021_demand_surge_is_supported: "dalle-2021-demand-surge", "2021年1月,OpenAI开发的文本生成图像工具DALL·E面世,引发国内AI人才招聘需求暴涨。", Supported, Some("281.88 ≥ max 281.88")
}

verdict! {
    /// p12: "2021年1-2月,AIGC领域岗位数量同比上涨281.88%。"
    postings_2021_up_281_88_is_consistent_with_the_reading_it_decided: "postings-2021-up-281-88", "2021年1-2月,AIGC领域岗位数量同比上涨281.88%。", Supported, Some("281.88 ≈ 281.88 (±0.005)")
}

verdict! {
    /// p12: "2022年1-2月,AIGC领域岗位数量同比增长76.74%。"
    postings_2022_up_76_74_is_consistent_with_the_reading_it_decided: "postings-2022-up-76-74", "2022年1-2月,AIGC领域岗位数量同比增长76.74%。", Supported, Some("76.74 ≈ 76.74 (±0.005)")
}

verdict! {
    /// p12: "AIGC人才需求再度逆势上涨,岗位数量同比增长31.3%"
    postings_2023_up_31_3_is_consistent_with_the_reading_it_decided: "postings-2023-up-31-3", "AIGC人才需求再度逆势上涨,岗位数量同比增长31.3%", Supported, Some("31.30 ≈ 31.3 (±0.05); 31.30 > 0")
}

verdict! {
    /// p12: "创历史新高"
    postings_2023_record_high_is_supported: "postings-2023-record-high", "创历史新高", Supported, Some("min 31.30 > 0")
}

verdict! {
    /// p13: "互联网行业AIGC人才存量最多、增量需求最强"
    internet_most_talent_and_strongest_new_demand_is_supported: "internet-most-talent-and-strongest-new-demand", "互联网行业AIGC人才存量最多、增量需求最强", Supported, Some("15.91 ≥ max 15.91; 33.11 ≥ max 33.11")
}

verdict! {
    /// p13: "互联网行业AIGC岗位发布量最多"
    internet_posts_most_is_supported: "internet-posts-most", "互联网行业AIGC岗位发布量最多", Supported, Some("33.11 ≥ max 33.11")
}

verdict! {
    /// p13: "占新发岗位总量的1/3"
    internet_posts_a_third_is_supported: "internet-posts-a-third", "占新发岗位总量的1/3", Supported, Some("33.11 ≥ 29.1667; 33.11 ≤ 36.6667")
}

verdict! {
    /// p13: "数量约为人工智能行业的3倍之多"
    internet_posts_three_times_ai_is_supported: "internet-posts-three-times-ai", "数量约为人工智能行业的3倍之多", Supported, Some("33.11 ≥ 2.5 × 11.59 = 28.975; 33.11 < 3.5 × 11.59 = 40.565")
}

verdict! {
    /// p13: "且超过新金融科技和游戏行业之和"
    internet_exceeds_fintech_plus_gaming_is_supported: "internet-exceeds-fintech-plus-gaming", "且超过新金融科技和游戏行业之和", Supported, Some("33.11 > 13.58 + 13.25 = 26.83")
}

verdict! {
    /// p14: "AIGC人才供需结构失衡:算法人才需求旺,产品经理投递多"
    algorithm_demand_product_supply_imbalance_is_consistent_with_the_reading_it_decided: "algorithm-demand-product-supply-imbalance", "AIGC人才供需结构失衡:算法人才需求旺,产品经理投递多", Supported, Some("min 1 = 1; 1 = 1; 1 < 6")
}

verdict! {
    /// p14: "AIGC领域热招岗位以技术岗位为主"
    demand_led_by_technical_roles_is_consistent_with_the_reading_it_decided: "demand-led-by-technical-roles", "AIGC领域热招岗位以技术岗位为主", Supported, Some("8 > 0.5 × 10 = 5")
}

verdict! {
    /// p14: "算法工程师、自然语言处理、图像识别等研发人才需求旺盛"
    rd_roles_in_high_demand_is_consistent_with_the_reading_it_decided: "rd-roles-in-high-demand", "算法工程师、自然语言处理、图像识别等研发人才需求旺盛", Supported, Some("3 = 3; max 4 ≤ 5")
}

verdict! {
    /// p14: "AIGC领域热投岗位则以AI产品经理类、运营类等非技术岗位居多"
    supply_led_by_product_and_operations_is_consistent_with_the_reading_it_decided: "supply-led-by-product-and-operations", "AIGC领域热投岗位则以AI产品经理类、运营类等非技术岗位居多", Supported, Some("6 > 0.5 × 10 = 5")
}

verdict! {
    /// p14: "存在一定供需结构失衡现象"
    supply_demand_structural_imbalance_is_consistent_with_the_reading_it_decided: "supply-demand-structural-imbalance", "存在一定供需结构失衡现象", Supported, Some("7 > 2")
}

verdict! {
    /// p15: "图像识别岗位年薪百万,领跑AIGC人才薪资"
    image_recognition_tops_salaries_is_supported: "image-recognition-tops-salaries", "图像识别岗位年薪百万,领跑AIGC人才薪资", Supported, Some("110.6 ≥ 100; 110.6 ≥ max 110.6")
}

verdict! {
    /// p15: "AIGC领域热招岗位中,图像识别、算法研究员、深度学习岗位的薪资均已达到百万。"
    three_roles_reach_a_million_is_supported: "three-roles-reach-a-million", "AIGC领域热招岗位中,图像识别、算法研究员、深度学习岗位的薪资均已达到百万。", Supported, Some("min 100 ≥ 100; 3 = 3; 3 = 3")
}

verdict! {
    /// p15: "AIGC产品经理作为非技术岗,薪资水平也达到90万元"
    product_manager_salary_900k_is_supported: "product-manager-salary-900k", "AIGC产品经理作为非技术岗,薪资水平也达到90万元", Supported, Some("90.3 ≥ 90")
}

verdict! {
    /// p15: "与其他领域相比占据较大优势"
    product_manager_salary_advantage_is_not_checkable_from_the_printed_figures: "product-manager-salary-advantage", "与其他领域相比占据较大优势", NotCheckable, None
}

verdict! {
    /// p15: "吸引大量产品人才投递"
    product_roles_attract_applicants_is_consistent_with_the_reading_it_decided: "product-roles-attract-applicants", "吸引大量产品人才投递", Supported, Some("min 1 = 1")
}

verdict! {
    /// p16: "AIGC领域高知人才扎堆,近半数从业者为硕士及以上学历"
    nearly_half_masters_or_above_headline_is_consistent_with_the_reading_it_decided: "nearly-half-masters-or-above-headline", "AIGC领域高知人才扎堆,近半数从业者为硕士及以上学历", Supported, Some("41.74 + 4.06 + 0.33 = 46.13 ≥ 45; 41.74 + 4.06 + 0.33 = 46.13 < 50")
}

verdict! {
    /// p16: "AIGC从业者以本科生居多"
    bachelors_most_common_is_consistent_with_the_reading_it_decided: "bachelors-most-common", "AIGC从业者以本科生居多", Supported, Some("53.87 ≥ max 53.87")
}

verdict! {
    /// p16: "但本科、硕士数量差距不大"
    bachelor_master_gap_small_is_not_checkable_from_the_printed_figures: "bachelor-master-gap-small", "但本科、硕士数量差距不大", NotCheckable, None
}

verdict! {
    /// p16: "近半数AIGC人才具备硕士及以上学历"
    nearly_half_masters_or_above_is_consistent_with_the_reading_it_decided: "nearly-half-masters-or-above", "近半数AIGC人才具备硕士及以上学历", Supported, Some("41.74 + 4.06 + 0.33 = 46.13 ≥ 45; 41.74 + 4.06 + 0.33 = 46.13 < 50")
}

verdict! {
    /// p16: "近八成AIGC人才工作经验在3年以上"
    nearly_eight_in_ten_over_3_years_is_consistent_with_the_reading_it_decided: "nearly-eight-in-ten-over-3-years", "近八成AIGC人才工作经验在3年以上", Supported, Some("27.91 + 42.77 + 8.03 = 78.71 ≥ 75; 27.91 + 42.77 + 8.03 = 78.71 < 80")
}

verdict! {
    /// p16: "其中,近半数从业者有5年以上工作经验"
    nearly_half_over_5_years_is_not_supported: "nearly-half-over-5-years", "其中,近半数从业者有5年以上工作经验", NotSupported, Some("42.77 + 8.03 = 50.80 ≥ 45; 42.77 + 8.03 = 50.80 < 50")
}

verdict! {
    /// p17: "相关岗位JD中,除专业要求外,NLP算法、深度学习、C++等词高频出现,算法和编程功底是就职的硬性要求。"
    jd_terms_nlp_deep_learning_cpp_frequent_is_not_checkable_from_the_printed_figures: "jd-terms-nlp-deep-learning-cpp-frequent", "相关岗位JD中,除专业要求外,NLP算法、深度学习、C++等词高频出现,算法和编程功底是就职的硬性要求。", NotCheckable, None
}

verdict! {
    /// p17: "此外,多数岗位还提及“顶会Paper”、“商业化”等词汇,要求应聘者拥有学术成果和业务落地经验。"
    jd_papers_and_commercialisation_most_postings_is_not_checkable_from_the_printed_figures: "jd-papers-and-commercialisation-most-postings", "此外,多数岗位还提及“顶会Paper”、“商业化”等词汇,要求应聘者拥有学术成果和业务落地经验。", NotCheckable, None
}

// ------------------------------------------------------------ the whole

#[tokio::test]
async fn the_shipped_claims_are_46_supported_1_not_supported_and_5_not_checkable() {
    let claims = rows("/claims?limit=1000").await;
    assert_eq!(claims.len(), 52);
    let count = |verdict: &str| claims.iter().filter(|c| c["verdict"] == verdict).count();
    assert_eq!(
        (count("supported"), count("not_supported"), count("not_checkable")),
        (46, 1, 5)
    );
    // The rounding margins are among them: 近半数, 六成以上, 三分之一, 近七成, 约为3倍.
    for id in [
        "nearly-half-masters-or-above",
        "over-60-percent-in-beijing-shanghai-shenzhen",
        "beijing-holds-a-third",
        "aigc-nearly-seven-in-ten-over-30",
        "internet-posts-three-times-ai",
    ] {
        let claim = claims.iter().find(|c| c["claim_id"] == id).unwrap();
        assert!(claim["reading"].as_str().is_some_and(|r| !r.is_empty()), "{id}");
    }
    let mut orders: Vec<i64> = claims.iter().map(|c| c["claim_order"].as_i64().unwrap()).collect();
    orders.sort_unstable();
    assert_eq!(orders, (1..=52).collect::<Vec<_>>());
}

#[tokio::test]
async fn a_claim_that_decided_a_transcription_reads_consistent_not_confirmed() {
    let decided = rows("/claims?decided_transcription=true&limit=1000&lang=en").await;
    assert_eq!(decided.len(), 21);
    for claim in &decided {
        assert!(
            claim["decided_transcription_note"]
                .as_str()
                .is_some_and(|n| !n.is_empty())
        );
        if claim["verdict"] == "supported" {
            assert_eq!(claim["verdict_label"], "一致（本句曾用于判读图表）");
            assert_eq!(
                claim["verdict_label_en"],
                "consistent (this sentence decided how the chart was read)"
            );
        }
    }
    let independent = rows("/claims?decided_transcription=false&verdict=supported&limit=1000").await;
    assert!(independent.iter().all(|c| c["verdict_label"] == "成立"));
    let beijing = get("/claims/beijing-exceeds-shanghai-plus-shenzhen").await.json();
    assert_eq!(beijing["data"]["decided_transcription"], false);
}

#[tokio::test]
async fn every_figure_a_claim_rests_on_is_served_where_its_link_points() {
    for claim in rows("/claims?limit=1000").await {
        let id = claim["claim_id"].as_str().unwrap();
        let detail = get(&format!("/claims/{id}")).await.json();
        let checks = detail["data"]["checks"].as_array().unwrap();
        assert_eq!(checks.is_empty(), claim["verdict"] == "not_checkable", "{id}");
        for check in checks {
            assert!(check["holds"].is_boolean(), "{id}: {check}");
            for side in ["left", "right"] {
                for term in check[side]["terms"].as_array().unwrap() {
                    assert!(term["value"].is_number(), "{id}: {term}");
                    let figures = term["figures"].as_array().unwrap();
                    assert!(!figures.is_empty() || term["aggregate"] == "sum", "{id}: {term}");
                    for figure in figures {
                        let href = figure["href"].as_str().unwrap();
                        let served = rows(href).await;
                        let label = figure["label"].as_str().unwrap();
                        assert!(
                            served.iter().any(|r| r["label"] == label),
                            "{id}: {label} not at {href}"
                        );
                        if let Some(value) = figure["value"].as_f64() {
                            let field = term["field"].as_str().unwrap();
                            assert!(
                                served
                                    .iter()
                                    .any(|r| r["label"] == label && r[field].as_f64() == Some(value)),
                                "{id}: {label} {field} = {value} not at {href}"
                            );
                        }
                    }
                }
            }
        }
    }
}

#[tokio::test]
async fn the_beijing_claim_names_its_figures_their_rows_and_where_each_is_served() {
    let answer = get("/claims/beijing-exceeds-shanghai-plus-shenzhen-headline?lang=en").await;
    let body = answer.text();
    let claim = &answer.json()["data"];
    assert_eq!(claim["page"], 9);
    assert_eq!(claim["page_printed"], "—9—");
    assert_eq!(claim["sentence_zh"], "北京独领风骚,AIGC人才数量超过上海深圳之和");
    assert_eq!(
        claim["sentence_zh_extracted"],
        "北京独领⻛骚,AIGC⼈才数量超过上海深圳之和"
    );
    assert_eq!(claim["restates"], "beijing-exceeds-shanghai-plus-shenzhen");
    let check = &claim["checks"][0];
    assert_eq!(check["operator"], ">");
    assert_eq!(check["left"]["terms"][0]["figures"][0]["label"], "北京");
    assert_eq!(
        check["left"]["terms"][0]["href"],
        "/talent/cities?report=maimai-aigc-talent-2023&city=%E5%8C%97%E4%BA%AC"
    );
    assert_eq!(check["right"]["text"], "17.93 + 11.44 = 29.37");
    // Figures keep their printed digits.
    assert!(body.contains("\"value\":31.42"), "{body}");
    assert!(body.contains("\"value\":29.37"), "{body}");
    let meta = &answer.json()["meta"];
    assert_eq!(meta["collection"], "claims");
    assert_eq!(meta["lang"], "en");
    assert_eq!(meta["report"]["id"], "maimai-aigc-talent-2023");
}

#[tokio::test]
async fn claims_answer_the_query_language_of_the_datasets() {
    let failing = rows("/claims?verdict=not_supported").await;
    assert_eq!(failing.len(), 1);
    assert_eq!(failing[0]["claim_id"], "nearly-half-over-5-years");
    let cities = rows("/claims?dataset=talent-cities&limit=1000").await;
    assert_eq!(cities.len(), 6);
    assert!(
        cities
            .iter()
            .all(|c| c["datasets"].as_str().unwrap().contains("talent-cities"))
    );
    assert_eq!(rows("/claims?page=9&page=10").await.len(), 11);
    let sorted = rows("/claims?sort=-page,claim_order&limit=2").await;
    assert_eq!(sorted[0]["page"], 17);
    let english = rows("/claims?lang=en&limit=1").await;
    assert_eq!(english[0]["label"], english[0]["statement_en"]);
    assert_eq!(rows("/claims?uncertain=true&limit=1000").await.len(), 10);

    let csv = get("/claims.csv?fields=claim_id,mark,comparison&verdict=not_supported").await;
    assert_eq!(csv.status, 200);
    assert_eq!(
        csv.header("content-type"),
        Some("text/csv; charset=utf-8; header=present")
    );
    assert!(
        csv.text()
            .contains("nearly-half-over-5-years,✗,42.77 + 8.03 = 50.80 ≥ 45; 42.77 + 8.03 = 50.80 < 50"),
        "{}",
        csv.text()
    );
    let ndjson = get("/claims.ndjson?page=9").await;
    assert_eq!(ndjson.text().lines().count(), 6);
    let bare = get("/claims/rows?limit=3").await.json();
    assert_eq!(bare.as_array().unwrap().len(), 3);

    get("/claims?verdict=maybe")
        .await
        .assert_problem(400, "invalid-parameter");
    get("/claims?dataset=talent-towns")
        .await
        .assert_problem(400, "invalid-parameter");
    get("/claims?page=99").await.assert_problem(400, "invalid-parameter");
    get("/claims?claim=x").await.assert_problem(400, "unknown-parameter");
    get("/claims?report=no-such-report")
        .await
        .assert_problem(404, "report-not-found");
}

#[tokio::test]
async fn claims_have_etags_and_answer_304_when_unchanged() {
    let first = get("/claims/beijing-holds-a-third").await;
    let etag = first.header("etag").expect("an ETag").to_owned();
    let again = get_with("/claims/beijing-holds-a-third", &[("if-none-match", &etag)]).await;
    assert_eq!(again.status, 304);
    let list = get("/claims").await;
    let etag = list.header("etag").unwrap().to_owned();
    assert_eq!(get_with("/claims", &[("if-none-match", &etag)]).await.status, 304);
}

#[tokio::test]
async fn an_unknown_claim_is_a_404_problem_listing_the_claims() {
    let problem = get("/claims/beijing-is-small")
        .await
        .assert_problem(404, "item-not-found");
    let detail = problem["detail"].as_str().unwrap();
    assert!(detail.contains("beijing-holds-a-third"), "{detail}");
    get("/claims/beijing-holds-a-third?limit=3")
        .await
        .assert_problem(400, "unknown-parameter");
    get("/claims/beijing-holds-a-third?lang=fr")
        .await
        .assert_problem(400, "invalid-parameter");
    get("/claims/beijing-holds-a-third?report=NOPE")
        .await
        .assert_problem(400, "invalid-parameter");
    let malformed = get("/claims/%FF").await;
    assert_eq!(malformed.status, 400);
    assert_eq!(malformed.header("content-type"), Some("application/problem+json"));
}

#[tokio::test]
async fn the_claims_chart_marks_each_claim_with_its_verdict() {
    let chart = get("/claims.svg?lang=en").await;
    assert_eq!(chart.status, 200);
    assert_eq!(chart.header("content-type"), Some("image/svg+xml"));
    let svg = chart.text();
    assert_eq!(svg.matches("✓ p. ").count(), 46);
    assert_eq!(svg.matches("✗ p. ").count(), 1);
    assert_eq!(svg.matches("? p. ").count(), 5);
    assert!(
        svg.contains("Derived by this service"),
        "the source line says it is derived"
    );
}

#[tokio::test]
async fn the_dashboard_lists_the_claims_with_their_marks() {
    let page = get_with("/?lang=en", &[("accept", "text/html")]).await.text();
    assert!(page.contains("id=\"claims\""));
    assert_eq!(page.matches("class=\"mark supported\"").count(), 46);
    assert_eq!(page.matches("class=\"mark not_supported\"").count(), 1);
    assert_eq!(page.matches("class=\"mark not_checkable\"").count(), 5);
    assert!(page.contains("31.42 &gt; 17.93 + 11.44 = 29.37"), "the comparison");
    assert!(page.contains("Beijing stands alone"), "the English words");
    assert!(page.contains("positions.svg"), "the positions chart");
    assert!(!page.contains("<script"));
}

// ------------------------------------------------------- through a reload

fn claim_of(addr: &str, id: &str) -> Value {
    let (status, _, body) = http_get(addr, &format!("/claims/{id}"), &[]).expect("the service answers");
    assert_eq!(status, 200);
    serde_json::from_slice::<Value>(&body).unwrap()["data"].clone()
}

/// "北京独领风骚,AIGC人才数量超过上海深圳之和": change Beijing's 31.42 to
/// 29.30 in a copy of the database, move it over the original, and the
/// claims that rest on it are not supported after the next reload (29.30 is
/// less than 17.93 + 11.44, and 六成以上 falls to 58.67); the claims on other
/// figures, and 三分之一 (29.30 is still nearer a third than a quarter), keep
/// their verdicts.
#[tokio::test]
async fn a_changed_figure_flips_the_verdict_that_rests_on_it_at_the_next_reload() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("talent.db");
    let instance = Instance::start(&database, &[("DB_CHECK_INTERVAL", "1")]);
    let id = "beijing-exceeds-shanghai-plus-shenzhen-headline";
    assert_eq!(claim_of(&instance.addr, id)["verdict"], "supported");
    assert_eq!(
        claim_of(&instance.addr, "beijing-holds-a-third")["verdict"],
        "supported"
    );

    let copy = dir.path().join("talent.db.new");
    std::fs::copy(&database, &copy).unwrap();
    let pool = sqlx::SqlitePool::connect(&crate::helpers::url(&copy)).await.unwrap();
    sqlx::query("UPDATE talent_cities SET share_pct = '29.30' WHERE city = '北京'")
        .execute(&pool)
        .await
        .unwrap();
    // Where the data version is a digest of the seed files loaded, an edited
    // database must also say that its seed changed; where it is a digest of
    // the data itself, the figure alone moves it.
    sqlx::query("UPDATE seed_files SET sha256 = 'edited by hand'")
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
    std::fs::rename(&copy, &database).unwrap();

    let deadline = Instant::now() + Duration::from_secs(20);
    let flipped = loop {
        let claim = claim_of(&instance.addr, id);
        if claim["verdict"] != "supported" || Instant::now() > deadline {
            break claim;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(flipped["verdict"], "not_supported", "{flipped:#}");
    assert_eq!(flipped["comparison"], "29.30 > 17.93 + 11.44 = 29.37");
    assert_eq!(flipped["mark"], "✗");
    // 29.30 is still nearer a third than a quarter; other figures, other verdicts.
    assert_eq!(
        claim_of(&instance.addr, "beijing-holds-a-third")["verdict"],
        "supported"
    );
    assert_eq!(
        claim_of(&instance.addr, "internet-posts-a-third")["verdict"],
        "supported"
    );
    let (_, _, list) = http_get(&instance.addr, "/claims/rows?verdict=not_supported&limit=10", &[]).unwrap();
    let list: Vec<Value> = serde_json::from_slice(&list).unwrap();
    let ids: Vec<&str> = list.iter().map(|c| c["claim_id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "beijing-exceeds-shanghai-plus-shenzhen-headline",
            "over-60-percent-in-beijing-shanghai-shenzhen",
            "beijing-exceeds-shanghai-plus-shenzhen",
            "nearly-half-over-5-years",
        ],
        "the three claims on Beijing's share, and the one that failed before"
    );
}
