#!/usr/bin/env bash
# Runs `cop validate` on a generated plan of 90,000 meetings with a 256 MB heap, in text and in
# JSON, and prints the time, the peak resident memory and the output size of each run.
# See docs/reliability.md ("Output that scales") for the figures recorded.
#
# Environment (all optional):
#   MEETINGS   meetings in the generated plan, default 90000
#   HEAP       the JVM's maximum heap, default 256m
#   MVN_ARGS   extra Maven arguments, e.g. "-o" to build offline
#   SKIP_BUILD set to 1 to reuse cop-examples/target/cop.jar
set -euo pipefail
cd "$(dirname "$0")/.."

MEETINGS="${MEETINGS:-90000}"
HEAP="${HEAP:-256m}"
JAR=cop-examples/target/cop.jar
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building the cop jar"
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_ARGS:-} -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
    package -pl cop-examples -am
fi

echo "== generating a plan with $MEETINGS meetings"
java -jar "$JAR" example system-leaders > "$WORK/sample.json"
python3 - "$WORK/sample.json" "$MEETINGS" > "$WORK/large.json" <<'PY'
import json, sys
from datetime import datetime, timedelta
plan = json.load(open(sys.argv[1]))
start = datetime.fromisoformat("2026-09-08T15:30:00-06:00")
meetings = []
for i in range(int(sys.argv[2])):
    # an hour apart and 90 minutes long, without topics: each overlaps the next, none has a topic,
    # and most are off the cadence (about 2.8 findings a meeting, 7.7 MB for 90,000 meetings)
    day = start + timedelta(hours=i)
    meetings.append({"id": "m%d" % i, "start": day.isoformat(),
                     "end": (day + timedelta(minutes=90)).isoformat()})
plan["practice"]["meetings"] = meetings
json.dump(plan, sys.stdout, separators=(",", ":"))
PY
ls -l "$WORK/large.json" | awk '{printf "plan: %.1f MB\n", $5 / 1e6}'

for format in text json; do
  echo "== cop validate --format $format (-Xmx$HEAP)"
  /usr/bin/time -f "time %e s, peak RSS %M KB" \
    java -Xmx"$HEAP" -jar "$JAR" validate --format "$format" "$WORK/large.json" \
    > "$WORK/out.$format" 2> "$WORK/err.$format" || true
  tail -n 1 "$WORK/err.$format"
  grep -v '^time ' "$WORK/err.$format" | head -n 3 || true
  ls -l "$WORK/out.$format" | awk '{printf "output: %.1f MB\n", $5 / 1e6}'
  head -c 300 "$WORK/out.$format"; echo
done
