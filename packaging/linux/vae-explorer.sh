#!/bin/sh
# /usr/bin/vae-explorer: starts the launcher in /opt/vae-explorer. A file manager (the .desktop file's %f) and
# `vae-explorer some.vaex` pass a bare checkpoint (or .vaexs session) path, which the app accepts only as `--open FILE`; map it here.
# Everything else (options, CLI subcommands such as `vae-explorer info --checkpoint x.vaex`) passes unchanged.
launcher=/opt/vae-explorer/bin/vae-explorer
if [ $# -eq 1 ]; then
  case "$1" in
    -*) ;;
    *.vaex|*.VAEX|*.vaexs|*.VAEXS) exec "$launcher" --open "$1" ;;
  esac
fi
exec "$launcher" "$@"
