#!/usr/bin/env bash
# Rebuilds the real article pages listed in manifest.tsv, with their readers' comments, in the folder given (default
# /work/realdata/comments), from their public origins at the commits listed: downloaded from GitHub, or read from
# local clones when TINRADAR_GIT_CLONES names a folder holding one per repository, named owner+name. Gzipped pages
# are unpacked; each file is checked against its SHA-256. They are other projects' test files: kept outside this
# repository, never committed.
set -euo pipefail
here="$(dirname "$0")"
out="${1:-/work/realdata/comments}"
mkdir -p "$out"
tail -n +2 "$here/manifest.tsv" | while IFS=$'\t' read -r file format repo commit path licence sha256 rest; do
  if [ -n "${TINRADAR_GIT_CLONES:-}" ]; then
    git -C "$TINRADAR_GIT_CLONES/${repo/\//+}" show "$commit:$path" > "$out/$file.part"
  else
    curl -fsSL -o "$out/$file.part" "https://raw.githubusercontent.com/$repo/$commit/$path"
  fi
  case "$path" in
    *.gz) gzip -dc < "$out/$file.part" > "$out/$file" && rm "$out/$file.part" ;;
    *) mv "$out/$file.part" "$out/$file" ;;
  esac
  echo "$sha256  $out/$file" | sha256sum --quiet -c -
  echo "$out/$file ($repo, $licence)"
done
echo "now: TINRADAR_REALCOMMENTS=$out ./mvnw -B -o -q -pl ingest -am test -Dtest=RealCommentCapturesTest -Dsurefire.failIfNoSpecifiedTests=false"
