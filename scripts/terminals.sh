#!/bin/sh
# Screenshots of hamish driven through its views in every installed terminal, in each BiDi and
# shaping mode, to look at (nothing here is asserted; README's "Terminal compatibility" table
# was filled from these pictures).
#
# For each terminal (xterm, mlterm, konsole, xfce4-terminal (VTE), kitty, alacritty, and
# variants with a setting of their own; those not installed are skipped with a note) and each
# mode (app-forms: --bidi app --shaping forms, app-none, terminal-none; or those named in MODES)
# it starts an Xvfb display, opens the home of a fresh HOME in the terminal, and with xdotool
# (keys through XTEST, to the window under the pointer: there is no window manager) takes, as
# OUT_DIR/TERMINAL-MODE-STEP.png:
#   1-home      the home: the annotated articles of seeds/ (as a configured library folder) and
#               the samples;
#   2-article   the first of them, at its first highlight (`]`);
#   3-passages  the passages view (`q`, `A`): every highlighted passage;
#   4-tags      the tags view (`esc`, `#`);
#   5-back      the article again after those views (stale cells would show here);
#   6-resized   the same after the window was made narrower (xdotool windowsize).
# What to look for: Arabic words in right-to-left order (compare a line with `fribidi --nopad`
# on the seed's paragraph), letters joined, brackets and digits the right way, no gaps inside
# words, nothing left over from the previous view.
#
# Needs xvfb, xdotool, imagemagick, fonts-dejavu-core and the terminals:
#   apt-get install -y xvfb xdotool imagemagick fonts-dejavu-core xterm mlterm konsole \
#       xfce4-terminal kitty alacritty
# TERMINAL+VARIANT names the terminal with a setting of its own: konsole+rtl-lines,
# konsole+no-bidi, kitty+force-ltr (see launch).
# kitty and alacritty need OpenGL: under Xvfb they get Mesa's software renderer (llvmpipe,
# LIBGL_ALWAYS_SOFTWARE=1).
#
# Usage: scripts/terminals.sh [OUT_DIR]
#   OUT_DIR  where the PNGs go (default: a new directory under /tmp, printed at the end)
# TERMINALS (default: all of them), MODES, HAMISH (default target/release/hamish, built if
# missing), DISPLAY_NUM (default 96) and SETTLE (seconds after each key, default 2) may be set.
set -eu

cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d /tmp/hamish-terminals.XXXXXX)}
hamish=${HAMISH:-target/release/hamish}
[ -x "$hamish" ] || cargo build --release --quiet
hamish=$(realpath "$hamish")
display=${DISPLAY_NUM:-96}
settle=${SETTLE:-2}
terminals=${TERMINALS:-xterm mlterm konsole konsole+rtl-lines konsole+no-bidi xfce4-terminal kitty \
    kitty+force-ltr alacritty}
# Terminal mode does not shape (the terminal does), so it has one mode, not two.
modes=${MODES:-app-forms app-none terminal-none}
mkdir -p "$out"
export DISPLAY=":$display"

# konsole_with COMMAND...: Konsole running COMMAND, with the profile options in $extra.
konsole_with() {
    $clean konsole --nofork --separate --hide-menubar --hide-tabbar -p TerminalColumns=100 \
        -p TerminalRows=30 -p 'Font=DejaVu Sans Mono,11,-1,5,50,0,0,0,0,0' $extra -e "$@"
}

# kitty_with COMMAND...: kitty without a configuration file running COMMAND, with the options
# in $extra.
kitty_with() {
    $clean kitty --config NONE -o 'font_family=DejaVu Sans Mono' -o font_size=11 \
        -o initial_window_width=100c -o initial_window_height=30c \
        -o remember_window_size=no $extra "$@"
}

# launch TERMINAL COMMAND...: starts TERMINAL (100x30 cells, DejaVu Sans Mono) running COMMAND,
# in an environment of its own ($clean: no variable of the terminal this script runs in).
launch() {
    term=$1
    shift
    extra=
    case $term in
    xterm) $clean xterm -geometry 100x30+0+0 -fa 'DejaVu Sans Mono' -fs 11 \
        -xrm 'XTerm*utf8: 1' -e "$@" ;;
    # mlterm's complex text layout (BiDi and shaping, --ctl) is on by default.
    mlterm) $clean mlterm --geometry 100x30+0+0 --fontsize 13 --km UTF-8 -e "$@" ;;
    # Konsole's BiDi rendering is on in its default profile, with every line laid out left to
    # right (BidiLineLTR); +rtl-lines lets each line take its direction from its letters,
    # +no-bidi switches its BiDi off (the profile's "Bi-directional text rendering").
    konsole) konsole_with "$@" ;;
    konsole+rtl-lines) extra='-p BidiLineLTR=false' && konsole_with "$@" ;;
    konsole+no-bidi) extra='-p BidiRenderingEnabled=false' && konsole_with "$@" ;;
    xfce4-terminal) $clean xfce4-terminal --disable-server --hide-menubar --hide-toolbar \
        --hide-scrollbar --geometry 100x30+0+0 --font 'DejaVu Sans Mono 11' -x "$@" ;;
    # kitty +force-ltr: its `force_ltr yes` (no reordering of what it is sent).
    kitty) kitty_with "$@" ;;
    kitty+force-ltr) extra='-o force_ltr=yes' && kitty_with "$@" ;;
    alacritty) $clean alacritty -o window.dimensions.columns=100 \
        -o window.dimensions.lines=30 -o 'font.normal.family="DejaVu Sans Mono"' \
        -o font.size=11 -e "$@" ;;
    esac
}

# keys KEY...: types the keys (xdotool names) into the window under the pointer, then waits.
keys() {
    xdotool key --delay 200 "$@"
    sleep "$settle"
}

# shot NAME: the whole screen into OUT_DIR/NAME.png.
shot() {
    import -window root "$out/$1.png"
}

# annotate: highlights in the first two articles (with digits, guillemets and lam-alef in them).
annotate() {
    a="$home/news/000_634842d1e9bc2a25.txt"
    "$hamish" annotate --quote 'قناة «روسيا 24» التلفزيونية' --tag إعلام --tag روسيا "$a"
    "$hamish" annotate --quote 'ولا يوجد شيء سري هناك' --tag 'لا سرية' --color green \
        --note 'لا تحالف' "$a"
    "$hamish" annotate --quote 'حلف شمال الأطلسي «الناتو»' --tag الناتو --color blue "$a"
    "$hamish" annotate --quote 'خمسة أشياء' --tag إعلام "$home/news/001_f0ad7be50af453a6.txt"
} >/dev/null

# largest_window: the id of the largest window on the screen (the terminal's; there is no window
# manager).
largest_window() {
    xwininfo -root -children | awk '$1 ~ /^0x/ {
        for (i = 2; i <= NF; i++) if ($i ~ /^[0-9]+x[0-9]+\+/) {
            split($i, d, /[x+]/)
            if (d[1] * d[2] > best) { best = d[1] * d[2]; id = $1 }
        }
    } END { print id }'
}

# run TERMINAL MODE: one terminal in one mode (app-forms: --bidi app --shaping forms), through
# every step, on a display and in a HOME of its own.
run() {
    name="$1-$2"
    bidi=${2%-*}
    shaping=${2#*-}
    home=$(mktemp -d /tmp/hamish-home.XXXXXX)
    clean="env -i PATH=$PATH HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data
        XDG_RUNTIME_DIR=$home DISPLAY=$DISPLAY LANG=C.UTF-8 LIBGL_ALWAYS_SOFTWARE=1"
    mkdir -p "$home/news" "$home/config/hamish"
    cp seeds/* "$home/news/"
    annotate
    printf 'library = ["%s/news"]\n' "$home" >"$home/config/hamish/config.toml"
    Xvfb "$DISPLAY" -screen 0 1100x700x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    sleep 1
    launch "$1" "$hamish" --bidi "$bidi" --shaping "$shaping" >"$out/$name.log" 2>&1 &
    pid=$!
    # Until hamish has drawn: Konsole, and kitty and Alacritty (software GL), start slowly.
    case $1 in
    konsole*) sleep $((settle + 8)) ;;
    kitty* | alacritty) sleep $((settle + 5)) ;;
    *) sleep $((settle + 3)) ;;
    esac
    xdotool mousemove 200 200
    shot "$name-1-home"
    keys Return bracketright
    shot "$name-2-article"
    keys q A
    shot "$name-3-passages"
    keys Escape numbersign
    shot "$name-4-tags"
    keys Escape Return bracketright
    shot "$name-5-back"
    window=$(largest_window)
    [ -n "$window" ] && xdotool windowsize "$window" 700 500
    sleep "$settle"
    shot "$name-6-resized"
    # Without its display the terminal exits, and hamish with it (its terminal hung up).
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" "$pid" 2>/dev/null || true
    rm -rf "$home"
}

for t in $terminals; do
    if ! command -v "${t%%+*}" >/dev/null; then
        echo "$t: not installed, skipped" >&2
        continue
    fi
    for mode in $modes; do
        run "$t" "$mode"
    done
done
echo "$out"
