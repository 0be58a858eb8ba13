#!/usr/bin/env bash
# dyad benchmark: speed and memory against the spaCy peer, in one run, on the BBC corpus.
#
#   bench/run.sh                 # full corpus (2,225 articles)
#   BENCH_LIMIT=200 bench/run.sh # first 200 articles, for a quick check
#   PEER_VENV=DIR bench/run.sh   # where the peer's virtualenv lives (default ~/.cache/dyad-peer-venv)
#   SKIP_PEER=1 bench/run.sh     # dyad only
#   CARGO_TARGET_DIR=DIR         # honoured: the binary is DIR/release/dyad
#
# Prints words/s, MB/s and peak RSS for dyad on one core, dyad on all cores and the peer on one core,
# the dyad/peer ratio, ingest speed and database size, actor-profile latency and the stage profile.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shared=${SHARED:-$root/../shared}
corpus=$shared/corpora/bbc
[ -d "$corpus" ] || { echo "bench: no corpus at $corpus" >&2; exit 1; }
out=${BENCH_OUT:-$root/bench-out}
mkdir -p "$out"
limit=${BENCH_LIMIT:-0}

echo "== building dyad (release)"
cargo build --release -q -p dyad-cli
target=${CARGO_TARGET_DIR:-$root/target}
case $target in /*) ;; *) target=$root/$target ;; esac
dyad=$target/release/dyad

echo "== preparing the corpus"
python3 bench/prepare.py "$corpus" "$out/corpus.jsonl" "$limit" > "$out/corpus.stats"
read -r docs words bytes < "$out/corpus.stats"
echo "   $docs articles, $words words, $bytes bytes"

measure() { # name, command... ; writes "$out/$name.time" with "seconds maxrss_kb"
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$out/$name.time" "$@" > "$out/$name.out" 2> "$out/$name.err" || {
    echo "bench: $name failed, see $out/$name.err" >&2; return 1; }
}

echo "== dyad annotate, one core"
measure dyad1 "$dyad" annotate -j 1 --profile "$out/corpus.jsonl"
echo "== dyad annotate, all cores ($(nproc))"
measure dyadN "$dyad" annotate -j "$(nproc)" "$out/corpus.jsonl"

peer_ok=0
if [ "${SKIP_PEER:-0}" != 1 ]; then
  venv=${PEER_VENV:-$HOME/.cache/dyad-peer-venv}
  echo "== setting up the spaCy peer in $venv"
  if PEER_VENV=$venv bash "$shared/peers/setup.sh" > "$out/peer-setup.log" 2>&1; then
    echo "== peer annotate, one core"
    if OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 \
       measure peer "$venv/bin/python" "$shared/peers/spacy_annotate.py" annotate "$out/corpus.jsonl"; then
      peer_ok=1
    fi
  else
    echo "bench: the peer could not be set up (see $out/peer-setup.log); dyad figures only" >&2
  fi
fi

echo "== dyad ingest into a fresh store"
rm -f "$out/bench.db" "$out/bench.db-wal" "$out/bench.db-shm"
measure ingest "$dyad" ingest --quiet --db "$out/bench.db" "$out/corpus.jsonl"
dbsize=$(du -k "$out/bench.db" | cut -f1)

echo "== actor profile latency"
lat=$(python3 bench/latency.py "$dyad" "$out/bench.db" "United States" 21)

python3 bench/report.py "$out" "$docs" "$words" "$bytes" "$peer_ok" "$dbsize" "$lat"
