#!/bin/sh
# /opt/vae-explorer/lib/class-archive.sh: makes or removes the installed app's class-data-sharing archive
# (run by the .deb's maintainer scripts, as root):
#
#   class-archive.sh create    record /var/cache/vae-explorer/classes.jsa from lib/vae-explorer.classlist
#   class-archive.sh remove    delete it
#
# Why at install time: JDK 17 checks an archive's class path by absolute path, size and modification time, so an
# archive made on the build machine would be refused here; made at the installed path, the launcher's .cfg maps it
# (-XX:SharedArchiveFile) and the app starts in one JVM, without the restart that records a per-user archive.
# It is a cache: if it is missing or refused the app starts all the same, only slower (the launcher logs it).
# Never fails the installation: every problem is one line on stderr and exit status 0.
app=/opt/vae-explorer
cache=/var/cache/vae-explorer
archive=$cache/classes.jsa

case "${1:-}" in
  remove)
    rm -f "$archive" "$archive".tmp.* "$cache/dump.log"
    rmdir "$cache" 2>/dev/null
    exit 0 ;;
  create) ;;
  *) echo "usage: $0 create|remove" >&2; exit 2 ;;
esac

cfg=$app/lib/app/vae-explorer.cfg
java=$app/lib/runtime/bin/java
list=$app/lib/vae-explorer.classlist
if [ ! -x "$java" ] || [ ! -f "$cfg" ]; then
  echo "vae-explorer: no class archive made ($java or $cfg missing); the app starts without it" >&2
  exit 0
fi
appdir=$app/lib/app
# The class path exactly as the launcher passes it (the .cfg's app.classpath lines, in order) and the launcher's
# JVM options except the archive's own: the JVM refuses an archive made with another class path or heap mode.
classpath=$(sed -n 's|^app\.classpath=\$APPDIR|'"$appdir"'|p' "$cfg" | paste -sd: -)
options=$(sed -n 's|^java-options=||p' "$cfg" | grep -v -e SharedArchiveFile -e '^-Xlog' | sed "s|\\\$APPDIR|$appdir|g")
classlist_option=
[ -f "$list" ] && classlist_option=-XX:SharedClassListFile=$list

mkdir -p "$cache" || exit 0
tmp=$archive.tmp.$$
# shellcheck disable=SC2086 # options are one per line, none has a space (see build.sh's --java-options)
if "$java" -Xshare:dump $classlist_option -XX:SharedArchiveFile="$tmp" $options -cp "$classpath" \
    >"$cache/dump.log" 2>&1 && [ -s "$tmp" ]; then
  chmod 644 "$tmp" && mv -f "$tmp" "$archive"
  rm -f "$cache/dump.log"
  echo "vae-explorer: class archive recorded in $archive ($(du -m "$archive" | cut -f1) MB); the window starts faster"
else
  rm -f "$tmp"
  echo "vae-explorer: could not record the class archive (see $cache/dump.log); the app starts without it" >&2
fi
exit 0
