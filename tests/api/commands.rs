//! The subcommands of the real binary besides serving: `check`, `export`,
//! `healthcheck` and `migrate`.

use crate::helpers::{Instance, run, url};

#[test]
fn check_passes_on_the_shipped_data() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(&["check"], &url(&dir.path().join("talent.db")));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("12 dataset(s), no findings"), "{stdout}");
}

#[test]
fn check_lists_every_finding_in_a_deliberately_broken_seed_and_exits_4() {
    let dir = tempfile::tempdir().unwrap();
    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds/maimai-aigc-talent-2023.sql"
    ))
    .unwrap();
    let broken = seed
        // A distribution that no longer sums to 100.
        .replace("'5.41'),", "'6.41'),")
        // A gap in the ranks and a ranked share that rises.
        .replace(
            "('maimai-aigc-talent-2023', 5, '通信'",
            "('maimai-aigc-talent-2023', 15, '通信'",
        )
        // A missing month.
        .lines()
        .filter(|line| !line.contains("'2022-06', '2022年6月'"))
        .collect::<Vec<_>>()
        .join("\n")
        // A dataset without provenance.
        .replace(
            "'AIGC新发岗位分布行业TOP5',\n        'Top 5 industries",
            "'',\n        'Top 5 industries",
        );
    let path = dir.path().join("broken.sql");
    std::fs::write(&path, broken).unwrap();
    let output = run(
        &["check", "--seed", path.to_str().unwrap()],
        &url(&dir.path().join("unused.db")),
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(4),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for expected in [
        "talent-ages: share_pct (cohort=internet) sums to 101.00, not 100",
        "talent-industries: rank is [1, 2, 3, 4, 6, 7, 8, 9, 10, 15], not 1..10 without gaps",
        "talent-industries: share_pct rises from 1.85 at rank 10 to 5.80 at rank 15",
        "heat-index: month jumps from 2022-05 to 2022-07",
        "job-industries: provenance: title is empty",
        "5 finding(s)",
    ] {
        assert!(stdout.contains(expected), "missing {expected:?} in:\n{stdout}");
    }
}

#[test]
fn export_writes_every_dataset_as_csv_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("talent.db");
    let out = dir.path().join("out");
    for format in ["csv", "json"] {
        let output = run(
            &["export", "--out", out.to_str().unwrap(), "--format", format],
            &url(&database),
        );
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let folder = out.join("maimai-aigc-talent-2023");
        for kind in talent_trends_api::data::kinds::KINDS {
            let file = folder.join(format!("{}.{format}", kind.id));
            assert!(file.exists(), "{}", file.display());
        }
        assert!(folder.join("report.json").exists());
    }
    let cities = std::fs::read_to_string(out.join("maimai-aigc-talent-2023/talent-cities.csv")).unwrap();
    assert!(cities.contains("北京,1,北京,Beijing,31.42,false,"), "{cities}");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("maimai-aigc-talent-2023/salaries.json")).unwrap()).unwrap();
    assert_eq!(json["data"].as_array().unwrap().len(), 6);
    let unknown = run(
        &["export", "--out", out.to_str().unwrap(), "--report", "nope"],
        &url(&database),
    );
    assert_eq!(unknown.status.code(), Some(5));
}

#[test]
fn healthcheck_exits_0_against_a_running_instance_and_1_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("talent.db");
    let instance = Instance::start(&database, &[]);
    let ok = run(&["healthcheck", "--addr", &instance.addr], &url(&database));
    assert_eq!(ok.status.code(), Some(0), "{}", String::from_utf8_lossy(&ok.stderr));
    instance.signal("TERM");
    let addr = instance.addr.clone();
    assert_eq!(instance.wait().0, Some(0));
    let down = run(&["healthcheck", "--addr", &addr], &url(&database));
    assert_eq!(down.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&down.stderr).contains("unhealthy"));
}

#[test]
fn migrate_prepares_the_database_and_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("talent.db");
    let output = run(&["migrate"], &url(&path));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("maimai-aigc-talent-2023.sql"), "{stdout}");
    let again = run(&["migrate"], &url(&path));
    assert!(String::from_utf8_lossy(&again.stdout).contains("all up to date"));
}
