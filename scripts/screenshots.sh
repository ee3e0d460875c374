#!/bin/sh
# Screenshots of hamish in real terminals, to look at (nothing here is asserted):
#   xterm.png          — no BiDi of its own: hamish's app mode (it reorders and shapes);
#   mlterm.png         — reorders by itself: MLTERM is set, so `bidi = auto` picks terminal mode;
#   mlterm-library.png — the sample library in terminal mode.
# What to look for: Arabic reads right to left in both; the status line reads left to right
# ("title … 0% · terminal · ? help", not "%0"); no light cell at the left edge of any row.
# Each terminal runs under its own Xvfb display; `import -window root` (ImageMagick) takes the
# picture once the screen has settled. Needs xvfb, xterm, mlterm, imagemagick and a font with
# Arabic (DejaVu Sans Mono):  apt-get install -y xvfb xterm mlterm imagemagick fonts-dejavu-core
#
# Usage: scripts/screenshots.sh [OUT_DIR] [ARTICLE]
#   OUT_DIR  where the PNGs go (default: a new directory under /tmp, printed at the end)
#   ARTICLE  the file to open (default: seeds/001_f0ad7be50af453a6.txt)
# HAMISH (default target/debug/hamish, built if missing) and DISPLAY_NUM (default 97) may be set.
set -eu

cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d /tmp/hamish-screens.XXXXXX)}
article=$(realpath "${2:-seeds/001_f0ad7be50af453a6.txt}")
hamish=${HAMISH:-target/debug/hamish}
[ -x "$hamish" ] || cargo build --quiet
hamish=$(realpath "$hamish")
display=${DISPLAY_NUM:-97}
mkdir -p "$out"

# A home of its own: no user config, themes or sidecars; the article is copied in.
home=$(mktemp -d /tmp/hamish-home.XXXXXX)
cp "$article" "$home/"
[ -e "$article.annotations.toml" ] && cp "$article.annotations.toml" "$home/"
copy="$home/$(basename "$article")"

# shot NAME COMMAND...: runs COMMAND on a fresh display, waits, takes the screen, stops both.
shot() {
    name=$1
    shift
    Xvfb ":$display" -screen 0 1100x640x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    sleep 1
    env -i PATH="$PATH" HOME="$home" XDG_CONFIG_HOME="$home/config" \
        XDG_DATA_HOME="$home/data" DISPLAY=":$display" LANG=C.UTF-8 "$@" >/dev/null 2>&1 &
    term=$!
    sleep "${SETTLE:-3}"
    DISPLAY=":$display" import -window root "$out/$name.png"
    kill "$term" 2>/dev/null || true
    wait "$term" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
}

shot xterm xterm -geometry 100x30+0+0 -fa 'DejaVu Sans Mono' -fs 11 \
    -xrm 'XTerm*utf8: 1' -e "$hamish" "$copy"
# mlterm's complex text layout (BiDi and shaping, --ctl) is on by default; its font is
# fontconfig's monospace.
shot mlterm mlterm --geometry 100x30+0+0 --fontsize 13 --km UTF-8 -e "$hamish" "$copy"
# The library of the sample articles (installed into the data directory on first run).
shot mlterm-library mlterm --geometry 100x30+0+0 --fontsize 13 --km UTF-8 -e "$hamish"

rm -rf "$home"
echo "$out/xterm.png"
echo "$out/mlterm.png"
echo "$out/mlterm-library.png"
