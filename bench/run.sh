#!/usr/bin/env bash
# Builds the JMH suite (cop-benchmarks), runs a short profile and prints the result tables.
# See docs/performance.md for what is measured and how to read the numbers.
#
# Environment (all optional):
#   SIZES       plan sizes (members = meetings), default 10,100,1000,10000
#   JMH_OPTS    JMH options for the steady-state suite, default "-f 1 -wi 4 -w 2s -i 5 -r 1s"
#   PROFILERS   JMH profilers for the steady-state suite, default "-prof gc" (allocation) and
#               "-prof org.edcop.benchmarks.CpuTimeProfiler" (CPU time per operation, all threads)
#   COLD_OPTS   JMH options for the cold-start suite, default "-f 1 -wi 1 -i 10"; "skip" skips it
#   FILTER      regular expression of steady-state benchmarks to run, default "PlanBenchmarks"
#   MVN_ARGS    extra Maven arguments, e.g. "-o" to build offline
#   OUT         where results go, default bench/results
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES="${SIZES:-10,100,1000,10000}"
JMH_OPTS="${JMH_OPTS:--f 1 -wi 4 -w 2s -i 5 -r 1s}"
PROFILERS="${PROFILERS:--prof gc -prof org.edcop.benchmarks.CpuTimeProfiler}"
COLD_OPTS="${COLD_OPTS:--f 1 -wi 1 -i 10}"
FILTER="${FILTER:-PlanBenchmarks}"
OUT="${OUT:-bench/results}"
JAR=cop-benchmarks/target/benchmarks.jar

mkdir -p "$OUT"
echo "== building cop-benchmarks"
# shellcheck disable=SC2086
mvn -B -q ${MVN_ARGS:-} -Pbench -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  package -pl cop-benchmarks -am

results=()
echo "== steady state: $FILTER, sizes $SIZES ($JMH_OPTS $PROFILERS)"
# shellcheck disable=SC2086
java -jar "$JAR" "$FILTER" -p size="$SIZES" $JMH_OPTS $PROFILERS \
  -rf json -rff "$OUT/steady-state.json" > "$OUT/steady-state.log" 2>&1
results+=("$OUT/steady-state.json")

if [ "$COLD_OPTS" != "skip" ]; then
  echo "== cold start ($COLD_OPTS)"
  # shellcheck disable=SC2086
  java -jar "$JAR" ColdStartBenchmarks $COLD_OPTS \
    -rf json -rff "$OUT/cold-start.json" > "$OUT/cold-start.log" 2>&1
  results+=("$OUT/cold-start.json")
fi

{
  echo "Machine: $(nproc) cores, $(uname -sm), $(java -version 2>&1 | head -1)"
  echo
  java -cp "$JAR" org.edcop.benchmarks.report.ResultTable "${results[@]}"
} | tee "$OUT/table.md"
echo "== logs and JSON results in $OUT/"
