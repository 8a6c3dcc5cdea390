#!/usr/bin/env bash
# The macOS disk image of Quietcase: make_dmg.sh dist/Quietcase.app dist/quietcase-VERSION-macos.dmg
#
# UNTESTED: built and tested on Linux only; this script is untested until a macOS build
# machine runs it (see packaging/README.md).
#
# Signing and notarisation happen only when their variables are set; without them the image is
# made unsigned (macOS then asks before opening it: right-click → Open).
#   QUIETCASE_MACOS_SIGN_IDENTITY  "Developer ID Application: NAME (TEAMID)" in the keychain
#   QUIETCASE_MACOS_NOTARY_PROFILE a profile saved with `xcrun notarytool store-credentials`
set -euo pipefail
app="$1"
out="$2"
here="$(cd "$(dirname "$0")" && pwd)"
[ -d "$app" ] || { echo "no app bundle at $app" >&2; exit 1; }

if [ -n "${QUIETCASE_MACOS_SIGN_IDENTITY:-}" ]; then
  # Hardened runtime, inside out: every library and program, then the bundle.
  find "$app/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0 |
    xargs -0 codesign --force --timestamp --options runtime \
      --entitlements "$here/entitlements.plist" --sign "$QUIETCASE_MACOS_SIGN_IDENTITY"
  codesign --force --timestamp --options runtime --entitlements "$here/entitlements.plist" \
    --sign "$QUIETCASE_MACOS_SIGN_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
fi

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$out"
hdiutil create -volname "Quietcase" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$out"

if [ -n "${QUIETCASE_MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$QUIETCASE_MACOS_SIGN_IDENTITY" "$out"
fi
if [ -n "${QUIETCASE_MACOS_NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$out" --keychain-profile "$QUIETCASE_MACOS_NOTARY_PROFILE" --wait
  xcrun stapler staple "$out"
fi
echo "Disk image: $out"
