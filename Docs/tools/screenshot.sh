#!/usr/bin/env bash
# Captures the reader on the demo collection in a real terminal (xterm under Xvfb) for the README:
#   Docs/images/reader-list.png     the list pane, as the demo opens
#   Docs/images/reader-article.png  an article with an English paragraph quoting Arabic in ﴿…﴾
#
# Usage: Docs/tools/screenshot.sh [path/to/sahifa]      (`make screenshots` builds it and passes it)
# Needs: Xvfb, xterm, xdotool, ImageMagick's `import`, fonts-dejavu-core, fonts-noto-core, fonts-noto-color-emoji
#        (`make screenshot-deps` installs them).
#
# The keys that walk from the opening screen to the article depend on the demo collection; override them
# without editing this file:
#   LIST_KEYS      keys sent before the list capture                 (default: none)
#   ARTICLE_KEYS   keys sent after it, ending on the article to show (default: see below)
# Keys are xdotool key names separated by spaces (j, k, Return, Tab, slash, space...).
# This is a documentation tool: it waits with `sleep` because it watches a real X server and terminal.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
sahifa=$(realpath "${1:-.build/release/sahifa}")
out=Docs/images
display=":${SCREENSHOT_DISPLAY:-87}"
settle=${SCREENSHOT_SETTLE:-2}
LIST_KEYS=${LIST_KEYS:-}
ARTICLE_KEYS=${ARTICLE_KEYS:-"j j j Return Return"}

for tool in Xvfb xterm xdotool import; do
    command -v "$tool" >/dev/null || { echo "screenshot.sh: $tool is missing (make screenshot-deps)" >&2; exit 1; }
done
[ -x "$sahifa" ] || { echo "screenshot.sh: no sahifa binary at $sahifa (make release)" >&2; exit 1; }

home=$(mktemp -d)
xvfb_pid=""
xterm_pid=""
cleanup() {
    [ -n "$xterm_pid" ] && kill "$xterm_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1400x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY="$display"
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

# DejaVu Sans Mono for Latin, Hebrew and Arabic presentation forms; fontconfig falls back to Noto for the
# glyphs it lacks. xterm keeps only 2 combining marks per cell by default: allow 4, as sahifa emits. A dark
# background, as most terminals have, suits the default theme.
LC_ALL=C.UTF-8 TERM=xterm-256color xterm -u8 \
    -fa 'DejaVu Sans Mono' -fs 12 -geometry 100x30 \
    -bg '#1c1c1c' -fg '#e4e4e4' -bc -xrm 'XTerm*combiningChars: 4' -xrm 'XTerm*cursorBlink: false' \
    -title sahifa-screenshot -e "$sahifa" demo --home "$home" &
xterm_pid=$!

window=$(xdotool search --sync --name sahifa-screenshot | head -1)
# xterm ignores synthetic key events (XSendEvent, what `xdotool key --window` uses), so focus the window and
# type through XTEST instead. There is no window manager to move the focus away.
xdotool windowfocus --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
sleep "$settle"

send() {
    local key
    for key in "$@"; do
        xdotool key "$key"
        sleep 0.3
    done
    sleep "$settle"
}

mkdir -p "$out"
# shellcheck disable=SC2086 # the key lists are meant to split on spaces
send $LIST_KEYS
import -window "$window" "$out/reader-list.png"
# shellcheck disable=SC2086
send $ARTICLE_KEYS
import -window "$window" "$out/reader-article.png"
xdotool key Q
echo "screenshot.sh: wrote $out/reader-list.png and $out/reader-article.png; look at them before committing"
