#!/usr/bin/env bash
# Scores `hamish add` on the scrapinghub article-extraction benchmark (181 news pages with
# hand-checked bodies, MIT licensed): each page saved with `hamish add`, its body (the saved
# text without the title line) written to output/hamish.json, then the benchmark's own
# evaluate.py prints F1, precision and recall beside the extractors whose outputs it keeps.
#
# Usage: scripts/extraction-benchmark.sh BENCHMARK_CHECKOUT [HAMISH_BINARY]
# The checkout is not part of this repository (see BENCHMARKS.md); the script writes only into
# a copy of it under $TMPDIR.
set -euo pipefail
bench=$(realpath "${1:?give the path of a checkout of scrapinghub/article-extraction-benchmark}")
hamish=$(realpath "${2:-$(dirname "$0")/../target/release/hamish}")
work=$(mktemp -d)
cp -r "$bench"/{html,ground-truth.json,evaluate.py} "$work"/
mkdir -p "$work/output"
for tool in trafilatura rs_trafilatura readability_js dom_smoothie; do
  [ -f "$bench/output/$tool.json" ] && cp "$bench/output/$tool.json" "$work/output/"
done
cd "$work"
HAMISH="$hamish" python3 - <<'PY'
import gzip, json, os, pathlib, subprocess, tempfile, tomllib
hamish = os.environ["HAMISH"]
home = pathlib.Path(tempfile.mkdtemp())
env = dict(os.environ, XDG_DATA_HOME=str(home / "d"), XDG_CONFIG_HOME=str(home / "c"))
out = {}
for page in sorted(pathlib.Path("html").glob("*.html.gz")):
    key = page.name.split(".")[0]
    html = home / f"{key}.html"
    html.write_bytes(gzip.decompress(page.read_bytes()))
    lib = home / key
    subprocess.run([hamish, "add", "--to", str(lib), str(html)], capture_output=True, env=env)
    body = ""
    for txt in lib.glob("*.txt") if lib.exists() else []:
        side = tomllib.loads(pathlib.Path(f"{txt}.annotations.toml").read_text())
        lines = txt.read_text().split("\n")
        if lines and lines[0] == side["article"].get("title"):
            lines = lines[1:]
        body = "\n".join(lines).strip()
    out[key] = {"articleBody": body}
pathlib.Path("output/hamish.json").write_text(json.dumps(out, ensure_ascii=False))
PY
python3 evaluate.py --n-bootstrap 100
