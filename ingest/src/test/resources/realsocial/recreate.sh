#!/usr/bin/env bash
# Downloads the real social captures listed in manifest.tsv into the folder given (default /work/realdata/social),
# or those of another manifest of the same first columns (file, kind, repository, commit, path, licence) given second.
# They are other projects' test files: kept outside this repository, never committed.
set -euo pipefail
out="${1:-/work/realdata/social}"
mkdir -p "$out"
manifest="${2:-$(dirname "$0")/manifest.tsv}"
tail -n +2 "$manifest" | while IFS=$'\t' read -r file kind repo commit path licence rest; do
  curl -fsSL -o "$out/$file" "https://raw.githubusercontent.com/$repo/$commit/$path"
  echo "$out/$file ($repo, $licence)"
done
[ -n "${2:-}" ] || echo "now: TINRADAR_REALSOCIAL=$out ./mvnw -B -o -q -pl ingest -am test -Dtest=RealSocialCapturesTest -Dsurefire.failIfNoSpecifiedTests=false"
