#!/usr/bin/env bash
# Where the plan lies in memory (docs/performance.md, "Where the plan lies in memory"): validation,
# writing and a plain read of the same seeded plans, with the plan kept in the order it was built
# and with the plan moved by the collector, in two interleaved rounds; prints the CPU time per
# element of each run.
#
#   kept:  -Xmn4g  the young generation holds the whole build, so the set-up's full collection is
#                  the first one and compacts the plan in the order it was made
#   moved: (none)  the default young generation: collections during the build copy the plan (as
#                  they copy any plan that lives a while in a service) before the full one
#
# Both with -Xmx6g -XX:+AlwaysPreTouch: without the pre-touch, the first pass of allocation through
# a 4 GB young generation faults in its pages on the clock of the CPU profiler.
#
# Needs a JDK 17+ and Maven; takes about 25 minutes on a 2-core machine. Environment (optional):
#   SIZES     plan sizes (members = meetings), default 100,10000,100000
#   MVN_ARGS  extra Maven arguments, e.g. "-o"
#   OUT       where the JMH logs and JSON go, default bench/results/layout
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES="${SIZES:-100,10000,100000}"
OUT="${OUT:-bench/results/layout}"
JAR=cop-benchmarks/target/benchmarks.jar
mkdir -p "$OUT"

echo "== building cop-benchmarks"
# shellcheck disable=SC2086
mvn -B -q ${MVN_ARGS:-} -Pbench -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  package -pl cop-benchmarks -am

run() { # label, heap options
  local label=$1 heap=$2
  echo "== $label: load $(cut -d' ' -f1 /proc/loadavg) at $(date -u +%H:%M:%S) UTC"
  java -jar "$JAR" 'ValidateScaleBenchmarks.draft$|WriteScaleBenchmarks.writeStream|PlanWalkBenchmarks' \
    -p size="$SIZES" -jvmArgsAppend "$heap" -prof gc -prof org.edcop.benchmarks.CpuTimeProfiler \
    -rf json -rff "$OUT/$label.json" > "$OUT/$label.log" 2>&1
  # per element: the CPU time per operation divided by 2 * size (members plus meetings)
  awk -v label="$label" '$1 ~ /:cpu\.time\.norm$/ {
      split($1, name, ":"); n = split(name[1], part, ".")
      printf "%-9s %-22s %7d  %7.1f ns per element (± %.1f)\n", label, part[n - 1] "." part[n], $2,
        $5 * 1000 / (2 * $2), $7 * 1000 / (2 * $2) }' "$OUT/$label.log"
}

HEAP="-Xmx6g -XX:+AlwaysPreTouch"
run moved-1 "$HEAP"
run kept-1 "$HEAP -Xmn4g"
run kept-2 "$HEAP -Xmn4g"
run moved-2 "$HEAP"
echo "== end: load $(cut -d' ' -f1 /proc/loadavg) at $(date -u +%H:%M:%S) UTC"
