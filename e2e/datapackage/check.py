"""Reads every report's downloads as a data user would, and checks them.

    python check.py BASE_URL OUT_DIR

For each report in GET /reports:

1. `frictionless validate --json` on the served `datapackage.json` URL (each
   resource's relative path resolves against it, so every CSV is fetched
   from the service): valid, one task per dataset, 0 errors.
2. The zip downloaded to OUT_DIR, then `frictionless validate --json` on the
   local file (a remote zip URL would be checked as an opaque file only):
   valid, one task per dataset, 0 errors. A copy with one figure changed
   must be invalid (so the validator really reads the data).
3. pandas reads every CSV of the zip (`encoding="utf-8-sig"`): its row count
   equals the dataset's `meta.total`, its columns are the Table Schema's
   fields, and Beijing's share is 31.42.

Prints one line per check; exits 1 on the first failure.
"""

import io
import json
import subprocess
import sys
import urllib.request
import zipfile
from pathlib import Path

import pandas as pd

BASE, OUT = sys.argv[1].rstrip("/"), Path(sys.argv[2])
FRICTIONLESS = str(Path(sys.executable).with_name("frictionless"))


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def get(path):
    with urllib.request.urlopen(BASE + path, timeout=30) as answer:
        return answer.read()


def get_json(path):
    return json.loads(get(path))


def validate(target, expected_tasks):
    """Runs `frictionless validate --json` and returns its report."""
    run = subprocess.run([FRICTIONLESS, "validate", "--json", str(target)], capture_output=True, text=True)
    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError:
        fail(f"frictionless printed no JSON for {target}: {run.stdout[:500]} {run.stderr[:500]}")
    errors = [(e.get("type"), e.get("note", "")[:200]) for e in report.get("errors", [])]
    for task in report.get("tasks", []):
        errors += [(task.get("name"), e.get("type"), e.get("note", "")[:200]) for e in task.get("errors", [])]
    stats = report.get("stats", {})
    tasks = len(report.get("tasks", []))
    if not report.get("valid") or errors or stats.get("errors") != 0 or tasks != expected_tasks:
        fail(f"{target}: valid={report.get('valid')} tasks={tasks}/{expected_tasks} errors={errors[:10]}")
    return report, stats


reports = get_json("/reports")["data"]
if not reports:
    fail("no reports")
for report in reports:
    rid = report["id"]
    datasets = {d["dataset"]: d for d in report["datasets"]}
    expected = len(datasets)
    package_url = BASE + report["downloads"]["datapackage"]

    # 1. The served descriptor, resolved online.
    online, stats = validate(package_url, expected)
    (OUT / f"{rid}-online.json").write_text(json.dumps(online, indent=1, ensure_ascii=False))
    rows = sum(t["stats"].get("rows", 0) for t in online["tasks"])
    print(f"frictionless {package_url}: valid, {stats['tasks']} resources, {stats['errors']} errors, {rows} rows")

    # 2. The zip, downloaded first.
    zip_path = OUT / f"{rid}.zip"
    zip_path.write_bytes(get(report["downloads"]["zip"]))
    local, stats = validate(zip_path, expected)
    (OUT / f"{rid}-zip.json").write_text(json.dumps(local, indent=1, ensure_ascii=False))
    print(f"frictionless {zip_path.name} (downloaded): valid, {stats['tasks']} resources, {stats['errors']} errors")

    broken = OUT / f"{rid}-broken.zip"
    with zipfile.ZipFile(zip_path) as source, zipfile.ZipFile(broken, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "data/talent-cities.csv":
                data = data.replace(b"31.42", b"31.43", 1)
            target.writestr(item, data)
    run = subprocess.run([FRICTIONLESS, "validate", "--json", str(broken)], capture_output=True, text=True)
    if json.loads(run.stdout).get("valid"):
        fail(f"{broken.name}: a changed figure went unnoticed")
    print(f"frictionless {broken.name} (one figure changed): invalid, as it must be")

    # 3. pandas.
    with zipfile.ZipFile(zip_path) as archive:
        package = json.loads(archive.read("datapackage.json"))
        if sorted(r["name"] for r in package["resources"]) != sorted(datasets):
            fail(f"{rid}: the package's resources are not the report's datasets")
        for resource in package["resources"]:
            frame = pd.read_csv(io.BytesIO(archive.read(resource["path"])), encoding="utf-8-sig")
            total = get_json(resource["links"]["json"])["meta"]["total"]
            columns = [f["name"] for f in resource["schema"]["fields"]]
            if len(frame) != total:
                fail(f"{rid}/{resource['name']}: pandas reads {len(frame)} rows, meta.total is {total}")
            if list(frame.columns) != columns:
                fail(f"{rid}/{resource['name']}: columns {list(frame.columns)} != schema {columns}")
            print(f"pandas {resource['path']}: {len(frame)} rows = meta.total {total}, {len(columns)} columns")
        if rid == "maimai-aigc-talent-2023":
            cities = pd.read_csv(io.BytesIO(archive.read("data/talent-cities.csv")), encoding="utf-8-sig")
            beijing = cities.loc[cities["city_en"] == "Beijing", "share_pct"].iloc[0]
            if f"{beijing:.2f}" != "31.42":
                fail(f"Beijing's share reads {beijing}")
            print("pandas: Beijing's share is 31.42")
print("ok")
