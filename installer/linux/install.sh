#!/bin/sh
# Register the unpacked Commune Radio folder with the desktop: a menu entry with its icon and the
# `commune-radio` command. The program stays in this folder; nothing is copied elsewhere.
#
#   ./install.sh              for the current user (~/.local), no root needed
#   sudo ./install.sh         for every user of the PC (/usr/local)
#   ./install.sh --uninstall  removes the menu entry, icon and command again
#   --user                    per-user even when run as root (with or without --uninstall)
#
# The station's data (~/.local/share/commune-radio) is never touched, installing or removing.
# Starting with the session is the program's own option: `commune-radio autostart on`.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
exe="$here/commune-radio"
action=install
scope=auto
for arg in "$@"; do
    case "$arg" in
        --uninstall) action=uninstall ;;
        --user) scope=user ;;
        *) echo "usage: $0 [--user] [--uninstall]" >&2; exit 2 ;;
    esac
done

if [ "$scope" = auto ] && [ "$(id -u)" -eq 0 ]; then
    bin_dir=/usr/local/bin
    apps_dir=/usr/local/share/applications
    icons_dir=/usr/local/share/icons/hicolor
else
    bin_dir="$HOME/.local/bin"
    apps_dir="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
    icons_dir="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor"
fi
desktop="$apps_dir/commune-radio.desktop"

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps_dir" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons_dir" 2>/dev/null || true
}

if [ "$action" = uninstall ]; then
    rm -f "$desktop" "$icons_dir/scalable/apps/commune-radio.svg" \
          "$icons_dir/256x256/apps/commune-radio.png"
    if [ -L "$bin_dir/commune-radio" ]; then rm -f "$bin_dir/commune-radio"; fi
    refresh
    echo "Đã gỡ lối tắt Commune Radio. Dữ liệu của đài được giữ nguyên."
    echo "Commune Radio shortcuts removed; the station's data is kept."
    exit 0
fi

[ -x "$exe" ] || { echo "install.sh: $exe is missing; run me from the unpacked folder" >&2; exit 2; }

mkdir -p "$bin_dir" "$apps_dir" "$icons_dir/scalable/apps" "$icons_dir/256x256/apps"
ln -sf "$exe" "$bin_dir/commune-radio"
cp "$here/commune-radio.svg" "$icons_dir/scalable/apps/commune-radio.svg"
cp "$here/commune-radio.png" "$icons_dir/256x256/apps/commune-radio.png"
# Exec with the absolute path: a desktop session's PATH often lacks ~/.local/bin
# (the desktop-entry quoting rule, then its string escaping which doubles every backslash, then
# once more for sed's replacement text)
quoted=$(printf '%s' "$exe" | sed -e 's/["`$\\]/\\&/g' -e 's/\\/\\\\/g')
for_sed=$(printf '%s' "$quoted" | sed 's/[\\&|]/\\&/g')
sed "s|^Exec=.*|Exec=\"$for_sed\"|" "$here/commune-radio.desktop" > "$desktop"
chmod 644 "$desktop"
refresh

echo "Đã cài Commune Radio (Đài truyền thanh xã): có trong menu ứng dụng và lệnh commune-radio."
echo "Commune Radio installed: in the applications menu, and as the command $bin_dir/commune-radio"
