#!/usr/bin/env bash
# Downloads the real forum thread pages listed in manifest.tsv, and the forum feeds in feeds.tsv, into the folder given (default /work/realdata/forums).
# They are other projects' test files: kept outside this repository, never committed.
set -euo pipefail
here="$(dirname "$0")"
out="${1:-/work/realdata/forums}"
"$here/../realsocial/recreate.sh" "$out" "$here/manifest.tsv"
"$here/../realsocial/recreate.sh" "$out" "$here/feeds.tsv"
echo "now: TINRADAR_REALFORUMS=$out ./mvnw -B -o -q -pl ingest -am test -Dtest=RealForumCapturesTest -Dsurefire.failIfNoSpecifiedTests=false"
