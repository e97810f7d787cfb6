#!/usr/bin/env bash
# Re-makes the README's pictures from the built jar (mvn package first), under Xvfb at 1280x800 with no window
# manager: bash docs/make-snapshots.sh [OUT_DIR] (default docs/). train-fashion-50.png (a 50-epoch run) is not
# re-made here. Each line is one start of the app with --snapshot; see README "The jar" for the options.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs}
mkdir -p "$out"
# A home of its own: the Models page lists the shipped files only, as a newcomer sees it, and the Train shots'
# runs do not land among yours.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
shot() {
  local name=$1; shift
  # HOME, not -Duser.home: the app takes its folders from $HOME where it is set (issue 27, defect 15).
  VAE_EXPLORER_RELAUNCHED=1 HOME="$home" xvfb-run -a -s "-screen 0 1280x800x24" java -Dprism.order=sw \
    -jar target/vae-explorer.jar "$@" --snapshot "$out/$name.png" >/dev/null 2>&1 || echo "failed: $name" >&2
}
shot explore-plane --page explore
shot explore-grid --explore-view grid
shot explore-interpolation --explore-view interpolation
shot explore-conv --open models/mnist-conv-vae-2d.vaex --explore-view grid
shot explore-cvae-mnist --open models/mnist-cvae-2d.vaex
shot explore-cvae --open models/fashion-cvae-2d.vaex
shot explore-beta --open models/mnist-beta-vae.vaex --explore-view traversal
shot explore-beta-sevens --open models/mnist-sevens-beta-vae.vaex --explore-view traversal
shot explore-joint --open models/mnist-joint-vae.vaex --explore-view traversal
shot explore-clusters --open models/mnist-joint-vae.vaex --explore-view clusters
shot explore-draw --open models/mnist-joint-vae.vaex --draw docs/draw/three.png
shot explore-completion --open models/mnist-scvae.vaex --explore-view completion
# Issue 33: the example session with its saved vectors (the committed one was taken at 1280x720).
shot explore-arithmetic --open docs/arithmetic.vaexs
shot models --page models
shot train-running --train-epochs 5 --train-images 20000 --snapshot-after 20
shot train-finished --train-epochs 5 --train-images 20000
# Issue 32: a sprites-small run's disentanglement metrics, a point per epoch (the committed one was taken at 1280x720).
shot train-scores --train-dataset sprites-small --train-epochs 4 --train-images 2000 --snapshot-after 45
shot explore-live --train-epochs 3 --train-images 4000 --train-dataset fashion-mnist --follow --page explore \
  --snapshot-after 40
# Issue 30, once models/mnist-cvae-gan.vaex ships: the CVAE opens beside the CVAE-GAN by itself (plane and grid),
# and lesson 6 opens the pair (without the file it opens the CVAE alone and says so).
shot explore-pair-gan --open models/mnist-cvae-2d.vaex --snapshot-after 40
shot explore-pair-gan-grid --open models/mnist-cvae-2d.vaex --explore-view grid --snapshot-after 40
shot lesson-blurry --lesson 6 --snapshot-after 40
