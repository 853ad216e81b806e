#!/usr/bin/env bash
# Rebuilds the folder of real pages that RealPagesQuality measures, from the public repositories, commits and
# paths listed in manifest.tsv. The pages are third-party press content and are never committed here.
#
#   recreate.sh OUT_DIR [REPOS_DIR]
#
# REPOS_DIR holds clones named owner+name (e.g. JayBMF+eNewsWebApp); a missing one is cloned from GitHub.
# JSP directive lines ("<%@ page ... %>"), which the student project that saved the Dân trí pages put above the
# doctype, are dropped: no crawler ever receives them.
set -euo pipefail
out=${1:?usage: recreate.sh OUT_DIR [REPOS_DIR]}
repos=${2:-$(mktemp -d)}
manifest="$(cd "$(dirname "$0")" && pwd)/manifest.tsv"
mkdir -p "$out"
grep -v '^#' "$manifest" | tail -n +2 | while IFS=$'\t' read -r id split site repo commit path licence rest; do
  dir="$repos/${repo/\//+}"
  if [ ! -d "$dir" ]; then
    git clone --quiet --no-checkout "https://github.com/$repo.git" "$dir"
  fi
  case "$path" in
    *.gz) git -C "$dir" show "$commit:$path" | gunzip -c > "$out/$id.html" ;;  # a test set kept compressed
    *) git -C "$dir" show "$commit:$path" | sed '/^[[:space:]]*<%/d' > "$out/$id.html" ;;
  esac
  echo "id=$id repo=$repo commit=$commit path=$path"
done
