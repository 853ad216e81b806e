#!/usr/bin/env bash
# Downloads the real social captures listed in manifest.tsv into the folder given (default /work/realdata/social).
# They are other projects' test files: kept outside this repository, never committed.
set -euo pipefail
out="${1:-/work/realdata/social}"
mkdir -p "$out"
tail -n +2 "$(dirname "$0")/manifest.tsv" | while IFS=$'\t' read -r file kind repo commit path licence rest; do
  curl -fsSL -o "$out/$file" "https://raw.githubusercontent.com/$repo/$commit/$path"
  echo "$out/$file ($repo, $licence)"
done
echo "now: TINRADAR_REALSOCIAL=$out ./mvnw -B -o -q -pl ingest -am test -Dtest=RealSocialCapturesTest -Dsurefire.failIfNoSpecifiedTests=false"
