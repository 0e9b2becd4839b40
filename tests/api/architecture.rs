//! The architecture holds: the modules of `src/` form layers whose imports
//! run one way (as `src/lib.rs` and `ARCHITECTURE.md` describe), and no
//! module imports a module that imports it back.
//!
//! The check reads the source: every `crate::`, `super::` and `self::` path
//! and every path through a child module, in `use` declarations and in code
//! (comments and string literals are ignored), resolved to the file of the
//! module it names.

use std::{
    collections::{BTreeMap, BTreeSet},
    path::{Path, PathBuf},
};

/// The top-level modules in layer order, lowest first: a module may use
/// modules of a lower layer, never of its own layer's neighbours above it.
/// Modules on one line share a layer and must not use each other.
const LAYERS: &[&[&str]] = &[
    &["config", "allowance"],
    &["telemetry", "error"],
    &["db", "metrics"],
    &["data"],
    &["query"],
    &["chart", "cache"],
    &["publish"],
    &["state"],
    &["http"],
    &["watch", "signals"],
    &["startup"],
    &["commands"],
];

/// A module of the crate: its path (`crate::http::layers::replay`) and file.
#[derive(Debug)]
struct Module {
    path: Vec<String>,
    file: PathBuf,
    /// Names of its child modules (`mod x;`).
    children: Vec<String>,
}

fn module_path(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).expect("a file under src/");
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    let mut path = vec!["crate".to_owned()];
    path.extend(parts);
    path
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without comments, string and char literals, and
/// `#[cfg(test)]` modules (tests may reach anywhere).
fn code_only(text: &str) -> String {
    let bytes: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let next = bytes.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < bytes.len() && bytes[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < bytes.len() && !(bytes[i] == '*' && bytes[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == 'r' && (next == Some('"') || (next == Some('#') && !prev_is_ident(&bytes, i))) {
            // Raw string r"..." or r#"..."#.
            let mut j = i + 1;
            let mut hashes = 0;
            while bytes.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if bytes.get(j) != Some(&'"') || prev_is_ident(&bytes, i) {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= bytes.len() {
                    break;
                }
                if bytes[j] == '"' && (0..hashes).all(|k| bytes.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < bytes.len() && bytes[i] != '"' {
                if bytes[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && bytes.get(i + 2) == Some(&'\'') {
            i += 3;
            out.push_str("' '");
        } else if c == '\'' && next == Some('\\') {
            i += 2;
            while i < bytes.len() && bytes[i] != '\'' {
                i += 1;
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(c);
            i += 1;
        }
    }
    strip_test_modules(&out)
}

fn prev_is_ident(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

/// Removes `#[cfg(test)] mod tests { ... }` blocks.
fn strip_test_modules(code: &str) -> String {
    let mut out = String::new();
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let Some(open) = after.find('{') else {
            rest = "";
            break;
        };
        let mut depth = 0;
        let mut end = after.len();
        for (k, ch) in after[open..].char_indices() {
            match ch {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + k + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// Expands a `use` tree (`crate::{a, b::{c, d}}`) into full paths.
fn expand_use_tree(tree: &str) -> Vec<String> {
    let tree: String = tree.split_whitespace().collect();
    fn expand(prefix: &str, tree: &str, out: &mut Vec<String>) {
        match tree.find('{') {
            None => {
                let path = tree.split(" as ").next().unwrap_or(tree);
                out.push(format!("{prefix}{path}"));
            }
            Some(open) => {
                let head = &tree[..open];
                let inner = &tree[open + 1..tree.rfind('}').expect("balanced braces")];
                let mut depth = 0;
                let mut start = 0;
                let bytes = inner.as_bytes();
                for (k, b) in bytes.iter().enumerate() {
                    match b {
                        b'{' => depth += 1,
                        b'}' => depth -= 1,
                        b',' if depth == 0 => {
                            let item = &inner[start..k];
                            if !item.is_empty() {
                                expand(&format!("{prefix}{head}"), item, out);
                            }
                            start = k + 1;
                        }
                        _ => {}
                    }
                }
                let item = &inner[start..];
                if !item.is_empty() {
                    expand(&format!("{prefix}{head}"), item, out);
                }
            }
        }
    }
    let mut out = Vec::new();
    expand("", &tree, &mut out);
    out
}

/// Every path the code names that starts with `crate`, `super`, `self` or a
/// child module of `module`.
fn referenced_paths(code: &str, module: &Module) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    let is_start = |word: &str| matches!(word, "crate" | "super" | "self") || module.children.iter().any(|c| c == word);
    // `use` declarations (with trees).
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let starts_word = at == 0 || !rest[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_');
        let after = &rest[at + 4..];
        let Some(end) = after.find(';') else { break };
        if starts_word {
            for path in expand_use_tree(&after[..end]) {
                let parts: Vec<String> = path.split("::").map(str::to_owned).collect();
                if parts.first().is_some_and(|p| is_start(p)) {
                    paths.push(parts);
                }
            }
        }
        rest = &after[end..];
    }
    // Paths in code: `word::word::...`.
    let chars: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if (chars[i].is_alphabetic() || chars[i] == '_') && !prev_is_ident(&chars, i) && (i == 0 || chars[i - 1] != ':')
        {
            let mut parts = Vec::new();
            let mut j = i;
            loop {
                let start = j;
                while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
                    j += 1;
                }
                parts.push(chars[start..j].iter().collect::<String>());
                if j + 2 < chars.len()
                    && chars[j] == ':'
                    && chars[j + 1] == ':'
                    && (chars[j + 2].is_alphabetic() || chars[j + 2] == '_')
                {
                    j += 2;
                } else {
                    break;
                }
            }
            if parts.len() > 1 && is_start(&parts[0]) {
                paths.push(parts);
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    paths
}

/// The module a path names: the longest prefix that is a module.
fn resolve(path: &[String], from: &Module, modules: &BTreeMap<Vec<String>, Module>) -> Option<Vec<String>> {
    let mut absolute: Vec<String> = Vec::new();
    let mut rest = path;
    match path.first().map(String::as_str) {
        Some("crate") => {
            absolute.push("crate".to_owned());
            rest = &path[1..];
        }
        Some("self") => {
            absolute = from.path.clone();
            rest = &path[1..];
        }
        Some("super") => {
            absolute = from.path.clone();
            while rest.first().is_some_and(|p| p == "super") {
                absolute.pop();
                rest = &rest[1..];
            }
        }
        _ => absolute = from.path.clone(),
    }
    let mut best = None;
    let mut candidate = absolute.clone();
    if modules.contains_key(&candidate) {
        best = Some(candidate.clone());
    }
    for part in rest {
        candidate.push(part.clone());
        if modules.contains_key(&candidate) {
            best = Some(candidate.clone());
        } else {
            break;
        }
    }
    best
}

fn modules() -> BTreeMap<Vec<String>, Module> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut modules = BTreeMap::new();
    for file in files {
        if file.ends_with("main.rs") {
            continue; // the binary: a crate of its own above everything
        }
        let path = module_path(&src, &file);
        let text = std::fs::read_to_string(&file).expect("a source file");
        let children = text
            .lines()
            .map(str::trim)
            .filter_map(|l| {
                let l = l.strip_prefix("pub ").unwrap_or(l);
                let l = l.strip_prefix("pub(crate) ").unwrap_or(l);
                l.strip_prefix("mod ")?.strip_suffix(';').map(str::to_owned)
            })
            .collect();
        modules.insert(path.clone(), Module { path, file, children });
    }
    modules
}

/// Edges between modules (files), with the path that makes each.
fn edges(modules: &BTreeMap<Vec<String>, Module>) -> BTreeMap<(Vec<String>, Vec<String>), String> {
    let mut edges = BTreeMap::new();
    for module in modules.values() {
        let code = code_only(&std::fs::read_to_string(&module.file).unwrap());
        for path in referenced_paths(&code, module) {
            if let Some(target) = resolve(&path, module, modules)
                && target != module.path
                && target != ["crate"]
            {
                edges
                    .entry((module.path.clone(), target))
                    .or_insert_with(|| path.join("::"));
            }
        }
    }
    edges
}

fn name(path: &[String]) -> String {
    path.join("::")
}

#[test]
fn no_module_imports_a_module_that_imports_it_back() {
    let modules = modules();
    assert!(modules.len() > 40, "found only {} modules", modules.len());
    let edges = edges(&modules);
    let graph: BTreeMap<&Vec<String>, BTreeSet<&Vec<String>>> =
        edges.keys().fold(BTreeMap::new(), |mut graph, (from, to)| {
            graph.entry(from).or_default().insert(to);
            graph
        });
    // A cycle is a path from a module back to itself.
    let mut cycles = Vec::new();
    for start in modules.keys() {
        let mut stack: Vec<(&Vec<String>, Vec<&Vec<String>>)> = vec![(start, vec![start])];
        let mut seen = BTreeSet::new();
        while let Some((node, trail)) = stack.pop() {
            for next in graph.get(node).into_iter().flatten() {
                if *next == start {
                    let mut names: Vec<String> = trail.iter().map(|p| name(p)).collect();
                    names.push(name(start));
                    cycles.push(names.join(" -> "));
                } else if seen.insert(*next) {
                    let mut trail = trail.clone();
                    trail.push(next);
                    stack.push((next, trail));
                }
            }
        }
    }
    cycles.sort();
    cycles.dedup();
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

#[test]
fn imports_run_down_the_layers_only() {
    let modules = modules();
    let rank = |path: &[String]| -> usize {
        let top = path.get(1).map(String::as_str).unwrap_or("");
        LAYERS
            .iter()
            .position(|layer| layer.contains(&top))
            .unwrap_or_else(|| panic!("module {} is in no layer of LAYERS", name(path)))
    };
    for module in modules.keys().filter(|m| m.len() > 1) {
        rank(module);
    }
    let mut upward = Vec::new();
    for ((from, to), via) in edges(&modules) {
        // The crate root only declares modules and re-exports.
        if from.len() == 1 {
            continue;
        }
        if from.get(1) != to.get(1) && rank(&to) >= rank(&from) {
            upward.push(format!("{} uses {} (via {via})", name(&from), name(&to)));
        }
    }
    assert!(upward.is_empty(), "imports against the layers:\n{}", upward.join("\n"));
}

#[test]
fn the_checker_sees_the_imports_it_must_see() {
    let modules = modules();
    let edges = edges(&modules);
    let has = |from: &str, to: &str| {
        edges
            .keys()
            .any(|(f, t)| name(f) == format!("crate::{from}") && name(t) == format!("crate::{to}"))
    };
    // A `use` tree, a path in code, `super::`, a child module.
    assert!(has("http::datasets", "query::render"));
    assert!(has("http::layers::replay", "http::layers::caching"));
    assert!(has("http::layers", "http::layers::observe"));
    assert!(has("chart", "chart::figure"));
    assert!(has("metrics", "telemetry"));
    assert!(has("state", "cache"));
}
