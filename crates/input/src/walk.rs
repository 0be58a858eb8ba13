//! Walking paths and opening files, lazily and in a deterministic order.

use crate::jsonl::JsonlReader;
use crate::{decode_text, diag, looks_binary, read_bytes, Format, Item, ReadOptions, StdinFormat};
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Reads every path (a file, a directory walked recursively in sorted order,
/// or `-`/nothing for stdin) and yields items in input order. Files inside a
/// directory whose extension dyad does not read are skipped; a file named
/// explicitly is read as text when its extension is unknown.
pub fn read_paths(paths: &[PathBuf], opts: &ReadOptions) -> Paths {
    let mut queue = VecDeque::new();
    if paths.is_empty() {
        queue.push_back(Entry::Stdin);
    }
    for p in paths {
        if p.as_os_str() == "-" {
            queue.push_back(Entry::Stdin);
        } else {
            queue.push_back(Entry::Named(p.clone()));
        }
    }
    Paths { queue, current: None, opts: opts.clone() }
}

enum Entry {
    Stdin,
    Named(PathBuf),
    Walked(PathBuf),
}

/// The lazy stream of items from [`read_paths`].
pub struct Paths {
    queue: VecDeque<Entry>,
    current: Option<Box<dyn Iterator<Item = Item> + Send>>,
    opts: ReadOptions,
}

impl Iterator for Paths {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(cur) = &mut self.current {
                if let Some(item) = cur.next() {
                    return Some(item);
                }
                self.current = None;
            }
            match self.queue.pop_front()? {
                Entry::Stdin => self.current = Some(self.open_stdin()),
                Entry::Named(p) => {
                    if p.is_dir() {
                        match list_dir(&p) {
                            Ok(entries) => {
                                for e in entries.into_iter().rev() {
                                    self.queue.push_front(e);
                                }
                            }
                            Err(msg) => return Some(Item::Error(diag(p.display().to_string(), msg))),
                        }
                    } else {
                        self.current = Some(self.open_file(&p, true));
                    }
                }
                Entry::Walked(p) => self.current = Some(self.open_file(&p, false)),
            }
        }
    }
}

fn list_dir(dir: &Path) -> Result<Vec<Entry>, String> {
    let rd = std::fs::read_dir(dir).map_err(|e| format!("cannot read directory: {e}"))?;
    let mut paths: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let mut out = Vec::new();
    for p in paths {
        let hidden = p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            out.extend(list_dir(&p)?);
        } else if Format::from_name(&p.to_string_lossy()).is_some() {
            out.push(Entry::Walked(p));
        } else {
            tracing::debug!("skipping {} (not a format dyad reads)", p.display());
        }
    }
    Ok(out)
}

type Items = Box<dyn Iterator<Item = Item> + Send>;

fn one(item: Item) -> Items {
    Box::new(std::iter::once(item))
}

impl Paths {
    fn open_stdin(&self) -> Items {
        let opts = self.opts.clone();
        match opts.stdin_format {
            StdinFormat::Jsonl => {
                Box::new(JsonlReader::new("<stdin>".into(), Box::new(BufReader::new(std::io::stdin())), opts))
            }
            f => {
                let mut buf = Vec::new();
                let limit = opts.max_bytes as u64 + 1;
                if let Err(e) = std::io::stdin().take(limit).read_to_end(&mut buf) {
                    return one(Item::Error(diag("<stdin>", format!("read error: {e}"))));
                }
                let fmt = if f == StdinFormat::Html { Format::Html } else { Format::Text };
                Box::new(read_bytes("<stdin>", &buf, fmt, &opts).into_iter())
            }
        }
    }

    fn open_file(&self, path: &Path, explicit: bool) -> Items {
        let name = path.display().to_string();
        let (format, gz) = match Format::from_name(&name) {
            Some(x) => x,
            None if explicit => (Format::Text, false),
            None => return Box::new(std::iter::empty()),
        };
        let file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) => return one(Item::Error(diag(&name, format!("cannot open: {e}")))),
        };
        let raw: Box<dyn Read + Send> = if gz { Box::new(flate2::read::MultiGzDecoder::new(file)) } else { Box::new(file) };
        let mut reader: Box<dyn BufRead + Send> = Box::new(BufReader::with_capacity(1 << 16, raw));
        // peek for binary content
        let head = match reader.fill_buf() {
            Ok(h) => h.to_vec(),
            Err(e) => return one(Item::Error(diag(&name, format!("cannot read: {e}")))),
        };
        if looks_binary(&head) && format != Format::Warc {
            return one(Item::Warning(diag(&name, "looks like a binary file, skipped")));
        }
        let opts = self.opts.clone();
        match format {
            Format::Jsonl => Box::new(JsonlReader::new(name, reader, opts)),
            Format::Warc => Box::new(crate::warcs::read_warc(&name, reader, &opts).into_iter()),
            _ => {
                // whole-file formats: read at most a little over the limit
                let cap = if format == Format::Feed { opts.max_bytes.saturating_mul(8) } else { opts.max_bytes };
                let mut buf = Vec::new();
                if let Err(e) = reader.take(cap as u64 + 1).read_to_end(&mut buf) {
                    return one(Item::Error(diag(&name, format!("cannot read: {e}"))));
                }
                if buf.len() > cap {
                    return one(Item::Error(diag(
                        &name,
                        format!("file is over the size limit of {} bytes (raise it with --max-bytes)", cap),
                    )));
                }
                if format == Format::Text {
                    let (text, bad) = decode_text(&buf);
                    let mut v = Vec::new();
                    if let Some(off) = bad {
                        v.push(Item::Warning(diag(&name, format!("invalid UTF-8 at byte {off}, replaced with U+FFFD"))));
                    }
                    v.push(crate::make_doc(text, dyad_core::Meta::default(), name, &opts));
                    return Box::new(v.into_iter());
                }
                Box::new(read_bytes(&name, &buf, format, &opts).into_iter())
            }
        }
    }
}
