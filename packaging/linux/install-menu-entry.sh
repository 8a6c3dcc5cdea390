#!/bin/sh
# Puts Quietcase in your applications menu: writes ~/.local/share/applications/quietcase.desktop
# pointing at the `quietcase` program in this folder. Nothing else is changed; to undo, delete
# that one file. Run it again after moving this folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
menu="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$menu"
sed "s|^Exec=quietcase\$|Exec=\"$here/quietcase\"|" "$here/quietcase.desktop" > "$menu/quietcase.desktop"
echo "Added to the menu: $menu/quietcase.desktop"
