#!/usr/bin/env python3
"""Scores trafilatura on the news-site-shaped pages of tests/data/news-pages (issue 16) and
stores its figures in tests/data/news-pages/trafilatura.json, which the test
`cargo test --test news news_pages` prints beside hamish's own and must not fall below.

The metric is the scrapinghub article-extraction-benchmark's: token 4-gram shingles of the
body (tokens are runs of Python's \\w), per page true/false positives and false negatives
normalised to sum 1, then precision and recall averaged over pages and F1 taken from the two
averages. Re-run after changing a page or its ground truth:

    python3 scripts/news-pages-trafilatura.py            # writes trafilatura.json
    python3 scripts/news-pages-trafilatura.py --check     # prints only
    python3 scripts/news-pages-trafilatura.py tests/data/news-pages-blind   # the blind corpus
"""
import argparse
import json
import pathlib
import re
from collections import Counter

import trafilatura

DEFAULT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "data" / "news-pages"
TOKEN = re.compile(r"\w+")


def shingles(text):
    tokens = TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + 4]) for i in range(max(1, len(tokens) - 3)) if tokens[i:i + 4])


def page_score(true, pred):
    t, p = shingles(true), shingles(pred)
    tp = sum(min(t[k], p[k]) for k in t.keys() | p.keys())
    fp = sum(max(0, p[k] - t[k]) for k in t.keys() | p.keys())
    fn = sum(max(0, t[k] - p[k]) for k in t.keys() | p.keys())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def precision(tp, fp, fn):
    return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))


def recall(tp, fp, fn):
    return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))


def figures(scores):
    ps = [precision(*s) for s in scores if s[0] + s[1] > 0]
    rs = [recall(*s) for s in scores if s[0] + s[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"f1": round(f1, 4), "precision": round(p, 4), "recall": round(r, 4)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="print, do not write")
    parser.add_argument("pages", nargs="?", type=pathlib.Path, default=DEFAULT,
                        help="a folder of PAGE.html files and their ground-truth.json")
    args = parser.parse_args()
    PAGES = args.pages
    truth = json.loads((PAGES / "ground-truth.json").read_text())
    scores = {}
    for key in sorted(truth):
        html = (PAGES / f"{key}.html").read_text()
        body = trafilatura.extract(html, include_comments=False) or ""
        scores[key] = page_score(truth[key]["articleBody"], body)
        print(f"{key:<14} F1-part {figures([scores[key]])}")
    out = {"extractor": f"trafilatura {trafilatura.__version__}",
           "options": "extract(html, include_comments=False)"}
    for lang in ["all", "ar", "fa", "he", "ur"]:
        keys = [k for k in scores if lang == "all" or k.startswith(lang + "-")]
        out[lang] = figures([scores[k] for k in keys])
        print(lang, out[lang])
    if not args.check:
        (PAGES / "trafilatura.json").write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
