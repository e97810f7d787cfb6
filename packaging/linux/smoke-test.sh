#!/usr/bin/env bash
# Packaging smoke test (CI runs it at the end of `mvn verify`, the pom's packaging-smoke profile): builds the app image from the existing jar, starts its
# launcher under Xvfb from an empty home folder with --snapshot, and checks the PNG (size within the screen, not
# blank). Exits non-zero on any failure.
#
#   bash packaging/linux/smoke-test.sh [--reuse-image]
#
# --reuse-image skips the build when target/dist/vae-explorer exists. SMOKE_SCREEN (default 1920x1080) is the
# virtual screen; the snapshot must fit inside it. Needs xvfb-run (packages xvfb, xauth) and what build.sh needs.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=packaging/linux
screen=${SMOKE_SCREEN:-1920x1080}
launcher=target/dist/vae-explorer/bin/vae-explorer
start=$(date +%s)

if [ "${1:-}" != --reuse-image ] || [ ! -x "$launcher" ]; then
  bash "$here/build.sh" --image-only
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/home"
# HOME alone: the launcher sets Java's user.home (which comes from the password database) from $HOME before JavaCPP
# and JavaFX read it, so the natives they unpack on first start, and ~/.vae-explorer, land in the empty folder (a
# cold start, as after installing); the check after the snapshot's is that they did.
launched=$(date +%s)
set +e
HOME="$work/home" timeout 170 \
  xvfb-run -a -s "-screen 0 ${screen}x24" "$launcher" --snapshot "$work/smoke.png" >"$work/out.log" 2>&1
code=$?
set -e
echo "smoke_launcher_exit=$code"
echo "smoke_start_seconds=$(($(date +%s) - launched))"
if [ "$code" -ne 0 ] || ! grep -q '^snapshot=' "$work/out.log"; then
  echo "smoke test: the launcher did not write a snapshot (exit $code); its output:" >&2
  cat "$work/out.log" >&2
  exit 1
fi
if [ ! -d "$work/home/.javacpp" ]; then
  echo "smoke test: the natives were not unpacked under \$HOME ($work/home)" >&2
  exit 1
fi
java "$here/CheckSnapshot.java" "$work/smoke.png" 800x500 "$screen"
mkdir -p target/smoke
cp "$work/smoke.png" target/smoke/smoke.png
echo "smoke_total_seconds=$(($(date +%s) - start))"
