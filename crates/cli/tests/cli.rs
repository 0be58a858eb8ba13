//! End-to-end tests of the `dyad` binary: every input format through
//! `annotate` validates against the JSON Schema; bad input is reported with
//! its origin and never stops a batch; `ingest` is idempotent and survives
//! being killed mid-way.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn dyad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run_with_stdin(mut cmd: Command, input: &str) -> Output {
    let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn schema() -> jsonschema::Validator {
    let s: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("schema/document.schema.json")).unwrap()).unwrap();
    jsonschema::validator_for(&s).unwrap()
}

/// Every line validates and every span slices `text` on char boundaries.
fn check_lines(stdout: &[u8]) -> Vec<serde_json::Value> {
    let v = schema();
    let mut out = Vec::new();
    for line in String::from_utf8(stdout.to_vec()).unwrap().lines() {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        if let Err(e) = v.validate(&doc) {
            panic!("line does not validate: {e}\n{line}");
        }
        if let Some(text) = doc["text"].as_str() {
            let mut spans = Vec::new();
            for e in doc["entities"].as_array().unwrap() {
                spans.extend(e["mentions"].as_array().unwrap().iter().cloned());
            }
            for q in doc["quotes"].as_array().unwrap() {
                spans.push(q["span"].clone());
                if !q["cue"].is_null() {
                    spans.push(q["cue"].clone());
                }
            }
            for e in doc["events"].as_array().unwrap() {
                spans.push(e["trigger"].clone());
            }
            for s in spans {
                let (a, b) = (s[0].as_u64().unwrap() as usize, s[1].as_u64().unwrap() as usize);
                assert!(a <= b && b <= text.len(), "span {a}..{b} out of bounds");
                assert!(text.is_char_boundary(a) && text.is_char_boundary(b), "span {a}..{b} splits a char");
            }
        }
        out.push(doc);
    }
    out
}

#[test]
fn every_bundled_example_format_annotates_and_validates() {
    let examples = root().join("examples");
    let mut seen_exts = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(&examples).unwrap() {
        let p = entry.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let ext = name.split_once('.').map(|x| x.1.to_string()).unwrap_or_default();
        let out = dyad().arg("annotate").arg(&p).output().unwrap();
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        let docs = check_lines(&out.stdout);
        assert!(!docs.is_empty(), "{name} produced no document");
        assert!(docs.iter().all(|d| d["error"].is_null()), "{name} had an error");
        seen_exts.insert(ext);
    }
    for want in ["txt", "html", "jsonl", "xml", "warc.gz", "txt.gz"] {
        assert!(seen_exts.iter().any(|e| e == want), "no example of .{want}: {seen_exts:?}");
    }
}

#[test]
fn jsonl_stdin_is_a_filter_one_line_per_line() {
    let input = concat!(
        r#"{"id":"a","text":"Baku and Yerevan agreed to talks.","published":"2025-02-01"}"#,
        "\n",
        "{not json\n",
        r#"{"id":"c","text":""}"#,
        "\n"
    );
    let out = run_with_stdin(
        {
            let mut c = dyad();
            c.args(["annotate", "-j", "2"]);
            c
        },
        input,
    );
    assert_eq!(out.status.code(), Some(1), "a malformed line makes the exit status non-zero");
    let docs = check_lines(&out.stdout);
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[0]["id"], "a");
    assert_eq!(docs[0]["published"], "2025-02-01");
    assert!(docs[1]["error"].is_string());
    assert!(docs[1]["origin"].as_str().unwrap().contains('2'), "origin names the line: {}", docs[1]["origin"]);
    assert_eq!(docs[2]["id"], "c");
    assert_eq!(docs[2]["entities"].as_array().unwrap().len(), 0);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 2") || err.contains(":2"), "stderr names the line: {err}");
}

#[test]
fn text_from_stdin_keeps_the_exact_text() {
    let text = "Türkiye’s envoy met officials in Tbilisi.\r\nThey talked.";
    let out = run_with_stdin(
        {
            let mut c = dyad();
            c.args(["annotate", "--from", "text", "--published", "2024-05-06"]);
            c
        },
        text,
    );
    assert!(out.status.success());
    let docs = check_lines(&out.stdout);
    assert_eq!(docs[0]["text"], text);
    assert_eq!(docs[0]["published"], "2024-05-06");
}

#[test]
fn a_missing_file_is_named_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "Officials in Kyiv welcomed the decision.").unwrap();
    let missing = dir.path().join("missing.txt");
    let out = dyad().arg("annotate").arg(&missing).arg(&good).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("missing.txt"), "{err}");
    let docs = check_lines(&out.stdout);
    assert!(docs.iter().any(|d| d["text"] == "Officials in Kyiv welcomed the decision."));
}

#[test]
fn output_is_identical_whatever_the_number_of_threads() {
    let examples = root().join("examples");
    let one = dyad().args(["annotate", "-j", "1"]).arg(&examples).output().unwrap();
    let two = dyad().args(["annotate", "-j", "2"]).arg(&examples).output().unwrap();
    assert!(one.status.success() && two.status.success());
    assert_eq!(one.stdout, two.stdout);
}

fn count(db: &Path, what: &str) -> usize {
    let out = dyad().args(["actors", "--json", "--limit", "100000", "--db"]).arg(db).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let _ = what;
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v.as_array().map(|a| a.len()).unwrap_or(0)
}

#[test]
fn ingest_is_idempotent_and_queries_answer() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let examples = root().join("examples");
    let first = dyad().args(["ingest", "--quiet"]).arg(&examples).arg("--db").arg(&db).output().unwrap();
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    let actors = count(&db, "actors");
    assert!(actors > 5);
    let second = dyad().args(["ingest", "--quiet"]).arg(&examples).arg("--db").arg(&db).output().unwrap();
    assert!(second.status.success());
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(err.contains(" 0 new documents"), "{err}");
    assert_eq!(count(&db, "actors"), actors);
    for args in [
        vec!["quotes", "--json"],
        vec!["events", "--json"],
        vec!["search", "minister", "--json"],
        vec!["actors", "--kind", "state"],
    ] {
        let out = dyad().args(&args).arg("--db").arg(&db).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(!out.stdout.is_empty(), "{args:?} printed nothing");
    }
}

#[test]
fn killed_ingest_loses_nothing_when_rerun() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("many.jsonl");
    let n = 3000;
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&input).unwrap());
        for i in 0..n {
            writeln!(
                f,
                "{}",
                serde_json::json!({"id": format!("d{i}"), "text": format!("Report {i}: Moscow and Kyiv traded accusations while Ankara offered to mediate talks on day {i}.")})
            )
            .unwrap();
        }
    }
    let db = dir.path().join("k.db");
    let mut child = dyad()
        .args(["ingest", "--quiet", "--batch", "50", "-j", "1"])
        .arg(&input)
        .arg("--db")
        .arg(&db)
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    let _ = child.kill();
    let _ = child.wait();
    let out = dyad().args(["ingest", "--quiet"]).arg(&input).arg("--db").arg(&db).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("store now holds {n} documents")), "{err}");
}

#[test]
fn a_file_that_is_not_a_database_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("notes.db");
    std::fs::write(&db, "this is not sqlite, just notes\n".repeat(200)).unwrap();
    let out = dyad().args(["actors", "--db"]).arg(&db).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("notes.db"));
}
