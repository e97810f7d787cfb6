#!/usr/bin/env bash
# Builds a self-contained Linux app image (jlinked JDK 17 runtime + the app) with jpackage:
#   bash packaging/linux/build-app-image.sh [app-image|deb]
# Output in target/dist. Needs JDK 17 with jpackage, binutils (objcopy), and fakeroot for a .deb.
set -euo pipefail
cd "$(dirname "$0")/../.."
type="${1:-app-image}"
mvn -B -q clean package -DskipTests
rm -rf target/dist target/jpackage-input
mkdir -p target/jpackage-input target/jfx-mods
cp target/vae-explorer.jar target/jpackage-input/
# The shipped checkpoints go beside the jar (app/models), where ShippedModels looks for them.
cp -r models target/jpackage-input/models
# JavaFX goes on the module path (only the platform jars: the empty classifier-less ones break jlink).
for jar in target/lib/*; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar) cp "$jar" target/jfx-mods/ ;;
    javafx-*) ;;
    *) mkdir -p target/jpackage-input/lib && cp "$jar" target/jpackage-input/lib/ ;;
  esac
done
extra=()
if [ "$type" = deb ]; then
  extra+=(--linux-package-deps "libgtk-3-0,libxtst6" --linux-shortcut --linux-menu-group Education)
fi
jpackage --type "$type" --dest target/dist --name vae-explorer --app-version 0.1.0 \
  --input target/jpackage-input --main-jar vae-explorer.jar --main-class org.vaeexplorer.Launcher \
  --module-path target/jfx-mods --add-modules javafx.controls,javafx.fxml,javafx.swing,ALL-DEFAULT \
  --icon assets/icons/vae-explorer.png \
  --java-options "-Xmx2g" --java-options "-XX:+ExplicitGCInvokesConcurrent" --java-options "-Dprism.order=es2,sw" \
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED" \
  --java-options "--add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED" \
  --java-options "--add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED" \
  --java-options "--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED" \
  --java-options "--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED" \
  "${extra[@]}"
echo "built: $(ls target/dist)"
