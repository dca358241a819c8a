#!/usr/bin/env bash
# Real-browser check of the planning packet (issue #20): renders every sample plan's packet with
# the cop CLI, opens each page in headless Chromium with the network cut off, checks that the
# browser's DOM holds the guide's sections and the two pictures, and saves a screenshot of each
# into docs/packet/. Not part of `mvn verify` (it needs a browser).
#
#   bash cop-report/browser-check.sh            # from the repository root
#
# Installs the Debian package `chromium` with apt-get when no chromium is on the PATH (needs root).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "browser-check: chromium not found; installing the Debian package 'chromium' with apt-get"
  if [ "$(id -u)" -ne 0 ]; then
    echo "browser-check: installing needs root; run: sudo apt-get install chromium" >&2
    exit 1
  fi
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
fi
echo "browser-check: using $(chromium --version 2>/dev/null || echo chromium)"

echo "browser-check: building the cop CLI (no install into ~/.m2)"
mvn -B -q -o -pl cop-examples -am package -DskipTests 2>/dev/null \
  || mvn -B -q -pl cop-examples -am package -DskipTests
cop=(java -jar cop-examples/target/cop.jar)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=docs/packet
mkdir -p "$out"

browser() {
  # a fresh profile per run; nothing may leave the machine (every host resolves to nothing)
  local profile
  profile=$(mktemp -d -p "$work" profile.XXXX)
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --host-resolver-rules="MAP * ~NOTFOUND" --hide-scrollbars "$@" 2>/dev/null
}

failures=0
for plan in samples/*.json; do
  name=$(basename "$plan" .json)
  html="$work/$name.html"
  "${cop[@]}" packet "$plan" --stage launch -o "$html" >/dev/null
  dom=$(browser --dump-dom "file://$html")
  for section in purpose membership leadership norms launch collaborative-plan results \
      professional-practice further-application; do
    if ! grep -q "<section [^>]*id=\"$section\"" <<<"$dom"; then
      echo "browser-check: $name: section '$section' missing in the browser's DOM" >&2
      failures=$((failures + 1))
    fi
  done
  if grep -q '"members": \[\]' "$plan" || ! grep -q '"members"' "$plan"; then
    :
  elif ! grep -q 'class="tier-circles"' <<<"$dom"; then
    echo "browser-check: $name: circles of participation missing" >&2
    failures=$((failures + 1))
  fi
  png="$out/$name.png"
  browser --window-size=1000,2200 --screenshot="$PWD/$png" "file://$html" >/dev/null
  if [ ! -s "$png" ]; then
    echo "browser-check: $name: no screenshot" >&2
    failures=$((failures + 1))
  else
    echo "browser-check: $name: ok, screenshot $png"
  fi
done

if [ "$failures" -gt 0 ]; then
  echo "browser-check: $failures problem(s)" >&2
  exit 1
fi
echo "browser-check: all sample packets render in Chromium"
