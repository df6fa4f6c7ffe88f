//! Runs the built `ggi` binary and builds the export files the tests feed it.
#![allow(dead_code)]

use ggi_core::catalogue::Catalogue;
use ggi_core::export;
use ggi_core::journey;
use ggi_core::progress::Status;
use ggi_core::sample;
use ggi_core::schema::Document;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What one run printed and how it ended.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `ggi ARGS` with `stdin` as standard input.
pub fn ggi_with_stdin(args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ggi"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("ggi starts: {e}"));
    if let Some(mut input) = child.stdin.take() {
        // A command may stop reading early (a too-large input): a broken pipe is fine.
        let _ = input.write_all(stdin);
    }
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("ggi runs: {e}"));
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs `ggi ARGS` with an empty standard input.
pub fn ggi(args: &[&str]) -> Run {
    ggi_with_stdin(args, b"")
}

/// A fixture committed in `cli/tests/fixtures/`.
pub fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

/// A file of the repository (`core/tests/fixtures/…`, `catalogue/…`).
pub fn repo_file(path: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(path)
        .display()
        .to_string()
}

/// A fresh directory under the target directory for one test's files.
pub fn scratch(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    dir
}

/// The sample organisation as the app exports it.
pub fn sample_document() -> Document {
    let c = Catalogue::embedded();
    let mut doc = Document::new(&c, "2027-03-01T09:00:00Z");
    doc.workspaces[0] =
        sample::organisation(&c, "ws-1", "2027-03-01T09:00:00Z", ggi_core::i18n::Lang::En);
    doc
}

pub fn export_text(doc: &Document) -> String {
    export::to_json(&export::export(doc, None, "2027-03-01T09:00:00Z"))
}

/// Writes `text` to `dir/name` and returns the path.
pub fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    path.display().to_string()
}

/// A valid export of about `bytes` bytes: workspaces full of evidence, as a large organisation
/// that keeps long evidence in every point might produce.
pub fn large_export(bytes: usize) -> String {
    let c = Catalogue::embedded();
    let mut doc = Document::new(&c, "2027-03-01T09:00:00Z");
    let evidence = "Minutes of the OSPO board, repository links and audit notes. ".repeat(60);
    let template = {
        let mut ws = doc.workspaces[0].clone();
        for a in &c.activities {
            journey::set_status(&mut ws, &a.id, Status::InProgress, "2027-03-01");
            for vp in &a.verification_points {
                journey::set_point(&mut ws, &a.id, &vp.id, true, "2027-03-01", "2027-03-01");
                journey::set_evidence(&mut ws, &a.id, &vp.id, &evidence, "2027-03-01");
            }
        }
        ws
    };
    let one = export_text(&doc).len();
    let per_workspace = serde_json::to_string_pretty(&template)
        .map(|s| s.len())
        .unwrap_or(1);
    let count = (bytes.saturating_sub(one) / per_workspace).max(1);
    doc.workspaces.clear();
    for i in 0..count {
        let mut ws = template.clone();
        ws.id = format!("ws-{i}");
        ws.name = format!("Department {i}");
        doc.workspaces.push(ws);
    }
    doc.active_workspace = "ws-0".into();
    export_text(&doc)
}

/// Runs `ggi ARGS` with `stdin`, its address space capped (so a command that reads without
/// end fails fast instead of filling the machine's memory) and killed if it has not ended
/// within `limit`. Returns what it printed and how long it took.
#[cfg(unix)]
pub fn ggi_bounded(
    args: &[&str],
    stdin: Stdio,
    limit: std::time::Duration,
) -> (Run, std::time::Duration) {
    use std::io::Read;
    let started = std::time::Instant::now();
    let mut child = Command::new("sh")
        .arg("-c")
        .arg("ulimit -v 2097152; exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_ggi"))
        .args(args)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("ggi starts: {e}"));
    // Drained while it runs, so a full pipe never blocks it.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut text = String::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_string(&mut text);
            }
            text
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let status = loop {
        if let Some(status) = child.try_wait().unwrap_or_else(|e| panic!("{e}")) {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("ggi {args:?} did not end within {limit:?}");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let took = started.elapsed();
    let run = Run {
        code: status.code().unwrap_or(-1),
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
    };
    (run, took)
}
