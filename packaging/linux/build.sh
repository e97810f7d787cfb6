#!/usr/bin/env bash
# Builds the Linux launcher: an app image (jlinked JDK 17 runtime + the app) in target/dist/vae-explorer and,
# unless --image-only, a .deb in target/dist. See packaging/README.md.
#
#   bash packaging/linux/build.sh [--image-only] [--rebuild-jar]
#
# Reuses target/vae-explorer.jar and target/lib when they exist (CI runs `mvn verify` first); --rebuild-jar or a
# missing jar runs `mvn package -DskipTests`. Needs JDK 17 (jpackage, jlink, jdeps), binutils (jlink's objcopy)
# and dpkg-deb; no ImageMagick (icons are scaled by IconSizes.java) and no fakeroot (dpkg-deb --root-owner-group).
set -euo pipefail
cd "$(dirname "$0")/../.."
here=packaging/linux
image_only=false
rebuild_jar=false
for arg in "$@"; do
  case "$arg" in
    --image-only) image_only=true ;;
    --rebuild-jar) rebuild_jar=true ;;
    *) echo "usage: $0 [--image-only] [--rebuild-jar]" >&2; exit 2 ;;
  esac
done

version=$(sed -n 's|^  <version>\([0-9][0-9.]*\).*</version>|\1|p' pom.xml | head -1)
[ -n "$version" ] || { echo "build.sh: no <version> in pom.xml" >&2; exit 1; }

if $rebuild_jar || [ ! -f target/vae-explorer.jar ] || [ ! -d target/lib ]; then
  mvn -B -q package -DskipTests
fi

work=target/jpackage
rm -rf target/dist "$work"
mkdir -p "$work/input/lib" "$work/jfx-mods" target/dist
cp target/vae-explorer.jar "$work/input/"
# The shipped checkpoints go beside the jar (app/models), where ShippedModels looks for them.
cp -r models "$work/input/models"
# JavaFX goes on the module path (only the platform jars: the empty classifier-less ones break jlink).
# Both ND4J native builds stay: Backend picks oneDNN-AVX2 when /proc/cpuinfo lists avx2 and the generic build
# otherwise, because ND4J exits the JVM on a CPU that lacks what its build needs.
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar) cp "$jar" "$work/jfx-mods/" ;;
    javafx-*) ;;
    *) cp "$jar" "$work/input/lib/" ;;
  esac
done

# The runtime holds only the modules the app needs: `jdeps --print-module-deps` on the jar and its libraries
# (java.base, java.compiler, java.scripting, java.sql, jdk.management, jdk.unsupported, jdk.unsupported.desktop,
# plus what they require), and three it reaches only by reflection or at run time: jdk.localedata (number and
# date formats of locales other than English, e.g. zh_CN), jdk.zipfs and jdk.charsets. --include-locales keeps
# the English and Chinese data only (jdk.localedata: 21 MB -> about 1 MB); --compress=2 zips the module image.
modules=javafx.controls,javafx.fxml,javafx.swing,java.compiler,java.scripting,java.sql,java.naming
modules+=,jdk.management,jdk.unsupported,jdk.unsupported.desktop,jdk.localedata,jdk.zipfs,jdk.charsets
# -Xmx2g bounds the heap; ND4J's off-heap buffers are bounded by the memory guard, which calls System.gc():
# -XX:+ExplicitGCInvokesConcurrent makes that a concurrent cycle instead of a 150-300 ms pause of the UI.
jpackage --type app-image --dest target/dist --name vae-explorer --app-version "$version" \
  --description "Train variational autoencoders and explore their latent space" \
  --input "$work/input" --main-jar vae-explorer.jar --main-class org.vaeexplorer.Launcher \
  --module-path "$work/jfx-mods" --add-modules "$modules" \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=2 --include-locales=en,zh" \
  --icon assets/icons/vae-explorer.png \
  --java-options "-Xmx2g" --java-options "-XX:+ExplicitGCInvokesConcurrent" --java-options "-Dprism.order=es2,sw" \
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED" \
  --java-options "--add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED" \
  --java-options "--add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED" \
  --java-options "--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED" \
  --java-options "--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED"
# The runtime keeps bin/java (no --strip-native-commands): the .deb's postinst runs it to record the installed app's
# class archive (class-archive.sh). The JDK's own archive (--generate-cds-archive, 12 MB) is not made: the
# installed app maps the archive postinst records, which holds the JDK's classes too. jrunscript and keytool are
# never run; the native libraries' symbol tables (4 MB) serve only debuggers.
rm -f target/dist/vae-explorer/lib/runtime/bin/jrunscript target/dist/vae-explorer/lib/runtime/bin/keytool
find target/dist/vae-explorer/lib/runtime -name '*.so' -exec strip --strip-unneeded {} +
echo "app image: target/dist/vae-explorer ($(du -sh target/dist/vae-explorer | cut -f1))"

if ! $image_only; then
  bash "$here/build-deb.sh" target/dist/vae-explorer "$version" target/dist
fi
