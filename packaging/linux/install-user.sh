#!/bin/sh
# Install the Linux bundle for the current user: no root, nothing outside your home folder.
#
#   packaging/linux/install-user.sh [BUNDLE_DIR]     install (default: dist/infant-massage)
#   packaging/linux/install-user.sh --uninstall      remove it again (your history stays)
#
# The bundle goes to ~/.local/lib/infant-massage-guide, a link to its program to ~/.local/bin,
# and the menu entry, AppStream metadata and icons under ~/.local/share (or $XDG_DATA_HOME).
# The same script ships inside the bundle (_internal/packaging/linux/), so a copied bundle
# installs itself: infant-massage/_internal/packaging/linux/install-user.sh
set -eu

APP_ID=org.infantmassageguide.InfantMassageGuide
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
LIB=$HOME/.local/lib/infant-massage-guide
BIN=$HOME/.local/bin
ICONS=$HERE/../icons/hicolor

refresh_caches() {
  # Optional helpers: menus pick the entry up without them, only later.
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$LIB"
  [ -L "$BIN/infant-massage" ] && rm -f "$BIN/infant-massage"
  rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml"
  rm -f "$DATA"/icons/hicolor/*/apps/"$APP_ID".png "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
  refresh_caches
  echo "Infant Massage Guide removed (the history in $DATA/infant-massage-guide is kept)."
  exit 0
fi

if [ $# -gt 0 ]; then
  BUNDLE=$1
elif [ -x "$HERE/../../../infant-massage" ]; then
  BUNDLE=$HERE/../../..             # run from inside a bundle
else
  BUNDLE=$HERE/../../dist/infant-massage   # run from a source checkout after the build
fi
if [ ! -x "$BUNDLE/infant-massage" ]; then
  echo "install-user.sh: no bundle at $BUNDLE (build it first, see the README's Packaging section)" >&2
  exit 1
fi
BUNDLE=$(cd "$BUNDLE" && pwd)

if [ "$BUNDLE" != "$LIB" ]; then
  rm -rf "$LIB.new"
  mkdir -p "$(dirname "$LIB")"
  cp -a "$BUNDLE" "$LIB.new"
  rm -rf "$LIB"
  mv "$LIB.new" "$LIB"
fi
mkdir -p "$BIN" "$DATA/applications" "$DATA/metainfo"
ln -sf "$LIB/infant-massage" "$BIN/infant-massage"

# The menu entry runs the installed program by its full path: ~/.local/bin is not always on the
# PATH a desktop session starts programs with.
sed -e "s|^Exec=.*|Exec=$LIB/infant-massage|" -e "s|^TryExec=.*|TryExec=$LIB/infant-massage|" \
  "$HERE/$APP_ID.desktop" >"$DATA/applications/$APP_ID.desktop"
cp "$HERE/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"
for icon in "$ICONS"/*/apps/"$APP_ID".*; do
  size=$(basename "$(dirname "$(dirname "$icon")")")
  mkdir -p "$DATA/icons/hicolor/$size/apps"
  cp "$icon" "$DATA/icons/hicolor/$size/apps/"
done
refresh_caches
echo "Infant Massage Guide installed in $LIB; start it from the menu or with $BIN/infant-massage"
