//! Downloads (issue 16): each report as a Frictionless Data Package
//! (`/reports/{id}/datapackage.json`, its CSVs at `…/data/{dataset}.csv`, all
//! of it in `…/datapackage.zip`), the whole database (`/talent.db`), the
//! `describedby` link of every CSV answer, and the citations. (`frictionless
//! validate` and pandas read the same downloads in
//! `e2e/datapackage/run.sh`.)

use std::{
    io::{Cursor, Read},
    sync::Arc,
    time::Duration,
};

use axum::http::Method;
use sqlx::{Connection, Row, SqliteConnection, sqlite::SqliteConnectOptions};
use talent_trends_api::{
    AppState,
    config::ServerArgs,
    data::{
        catalog::Catalog,
        kinds::{FieldType, KINDS},
    },
    query::options::{Endpoint, Representation},
    startup, watch,
};

use crate::helpers::{Answer, call, catalog, get, get_with, request};

const REPORT: &str = "maimai-aigc-talent-2023";

fn package_url() -> String {
    format!("/reports/{REPORT}/datapackage.json")
}

fn zip_url() -> String {
    format!("/reports/{REPORT}/datapackage.zip")
}

/// Writes `bytes` to a file in `dir` and opens it read-only with SQLite.
async fn open_database(dir: &tempfile::TempDir, bytes: &[u8]) -> SqliteConnection {
    let path = dir.path().join("downloaded.db");
    std::fs::write(&path, bytes).unwrap();
    SqliteConnection::connect_with(&SqliteConnectOptions::new().filename(&path).read_only(true))
        .await
        .expect("the download is an SQLite database")
}

/// The entries of a zip: (name, bytes), in order.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut body = Vec::new();
            file.read_to_end(&mut body).unwrap();
            (file.name().unwrap().into_owned(), body)
        })
        .collect()
}

/// The state of a service mounted under `/api`.
fn under_api() -> AppState {
    let config = ServerArgs {
        base_path: "/api".to_owned(),
        ..ServerArgs::default()
    };
    AppState::with_config(Arc::clone(&catalog()), config)
}

// ------------------------------------------------------------- /talent.db

#[tokio::test]
async fn the_database_download_opens_with_sqlite_and_holds_beijings_31_42() {
    let answer = get("/talent.db").await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("content-type"), Some("application/vnd.sqlite3"));
    let version = catalog().data_version.clone();
    assert_eq!(
        answer.header("content-disposition"),
        Some(format!("attachment; filename=\"talent-{version}.db\"").as_str())
    );
    assert!(answer.header("etag").is_some_and(|e| e.starts_with('"')));
    assert!(answer.body.starts_with(b"SQLite format 3\0"));

    let dir = tempfile::tempdir().unwrap();
    let mut db = open_database(&dir, &answer.body).await;
    let share: String =
        sqlx::query_scalar("SELECT share_pct FROM talent_cities WHERE report_id = ?1 AND city = '北京'")
            .bind(REPORT)
            .fetch_one(&mut db)
            .await
            .unwrap();
    assert_eq!(share, "31.42");
    let integrity: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(integrity, "ok");
}

#[tokio::test]
async fn the_downloaded_database_holds_exactly_the_data_being_served() {
    let answer = get("/talent.db").await;
    let dir = tempfile::tempdir().unwrap();
    let mut db = open_database(&dir, &answer.body).await;
    let downloaded = Catalog::load_from(&mut db).await.unwrap();
    let served = get("/talent/cities").await.json()["meta"]["data_version"].clone();
    assert_eq!(downloaded.data_version, served.as_str().unwrap());
    // Only this replica's bookkeeping times are reset; every checksum stays.
    let loaded_at: Vec<String> = sqlx::query_scalar("SELECT loaded_at FROM seed_files")
        .fetch_all(&mut db)
        .await
        .unwrap();
    assert!(!loaded_at.is_empty());
    assert!(loaded_at.iter().all(|t| t == "1970-01-01T00:00:00Z"), "{loaded_at:?}");
    let sha: Vec<String> = sqlx::query_scalar("SELECT sha256 FROM seed_files")
        .fetch_all(&mut db)
        .await
        .unwrap();
    assert!(sha.iter().all(|s| s.len() == 64));
    let journal: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(
        journal, "delete",
        "a rollback-journal file, openable read-only anywhere"
    );
}

#[tokio::test]
async fn the_downloaded_database_can_be_served_as_it_is() {
    let answer = get("/talent.db").await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("talent.db");
    std::fs::write(&path, &answer.body).unwrap();
    let before = std::fs::read(&path).unwrap();
    let (served, _) = startup::load(&format!("sqlite://{}", path.display())).await.unwrap();
    assert_eq!(served.data_version, catalog().data_version);
    assert_eq!(std::fs::read(&path).unwrap(), before, "up to date: nothing written");
}

#[tokio::test]
async fn a_reload_changes_the_database_download_and_its_etag() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("talent.db");
    let (loaded, database) = startup::load(&format!("sqlite://{}", path.display())).await.unwrap();
    let state = AppState::build(Arc::new(loaded), ServerArgs::default(), Some(database));
    let before = call(&state, "/talent.db").await;
    let package_before = call(&state, &package_url()).await;

    let mut writer = SqliteConnection::connect(&format!("sqlite://{}", path.display()))
        .await
        .unwrap();
    sqlx::query("UPDATE talent_cities SET share_pct = '31.43' WHERE rank = 1")
        .execute(&mut writer)
        .await
        .unwrap();
    writer.close().await.unwrap();
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert!(watch::reload_if_changed(&state).await, "the change is swapped in");

    let after = call(&state, "/talent.db").await;
    assert_eq!(after.status, 200);
    assert_ne!(after.header("etag"), before.header("etag"));
    assert_ne!(after.body, before.body);
    let version = state.catalog().data_version.clone();
    assert_eq!(
        call(&state, "/ready").await.json()["data_version"],
        version.as_str(),
        "readiness names the version the download holds"
    );
    let dir = tempfile::tempdir().unwrap();
    let mut db = open_database(&dir, &after.body).await;
    assert_eq!(Catalog::load_from(&mut db).await.unwrap().data_version, version);
    let share: String = sqlx::query_scalar("SELECT share_pct FROM talent_cities WHERE rank = 1")
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(share, "31.43");
    // The package follows too.
    let package_after = call(&state, &package_url()).await;
    assert_ne!(package_after.header("etag"), package_before.header("etag"));
    assert_eq!(package_after.json()["data_version"], version.as_str());
}

#[tokio::test]
async fn replicas_built_from_the_same_seeds_send_the_same_bytes_and_etags() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (first, _) = startup::load(&format!("sqlite://{}", a.path().join("talent.db").display()))
        .await
        .unwrap();
    // A second later: every time this replica records differs.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let (second, _) = startup::load(&format!("sqlite://{}", b.path().join("talent.db").display()))
        .await
        .unwrap();
    assert_ne!(
        std::fs::read(a.path().join("talent.db")).unwrap(),
        std::fs::read(b.path().join("talent.db")).unwrap(),
        "the files themselves differ (install times)"
    );
    let (first, second) = (AppState::new(Arc::new(first)), AppState::new(Arc::new(second)));
    for url in ["/talent.db".to_owned(), package_url(), zip_url()] {
        let (x, y) = (call(&first, &url).await, call(&second, &url).await);
        assert_eq!(x.status, 200, "{url}");
        assert_eq!(x.body, y.body, "{url}");
        assert_eq!(x.header("etag"), y.header("etag"), "{url}");
    }
}

#[tokio::test]
async fn the_database_is_sent_gzip_encoded_when_accepted_and_never_compressed_per_request() {
    let identity = get("/talent.db").await;
    let gzip = get_with("/talent.db", &[("accept-encoding", "br, gzip")]).await;
    assert_eq!(gzip.status, 200);
    assert_eq!(gzip.header("content-encoding"), Some("gzip"));
    let etag = identity.header("etag").unwrap();
    assert_eq!(
        gzip.header("etag").unwrap(),
        format!("{}-gzip\"", etag.trim_end_matches('"'))
    );
    assert!(gzip.body.len() * 4 < identity.body.len(), "compresses well");
    let mut decoded = Vec::new();
    flate2::read::GzDecoder::new(&gzip.body[..])
        .read_to_end(&mut decoded)
        .unwrap();
    assert_eq!(decoded, identity.body);
    // A client that takes only brotli or zstd gets the file as it is: the
    // service never compresses it on the fly.
    let brotli = get_with("/talent.db", &[("accept-encoding", "br, zstd")]).await;
    assert_eq!(brotli.header("content-encoding"), None);
    assert_eq!(brotli.body, identity.body);
    // Nor the zip, which is compressed inside.
    let zip = get_with(&zip_url(), &[("accept-encoding", "br, gzip, zstd")]).await;
    assert_eq!(zip.status, 200);
    assert_eq!(zip.header("content-encoding"), None);
    assert_eq!(zip.header("content-type"), Some("application/zip"));
    // The descriptor is JSON, compressed like every other answer.
    let json = get_with(&package_url(), &[("accept-encoding", "gzip")]).await;
    assert_eq!(json.header("content-encoding"), Some("gzip"));
}

// --------------------------------------------- conditional requests, HEAD

#[tokio::test]
async fn downloads_answer_head_and_revalidate_with_304() {
    for url in [
        "/talent.db".to_owned(),
        package_url(),
        zip_url(),
        format!("/reports/{REPORT}/data/talent-cities.csv"),
    ] {
        let full = get(&url).await;
        assert_eq!(full.status, 200, "{url}");
        let etag = full.header("etag").unwrap().to_owned();
        assert!(full.header("last-modified").is_some(), "{url}");
        assert!(
            full.header("cache-control").is_some_and(|c| c.contains("max-age")),
            "{url}"
        );

        let head = request(Method::HEAD, &url, &[]).await;
        assert_eq!(head.status, 200, "{url}");
        assert!(head.body.is_empty(), "{url}");
        assert_eq!(head.header("etag"), Some(etag.as_str()), "{url}");
        assert_eq!(head.header("content-type"), full.header("content-type"), "{url}");

        let revalidated = get_with(&url, &[("if-none-match", &etag)]).await;
        assert_eq!(revalidated.status, 304, "{url}");
        assert!(revalidated.body.is_empty());
        assert_eq!(revalidated.header("etag"), Some(etag.as_str()), "{url}");
    }
}

#[tokio::test]
async fn unknown_reports_datasets_and_parameters_are_problems() {
    for url in [
        "/reports/maimai-2022/datapackage.json",
        "/reports/maimai-2022/datapackage.zip",
        "/reports/maimai-2022/data/talent-cities.csv",
        "/reports/NOT%20AN%20ID/datapackage.json",
    ] {
        let problem = get(url).await.assert_problem(404, "report-not-found");
        assert!(
            problem["detail"].as_str().unwrap().contains(REPORT),
            "lists the known reports: {problem}"
        );
    }
    for file in ["nope.csv", "talent-cities.json", "talent-cities", "..%2F..%2Ftalent.db"] {
        let url = format!("/reports/{REPORT}/data/{file}");
        get(&url).await.assert_problem(404, "dataset-not-found");
    }
    for url in [
        "/talent.db?x=1".to_owned(),
        format!("{}?report={REPORT}", package_url()),
        format!("{}?download=1", zip_url()),
        format!("/reports/{REPORT}/data/talent-cities.csv?limit=3"),
    ] {
        let answer = get(&url).await;
        answer.assert_problem(400, "unknown-parameter");
        assert_eq!(answer.header("cache-control"), Some("no-store"));
    }
    let post = request(Method::POST, "/talent.db", &[]).await;
    post.assert_problem(405, "method-not-allowed");
}

// ------------------------------------------------------------ the package

#[tokio::test]
async fn the_data_package_describes_every_dataset_with_a_table_schema() {
    let answer = get(&package_url()).await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("content-type"), Some("application/json"));
    let package = answer.json();
    assert_eq!(
        package["$schema"],
        "https://datapackage.org/profiles/2.0/datapackage.json"
    );
    assert_eq!(package["name"], REPORT);
    assert_eq!(package["title_zh"], "2023 AIGC人才趋势报告");
    assert_eq!(package["data_version"], catalog().data_version.as_str());
    assert_eq!(package["homepage"], format!("/reports/{REPORT}"));
    assert!(
        package["sources"][0]["title"]
            .as_str()
            .unwrap()
            .contains("脉脉高聘人才智库")
    );
    let licenses: Vec<&str> = package["licenses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        licenses,
        ["other-closed", "CC-BY-4.0"],
        "the figures' rights, then the transcription's licence"
    );
    let notes: Vec<&str> = package["uncertainty_notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["resource"].as_str().unwrap())
        .collect();
    assert!(
        notes.contains(&"heat-index") && notes.contains(&"applications"),
        "{notes:?}"
    );

    let resources = package["resources"].as_array().unwrap();
    assert_eq!(resources.len(), 12);
    let report = catalog().report(REPORT).unwrap().datasets.clone();
    for (resource, dataset) in resources.iter().zip(&report) {
        let kind = dataset.kind;
        let id = kind.id;
        assert_eq!(resource["name"], id);
        assert_eq!(resource["type"], "table");
        assert_eq!(
            resource["path"],
            format!("data/{id}.csv"),
            "relative: resolves online and in the zip"
        );
        assert_eq!(resource["format"], "csv");
        assert_eq!(resource["encoding"], "utf-8");
        assert_eq!(resource["title_zh"], dataset.info.title.as_str());
        assert_eq!(resource["title"], dataset.info.title_en.as_str());
        assert_eq!(resource["page"], dataset.info.page);
        assert_eq!(resource["uncertain"], dataset.info.uncertain);
        assert_eq!(resource["row_count"], dataset.table.rows.len());
        assert!(
            resource["sources"][0]["title"]
                .as_str()
                .unwrap()
                .contains(&dataset.info.title)
        );
        assert_eq!(resource["licenses"].as_array().unwrap().len(), 2);
        assert_eq!(resource["dialect"]["lineTerminator"], "\r\n");
        assert_eq!(resource["dialect"]["header"], true);

        // The resource's bytes and hash are the CSV's, and its links point
        // at the dataset's own endpoints.
        let csv = get(&format!("/reports/{REPORT}/data/{id}.csv")).await;
        assert_eq!(resource["bytes"], csv.body.len());
        let digest: String = <sha2::Sha256 as sha2::Digest>::digest(&csv.body)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(resource["hash"], format!("sha256:{digest}"));
        assert_eq!(resource["links"]["csv"], format!("{}.csv?report={REPORT}", kind.path));
        assert_eq!(resource["links"]["json"], format!("{}?report={REPORT}", kind.path));

        // The citation is the dataset's own.
        let meta = get(resource["links"]["json"].as_str().unwrap()).await.json()["meta"].clone();
        assert_eq!(resource["citation"], meta["citation"], "{id}");

        // The schema: `label`, then every field in order, each typed,
        // titled in both languages, described, constrained; figures with
        // their unit; the primary key from the descriptor.
        let schema = &resource["schema"];
        assert_eq!(schema["missingValues"], serde_json::json!([""]));
        let key: Vec<&str> = schema["primaryKey"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k.as_str().unwrap())
            .collect();
        assert_eq!(key, kind.primary_key, "{id}");
        let fields = schema["fields"].as_array().unwrap();
        let names: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
        let header = csv
            .text()
            .trim_start_matches('\u{feff}')
            .lines()
            .next()
            .unwrap()
            .to_owned();
        assert_eq!(
            names.join(","),
            header,
            "{id}: the schema's fields are the CSV's columns"
        );
        for (field, spec) in fields[1..].iter().zip(kind.fields) {
            let name = spec.name;
            let expected = match spec.ty {
                FieldType::Text => "string",
                FieldType::Month => "yearmonth",
                FieldType::Integer => "integer",
                FieldType::Figure => "number",
                FieldType::Boolean => "boolean",
            };
            assert_eq!(field["type"], expected, "{id}.{name}");
            assert!(field["title"].as_str().is_some_and(|t| !t.is_empty()), "{id}.{name}");
            assert!(field["title_zh"].as_str().is_some_and(|t| !t.is_empty()), "{id}.{name}");
            assert_eq!(field["description"], spec.description, "{id}.{name}");
            assert_eq!(field["constraints"]["required"], !spec.nullable, "{id}.{name}");
            if spec.ty == FieldType::Figure {
                assert_eq!(field["unit"], dataset.info.unit.as_str(), "{id}.{name}");
                assert_eq!(field["unit_en"], dataset.info.unit_en.as_str(), "{id}.{name}");
            }
            if spec.ty == FieldType::Boolean {
                assert_eq!(field["trueValues"], serde_json::json!(["true"]));
                assert_eq!(field["falseValues"], serde_json::json!(["false"]));
            }
        }
    }
    // Categories list the values as in the data; ranges where they mean
    // something.
    let cities = &resources[2]["schema"]["fields"];
    let city = cities.as_array().unwrap().iter().find(|f| f["name"] == "city").unwrap();
    assert_eq!(city["constraints"]["enum"][0], "北京");
    assert_eq!(city["constraints"]["enum"].as_array().unwrap().len(), 10);
    let share = cities
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "share_pct")
        .unwrap();
    assert_eq!(share["constraints"]["minimum"], 0);
    assert_eq!(share["constraints"]["maximum"], 100);
}

#[tokio::test]
async fn each_resource_is_the_csv_endpoints_answer_byte_for_byte() {
    for kind in KINDS {
        let resource = get(&format!("/reports/{REPORT}/data/{}.csv", kind.id)).await;
        let endpoint = get(&format!("{}.csv?report={REPORT}", kind.path)).await;
        assert_eq!(resource.status, 200, "{}", kind.id);
        assert_eq!(resource.body, endpoint.body, "{}", kind.id);
        assert_eq!(resource.header("etag"), endpoint.header("etag"), "{}", kind.id);
        assert_eq!(resource.header("link"), endpoint.header("link"), "{}", kind.id);
        assert_eq!(resource.header("content-type"), endpoint.header("content-type"));
        assert!(resource.body.starts_with("\u{feff}label,".as_bytes()));
    }
}

#[tokio::test]
async fn every_csv_answer_links_its_data_package() {
    let link = format!("</reports/{REPORT}/datapackage.json>; rel=\"describedby\"");
    for endpoint in Endpoint::all().filter(|e| e.representation == Representation::Csv && !e.kind.is_derived()) {
        for query in ["", "?lang=en", &format!("?report={REPORT}&fields=label")] {
            let url = format!("{}{query}", endpoint.path());
            let answer = get(&url).await;
            assert_eq!(answer.status, 200, "{url}");
            assert_eq!(answer.header("link"), Some(link.as_str()), "{url}");
        }
    }
    // With paging links, the description comes after them.
    let paged = get("/talent/cities.csv?limit=3").await;
    let header = paged.header("link").unwrap();
    assert!(header.contains("rel=\"next\""), "{header}");
    assert!(header.ends_with(&link), "{header}");
    // The derived tables (claims, positions ...) are not resources of the
    // package, so their CSV answers do not point at it.
    for endpoint in Endpoint::all().filter(|e| e.representation == Representation::Csv && e.kind.is_derived()) {
        let answer = get(&format!("{}?limit=1000", endpoint.path())).await;
        assert_eq!(answer.status, 200, "{}", endpoint.path());
        assert_eq!(answer.header("link"), None, "{}", endpoint.path());
    }
    // JSON answers carry their metadata in `meta`, not this link.
    assert_eq!(get("/talent/cities").await.header("link"), None);
}

#[tokio::test]
async fn meta_cites_every_chart_in_chinese_and_english() {
    for dataset in &catalog().report(REPORT).unwrap().datasets {
        let info = &dataset.info;
        let url = format!("{}?report={REPORT}", dataset.kind.path);
        let meta = get(&url).await.json()["meta"].clone();
        let zh = meta["citation"]["zh"].as_str().unwrap();
        let en = meta["citation"]["en"].as_str().unwrap();
        let version = catalog().data_version.clone();
        for part in [
            "脉脉高聘人才智库",
            "2023 AIGC人才趋势报告[R]",
            "2023",
            &format!(": {}（", info.page),
            &info.title,
            &version,
            &url,
        ] {
            assert!(zh.contains(part), "{zh} lacks {part}");
        }
        for part in [
            "Maimai Gaopin Talent Think Tank",
            "(2023)",
            "2023 AIGC Talent Trends Report",
            &info.title_en,
            &format!("p. {}.", info.page),
            &version,
            &url,
        ] {
            assert!(en.contains(part), "{en} lacks {part}");
        }
        // The same chart answers with the same citation whatever the query.
        let other = get(&format!("{url}&limit=1&lang=en")).await.json()["meta"]["citation"].clone();
        assert_eq!(other, meta["citation"]);
    }
    // A comparison cites the comparison.
    let comparison = get("/talent/ages/comparison?first=internet&second=aigc").await.json();
    let en = comparison["meta"]["citation"]["en"].as_str().unwrap().to_owned();
    assert!(
        en.contains(&format!(
            "/talent/ages/comparison?report={REPORT}&first=internet&second=aigc"
        )),
        "{en}"
    );
}

// ---------------------------------------------------------------- the zip

#[tokio::test]
async fn the_zip_holds_the_descriptor_a_readme_and_every_csv_as_served() {
    let answer = get(&zip_url()).await;
    assert_eq!(answer.status, 200);
    let version = catalog().data_version.clone();
    assert_eq!(
        answer.header("content-disposition"),
        Some(format!("attachment; filename=\"{REPORT}-{version}.zip\"").as_str())
    );
    let entries = unzip(&answer.body);
    let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
    let mut expected = vec!["datapackage.json".to_owned(), "README.txt".to_owned()];
    expected.extend(KINDS.iter().map(|k| format!("data/{}.csv", k.id)));
    assert_eq!(names, expected);
    assert_eq!(entries[0].1, get(&package_url()).await.body, "the same descriptor");
    for (name, bytes) in &entries[2..] {
        assert_eq!(*bytes, get(&format!("/reports/{REPORT}/{name}")).await.body, "{name}");
    }
    let readme = String::from_utf8(entries[1].1.clone()).unwrap();
    assert!(readme.contains("CC BY") || readme.contains("Creative Commons Attribution 4.0"));
    assert!(readme.contains(&version));
    // Every entry has the time the transcription was last revised.
    let mut archive = zip::ZipArchive::new(Cursor::new(&answer.body[..])).unwrap();
    for i in 0..archive.len() {
        let time = archive.by_index(i).unwrap().last_modified().unwrap();
        assert_eq!(
            (time.year(), time.month(), time.day(), time.hour()),
            (2026, 11, 29, 16),
            "revised_at"
        );
    }
}

#[tokio::test]
async fn the_csvs_in_the_zip_have_every_row_of_their_dataset() {
    let entries = unzip(&get(&zip_url()).await.body);
    for (name, bytes) in &entries[2..] {
        let id = name.trim_start_matches("data/").trim_end_matches(".csv");
        let kind = KINDS.iter().find(|k| k.id == id).unwrap();
        let total = get(&format!("{}?report={REPORT}&limit=1000", kind.path)).await.json()["meta"]["total"]
            .as_u64()
            .unwrap();
        let mut reader = csv::Reader::from_reader(&bytes[3..]);
        assert_eq!(reader.records().count() as u64, total, "{name}");
    }
}

// --------------------------------------------------------------- discovery

#[tokio::test]
async fn the_index_the_catalogue_and_the_dashboard_link_every_download() {
    let index = get("/").await.json();
    assert_eq!(index["database"], "/talent.db");
    assert_eq!(index["packages"][0]["report"], REPORT);
    assert_eq!(index["packages"][0]["datapackage"], package_url());
    assert_eq!(index["packages"][0]["zip"], zip_url());
    let report = get(&format!("/reports/{REPORT}")).await.json();
    assert_eq!(report["data"]["downloads"]["datapackage"], package_url());
    assert_eq!(report["data"]["downloads"]["zip"], zip_url());
    let page = get_with("/?lang=en", &[("accept", "text/html")]).await.text();
    for href in [package_url(), zip_url(), "/talent.db".to_owned()] {
        assert!(page.contains(&format!("href=\"{href}\"")), "{href}");
    }
    // The twelve charts of the report, and the positions and industries
    // charts drawn from them.
    assert_eq!(page.matches("How to cite").count(), 14, "a citation per chart");
}

#[tokio::test]
async fn under_a_base_path_every_url_a_download_writes_follows_it() {
    let state = under_api();
    let package = call(&state, &package_url()).await.json();
    assert_eq!(package["homepage"], format!("/api/reports/{REPORT}"));
    assert_eq!(package["links"]["zip"], format!("/api{}", zip_url()));
    assert_eq!(package["links"]["database"], "/api/talent.db");
    assert!(
        package["citation"]["en"]
            .as_str()
            .unwrap()
            .contains(&format!("/api{}", package_url()))
    );
    for resource in package["resources"].as_array().unwrap() {
        assert!(
            resource["path"].as_str().unwrap().starts_with("data/"),
            "still relative"
        );
        for link in ["json", "csv", "chart"] {
            assert!(
                resource["links"][link].as_str().unwrap().starts_with("/api/"),
                "{resource}"
            );
        }
        assert!(resource["citation"]["zh"].as_str().unwrap().contains(": /api/"));
    }
    let csv = call(&state, "/talent/cities.csv").await;
    assert_eq!(
        csv.header("link"),
        Some(format!("</api/reports/{REPORT}/datapackage.json>; rel=\"describedby\"").as_str())
    );
    let alias = call(&state, &format!("/reports/{REPORT}/data/talent-cities.csv")).await;
    assert_eq!(alias.header("link"), csv.header("link"));
    let meta = call(&state, "/talent/cities").await.json()["meta"].clone();
    assert!(
        meta["citation"]["en"]
            .as_str()
            .unwrap()
            .ends_with(&format!(": /api/talent/cities?report={REPORT}."))
    );
    let index = call(&state, "/").await.json();
    assert_eq!(index["database"], "/api/talent.db");
    assert_eq!(index["packages"][0]["datapackage"], format!("/api{}", package_url()));
}

// ------------------------------------------------------ the data behind it

#[tokio::test]
async fn each_primary_key_is_its_tables_primary_key_in_the_database() {
    let answer: Answer = get("/talent.db").await;
    let dir = tempfile::tempdir().unwrap();
    let mut db = open_database(&dir, &answer.body).await;
    for kind in KINDS {
        // The table name comes from the static descriptors.
        let sql = format!("PRAGMA table_info({})", kind.table);
        let columns = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(&mut db).await.unwrap();
        let mut key: Vec<(i64, String)> = columns
            .iter()
            .filter(|c| c.get::<i64, _>("pk") > 0)
            .map(|c| (c.get::<i64, _>("pk"), c.get::<String, _>("name")))
            .filter(|(_, name)| name != "report_id")
            .collect();
        key.sort();
        let fields: Vec<&str> = key
            .iter()
            .map(|(_, column)| {
                kind.fields
                    .iter()
                    .find(|f| f.column == Some(column.as_str()))
                    .map(|f| f.name)
                    .unwrap_or_else(|| panic!("{}: column {column} is no field", kind.id))
            })
            .collect();
        assert_eq!(fields, kind.primary_key, "{}", kind.id);
    }
}

#[tokio::test]
async fn a_database_in_wal_mode_is_copied_whole_into_a_rollback_journal_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("talent.db");
    let url = format!("sqlite://{}", path.display());
    startup::load(&url).await.unwrap();
    // An operator switches the file to WAL and revises a figure; the change
    // sits in the WAL, not yet in the main file.
    let mut writer = SqliteConnection::connect(&url).await.unwrap();
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode = WAL")
        .fetch_one(&mut writer)
        .await
        .unwrap();
    assert_eq!(mode, "wal");
    sqlx::query("PRAGMA wal_autocheckpoint = 0")
        .execute(&mut writer)
        .await
        .unwrap();
    sqlx::query("UPDATE talent_cities SET share_pct = '31.44' WHERE rank = 1")
        .execute(&mut writer)
        .await
        .unwrap();

    let (loaded, _) = startup::load(&url).await.unwrap();
    let state = AppState::new(Arc::new(loaded));
    let answer = call(&state, "/talent.db").await;
    assert_eq!(answer.status, 200);
    let copy = tempfile::tempdir().unwrap();
    let mut db = open_database(&copy, &answer.body).await;
    let share: String = sqlx::query_scalar("SELECT share_pct FROM talent_cities WHERE rank = 1")
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(share, "31.44", "the copy holds what the WAL holds");
    let journal: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(journal, "delete");
    assert!(
        call(&state, "/talent/cities?limit=1").await.text().contains("31.44"),
        "and so does the data served"
    );
    writer.close().await.unwrap();
}
