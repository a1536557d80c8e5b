#!/usr/bin/env bash
# Builds dist/packstation_<version>_<arch>.deb from the PyInstaller bundle in dist/packstation/
# (built first by scripts/build-bundle.sh when missing, or always with --rebuild).
#
# Layout: /opt/packstation (the bundle), /usr/bin/packstation -> /opt/packstation/packstation,
# the .desktop entry and icon, /usr/share/doc/packstation/packstation.toml.example; postinst
# creates /etc/packstation/packstation.toml (all keys commented) when absent.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--rebuild" ] || [ ! -x dist/packstation/packstation ]; then
  scripts/build-bundle.sh
fi

PY=${PYTHON:-.venv/bin/python}
VERSION=$("$PY" -c 'import packstation; print(packstation.__version__)')
ARCH=$(dpkg --print-architecture)
STAGE=build/deb/packstation_${VERSION}_${ARCH}
OUT=dist/packstation_${VERSION}_${ARCH}.deb

rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/icons/hicolor/256x256/apps" \
  "$STAGE/usr/share/doc/packstation"
cp -a dist/packstation "$STAGE/opt/packstation"
ln -s /opt/packstation/packstation "$STAGE/usr/bin/packstation"
install -m 644 installer/linux/packstation.desktop "$STAGE/usr/share/applications/"
install -m 644 packstation/resources/icons/packstation.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/"
install -m 644 packstation/resources/icons/packstation.png "$STAGE/usr/share/icons/hicolor/256x256/apps/"
install -m 644 installer/packstation.toml.example "$STAGE/usr/share/doc/packstation/"
install -m 755 installer/linux/postinst "$STAGE/DEBIAN/"
sed "s/@EXAMPLE_SHA256@/$(sha256sum installer/packstation.toml.example | cut -d' ' -f1)/" \
  installer/linux/postrm > "$STAGE/DEBIAN/postrm"
chmod 755 "$STAGE/DEBIAN/postrm"

# What the bundle takes from the system: the X/xcb libraries of Qt's xcb platform plugin, GL,
# fonts, D-Bus; libpulse0 (QtMultimedia does not load without it) and libcups2 (printing), which
# the spec leaves out of the bundle with the libraries they bring (SYSTEM_LIBS).
DEPENDS="libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, \
libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-xkb1, libxkbcommon-x11-0, \
libxkbcommon0, libegl1, libgl1, libfontconfig1, libfreetype6, libdbus-1-3, libpulse0, libcups2, \
libc6 (>= 2.36)"

cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: packstation
Version: ${VERSION}
Architecture: ${ARCH}
Maintainer: Packstation maintainers <maintainers@packstation.invalid>
Installed-Size: $(du -sk "$STAGE" | cut -f1)
Depends: ${DEPENDS}
Recommends: gnome-keyring, pulseaudio | pipewire-pulse
Section: misc
Priority: optional
Homepage: https://packstation.invalid/
Description: packing-station app for 3PL warehouses fulfilling Stitch orders
 Packstation shows the open Stitch fulfillments, checks each scanned item against
 the order, prints slips and sends shipments with tracking numbers back to Stitch.
 Run "packstation --self-test" after installing; set the access token with
 "packstation token set --api-url URL < token.txt".
CONTROL

# gzip: about 10 s and 70 MB here; DEB_COMPRESSION=xz for a release gives about 50 MB but takes
# about 2.5 min on two cores (dpkg-deb's xz runs on one).
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-gzip}" -z"${DEB_LEVEL:-6}" --build "$STAGE" "$OUT" >/dev/null
echo "deb: $OUT ($(du -m "$OUT" | cut -f1) MB, installs $(( $(du -sk "$STAGE" | cut -f1) / 1024 )) MB)"
