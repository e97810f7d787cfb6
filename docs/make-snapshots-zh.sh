#!/usr/bin/env bash
# The Chinese pictures for README.zh-CN.md, at 1280x720 (a common projector), from the built jar (mvn package
# first): bash docs/make-snapshots-zh.sh [OUT_DIR] (default docs/). The language comes from the system locale, as
# on a Chinese desktop; a saved choice from the Language menu (~/.vae-explorer/language.properties) would win.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs}
mkdir -p "$out"
# A home of its own, as in make-snapshots.sh: only the shipped models are listed, no saved language choice wins
# and the Train shot's run does not land among yours.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
shot() {
  local name=$1; shift
  VAE_EXPLORER_RELAUNCHED=1 HOME="$home" LANG=zh_CN.UTF-8 xvfb-run -a -s "-screen 0 1280x720x24" java -Dprism.order=sw \
    -Duser.language=zh -Duser.country=CN -jar target/vae-explorer.jar "$@" --snapshot "$out/$name.png" \
    >/dev/null 2>&1 || echo "failed: $name" >&2
}
only=${ONLY:-}
for s in "zh-explore-plane --page explore" "zh-explore-grid --explore-view grid" \
    "zh-explore-traversal --open models/mnist-joint-vae.vaex --explore-view traversal" \
    "zh-explore-interpolation --explore-view interpolation" \
    "zh-explore-cvae --open models/fashion-cvae-2d.vaex" \
    "zh-explore-clusters --open models/mnist-joint-vae.vaex --explore-view clusters" \
    "zh-explore-arithmetic --open docs/arithmetic.vaexs" \
    "zh-models --page models" "zh-train --page train" \
    "zh-train-running --train-epochs 4 --train-images 3000 --snapshot-after 20" \
    "zh-train-scores --train-dataset sprites-small --train-epochs 4 --train-images 2000 --snapshot-after 45" \
    "zh-explore-pair-gan --open models/mnist-cvae-2d.vaex --snapshot-after 40" \
    "zh-lesson-blurry --lesson 6 --snapshot-after 40"; do
  name=${s%% *}
  if [[ -z "$only" || " $only " == *" $name "* ]]; then
    # shellcheck disable=SC2086
    shot $s
  fi
done
