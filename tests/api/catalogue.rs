//! The report catalogue (`/reports` and `/reports/{report_id}`). Unknown
//! report ids are in `problems.rs`; the provenance of each dataset, checked
//! against the printed report, is in `report_figures.rs`.

use crate::helpers::get;

#[tokio::test]
async fn the_catalogue_lists_the_report_with_all_its_datasets() {
    let list = get("/reports").await;
    assert_eq!(list.status, 200);
    let body = list.json();
    assert_eq!(body["meta"]["total"], 1);
    let report = &body["data"][0];
    assert_eq!(report["id"], "maimai-aigc-talent-2023");
    assert_eq!(report["title"], "2023 AIGC人才趋势报告");
    assert_eq!(report["published_on"], "2023-03-30");
    assert_eq!(report["data_range"]["start"], "2022-02");
    assert_eq!(report["data_range"]["end"], "2023-02");
    assert_eq!(report["is_default"], true);
    let cities = report["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["dataset"] == "talent-cities")
        .unwrap();
    assert_eq!(cities["row_count"], 10);
    assert_eq!(cities["page_printed"], "—9—");
    assert_eq!(cities["href"], "/talent/cities?report=maimai-aigc-talent-2023");

    let one = get("/reports/maimai-aigc-talent-2023").await;
    assert_eq!(one.status, 200);
    assert_eq!(one.json()["data"]["datasets"].as_array().unwrap().len(), 12);
}
