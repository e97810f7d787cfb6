#!/usr/bin/env bash
# Wraps a jpackage app image into a .deb with dpkg-deb (called by build.sh):
#   bash packaging/linux/build-deb.sh APP_IMAGE_DIR VERSION DEST_DIR
#
# Why not `jpackage --type deb`: its package installs the menu entry, icon and MIME type from post-install
# scripts (xdg-desktop-menu, xdg-mime, xdg-icon-resource), so it needs xdg-utils, fails on a machine without
# /usr/share/applications, and dpkg does not know those files. Its .desktop file also passes a double-clicked
# file as a bare argument, which the app rejects (it takes `--open FILE`). Here every file is in the package's
# own file list, and Debian's shared-mime-info, desktop-file-utils and hicolor-icon-theme refresh their caches
# through dpkg triggers on these folders. The one maintainer-script task is the class archive (class-archive.sh):
# postinst records it in /var/cache/vae-explorer, prerm removes it, so removal still leaves nothing.
#
# The archive's class list is recorded here by starting the app image once under Xvfb (xvfb-run) until it shows
# its first decoded image; without xvfb-run the package is built without a list and the archive then holds the
# JDK's own classes only.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=packaging/linux
image=${1:?app image dir}
version=${2:?version}
dest=${3:?destination dir}

root=target/deb-root
rm -rf "$root"
mkdir -p "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/mime/packages" \
  "$root/usr/share/doc/vae-explorer" "$root/DEBIAN"
cp -a "$image" "$root/opt/vae-explorer"
install -m 755 "$here/class-archive.sh" "$root/opt/vae-explorer/lib/class-archive.sh"
# The installed launcher maps the archive postinst records; the app image itself (smoke test, unpacked use) has
# no such option and starts without one. -Xlog:cds=off: a missing archive is the launcher's to report, once.
sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=/var/cache/vae-explorer/classes.jsa\njava-options=-Xlog:cds=off|' \
  "$root/opt/vae-explorer/lib/app/vae-explorer.cfg"
grep -q SharedArchiveFile "$root/opt/vae-explorer/lib/app/vae-explorer.cfg"
if command -v xvfb-run >/dev/null; then
  home=$(mktemp -d)
  # VAE_EXPLORER_CDS=off: one JVM (the .cfg already has the GC flag), whose loaded classes are the list.
  if HOME=$home VAE_EXPLORER_CDS=off JAVA_TOOL_OPTIONS="-Duser.home=$home -XX:DumpLoadedClassList=$home/classes.lst" \
      timeout 300 xvfb-run -a -s "-screen 0 1280x720x24" "$image/bin/vae-explorer" --snapshot "$home/first.png" \
      >"$home/out.log" 2>&1 && [ -s "$home/classes.lst" ]; then
    install -m 644 "$home/classes.lst" "$root/opt/vae-explorer/lib/vae-explorer.classlist"
    echo "class list: $(wc -l <"$home/classes.lst") classes loaded up to the first decoded image"
  else
    echo "build-deb.sh: the app image did not start under xvfb-run; the package has no class list" >&2
    cat "$home/out.log" >&2
  fi
  rm -rf "$home"
else
  echo "build-deb.sh: no xvfb-run; the package has no class list (its class archive holds JDK classes only)" >&2
fi
install -m 755 "$here/vae-explorer.sh" "$root/usr/bin/vae-explorer"
install -m 644 "$here/vae-explorer.desktop" "$root/usr/share/applications/vae-explorer.desktop"
install -m 644 "$here/vae-explorer-mime.xml" "$root/usr/share/mime/packages/vae-explorer.xml"
# Icons at the sizes desktops look up (menus 16-48, launchers and app grids 64-256).
java "$here/IconSizes.java" assets/icons/vae-explorer.png "$root/usr/share/icons/hicolor" 16 24 32 48 64 128 256
chmod -R u=rwX,go=rX "$root/usr/share/icons"
cat > "$root/usr/share/doc/vae-explorer/copyright" <<'EOF'
VAE Explorer: see /opt/vae-explorer/lib/app for the application and its libraries. The bundled Java runtime is
OpenJDK 17 (GPL-2.0 with the Classpath Exception); JavaFX is GPL-2.0 with the Classpath Exception; ND4J,
JavaCPP and OpenBLAS are Apache-2.0 / BSD-3-Clause; MNIST and Fashion-MNIST: see assets/datasets/README.md.
EOF

# libgtk-3-0 and libxtst6 for JavaFX's glass toolkit (jdeps cannot see native dependencies), fonts-dejavu-core
# because JavaFX aborts with "no fonts" without any, fonts-wqy-zenhei for the Chinese UI's glyphs. ND4J and
# OpenBLAS bring their own libgomp, libgfortran and libquadmath; beyond those they link libc6 and zlib1g (ldd).
installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<EOF
Package: vae-explorer
Version: $version
Section: education
Priority: optional
Architecture: amd64
Depends: libc6, zlib1g, libgtk-3-0, libxtst6, fonts-dejavu-core, fonts-wqy-zenhei
Installed-Size: $installed_kb
Maintainer: VAE Explorer developers <vae-explorer@localhost>
Description: Train variational autoencoders and explore their latent space
 A desktop application for teaching: trains VAEs, conditional VAEs, beta-VAEs and Joint VAEs on MNIST and
 Fashion-MNIST and shows what they learned (latent plane, manifold grid, traversals, interpolation).
 Bundles its own Java runtime under /opt/vae-explorer.
EOF
printf '#!/bin/sh\nset -e\nif [ "$1" = configure ]; then\n  /opt/vae-explorer/lib/class-archive.sh create\nfi\n' \
  >"$root/DEBIAN/postinst"
printf '#!/bin/sh\nset -e\n/opt/vae-explorer/lib/class-archive.sh remove\n' >"$root/DEBIAN/prerm"
chmod 755 "$root/DEBIAN/postinst" "$root/DEBIAN/prerm"
deb="$dest/vae-explorer_${version}_amd64.deb"
# gzip, not dpkg's default xz: the payload is mostly already-deflated jars; xz took 12 minutes on a shared
# 2-core machine to save 5 %.
dpkg-deb --root-owner-group -Zgzip --build "$root" "$deb" >/dev/null
echo "deb: $deb ($(du -sh "$deb" | cut -f1), installed $((installed_kb / 1024)) MB)"
