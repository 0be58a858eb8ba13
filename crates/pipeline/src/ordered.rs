//! An order-keeping parallel map over a stream.

use std::collections::BTreeMap;
use std::sync::mpsc::{channel, sync_channel, Receiver};
use std::sync::{Arc, Mutex};

/// Applies `work` to every item of `input` on `jobs` threads and calls `emit`
/// with the results **in input order**, each as soon as it and all before it
/// are done. At most `jobs * 4` items are in flight, so memory stays bounded
/// however long the stream. With `jobs <= 1` everything runs on the calling
/// thread.
///
/// `emit` returning `false` stops the run early (e.g. a closed pipe).
pub fn run_ordered<I, T, R, W, E>(input: I, jobs: usize, work: W, mut emit: E)
where
    I: Iterator<Item = T> + Send,
    T: Send,
    R: Send,
    W: Fn(T) -> R + Sync,
    E: FnMut(R) -> bool,
{
    if jobs <= 1 {
        for item in input {
            if !emit(work(item)) {
                return;
            }
        }
        return;
    }
    let window = jobs * 4;
    std::thread::scope(|scope| {
        let (task_tx, task_rx) = sync_channel::<(usize, T)>(window);
        let task_rx = Arc::new(Mutex::new(task_rx));
        // (a panicking `work` sends its panic, which the emitter raises again: a hang otherwise, with
        // everything after that item waiting for it)
        let (done_tx, done_rx) = channel::<(usize, std::thread::Result<R>)>();
        // Credits bound the items in flight: the feeder takes one per item,
        // the emitter gives one back per emitted result.
        let (credit_tx, credit_rx) = sync_channel::<()>(window);
        for _ in 0..window {
            let _ = credit_tx.send(());
        }
        let work = &work;
        for _ in 0..jobs {
            let rx = Arc::clone(&task_rx);
            let tx = done_tx.clone();
            scope.spawn(move || loop {
                let next = match rx.lock() {
                    Ok(guard) => guard.recv(),
                    Err(_) => return,
                };
                match next {
                    Ok((i, item)) => {
                        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(item)));
                        let failed = r.is_err();
                        if tx.send((i, r)).is_err() || failed {
                            return;
                        }
                    }
                    Err(_) => return,
                }
            });
        }
        drop(done_tx);
        scope.spawn(move || feed(input, task_tx, credit_rx));
        let mut pending: BTreeMap<usize, R> = BTreeMap::new();
        let mut next = 0usize;
        let mut panicked = None;
        'outer: for (i, r) in done_rx.iter() {
            match r {
                Ok(r) => pending.insert(i, r),
                Err(payload) => {
                    panicked = Some(payload);
                    break 'outer;
                }
            };
            while let Some(r) = pending.remove(&next) {
                next += 1;
                if !emit(r) {
                    break 'outer;
                }
                let _ = credit_tx.try_send(());
            }
        }
        // Dropping these ends the feeder (no more credits) and the workers
        // (no more tasks, nowhere to send results).
        drop(credit_tx);
        drop(done_rx);
        if let Some(payload) = panicked {
            std::panic::resume_unwind(payload);
        }
    });
}

fn feed<I: Iterator<Item = T>, T>(input: I, tx: std::sync::mpsc::SyncSender<(usize, T)>, credits: Receiver<()>) {
    for (i, item) in input.enumerate() {
        if credits.recv().is_err() {
            return;
        }
        if tx.send((i, item)).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_with_uneven_work() {
        for jobs in [1, 2, 4] {
            let mut out = Vec::new();
            run_ordered(
                0..200u64,
                jobs,
                |i| {
                    std::thread::sleep(std::time::Duration::from_micros((200 - i) % 7 * 50));
                    i * 2
                },
                |r| {
                    out.push(r);
                    true
                },
            );
            assert_eq!(out, (0..200u64).map(|i| i * 2).collect::<Vec<_>>(), "jobs={jobs}");
        }
    }

    #[test]
    fn a_panicking_item_is_raised_again_not_waited_for() {
        let r = std::panic::catch_unwind(|| {
            run_ordered(0..1_000u32, 2, |i| if i == 3 { panic!("bug at 3") } else { i }, |_| true);
        });
        assert!(r.is_err(), "the panic reaches the caller");
    }

    #[test]
    fn stops_early_when_asked() {
        let mut out = Vec::new();
        run_ordered(0..10_000u32, 2, |i| i, |r| {
            out.push(r);
            out.len() < 5
        });
        assert_eq!(out, vec![0, 1, 2, 3, 4]);
    }
}
