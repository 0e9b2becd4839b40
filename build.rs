//! Embeds every `seeds/*.sql` file into the binary, so that the service can
//! create and seed its database wherever it runs. Adding a report means adding
//! a seed file: it is picked up here without any code change.

use std::{env, fs, path::Path};

fn main() {
    let manifest_dir = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let seeds_dir = Path::new(&manifest_dir).join("seeds");
    println!("cargo:rerun-if-changed={}", seeds_dir.display());
    println!("cargo:rerun-if-changed=migrations");

    let mut files: Vec<_> = fs::read_dir(&seeds_dir)
        .expect("seeds/ folder is readable")
        .map(|entry| entry.expect("seeds/ entry is readable").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "sql"))
        .collect();
    files.sort();

    let mut generated = String::from("/// Seed files embedded at build time: (file name, SQL text), sorted by name.\n");
    generated.push_str("pub static SEED_FILES: &[(&str, &str)] = &[\n");
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_name().unwrap().to_string_lossy();
        generated.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    generated.push_str("];\n");

    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("seed_files.rs");
    fs::write(out, generated).expect("OUT_DIR is writable");
}
