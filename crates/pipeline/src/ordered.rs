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
        let (done_tx, done_rx) = channel::<(usize, R)>();
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
                        if tx.send((i, work(item))).is_err() {
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
        'outer: for (i, r) in done_rx.iter() {
            pending.insert(i, r);
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
    fn stops_early_when_asked() {
        let mut out = Vec::new();
        run_ordered(0..10_000u32, 2, |i| i, |r| {
            out.push(r);
            out.len() < 5
        });
        assert_eq!(out, vec![0, 1, 2, 3, 4]);
    }
}
