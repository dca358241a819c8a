#!/usr/bin/env bash
# The first answer and the cost per element, measured side by side in one run (#22).
# See docs/performance.md ("First answer") for what each figure means and the last results.
#
#   1. cold processes, RUNS interleaved rounds (median, wall and CPU): a trivial Java program that
#      reads the plan file (the bare JVM), the CLI jar as `java -jar`, the distribution's launcher
#      without and with its class-data archive, and the peer (Jackson databind + Hibernate
#      Validator) on the same file;
#   2. the launcher on a plan of 10,000 members and 2,000 weekly meetings with -Xmx256m: wall
#      time and peak resident memory (GNU time), RUNS runs;
#   3. the first call inside a fresh JVM (FirstCallBenchmarks, 10 forks);
#   4. validation's (draft, launch) and writing's (to a String, to a stream) CPU time per element
#      (member or meeting) at 100, 10,000 and 100,000 (ValidateScaleBenchmarks and
#      WriteScaleBenchmarks with the CPU-time profiler), and each size's ratio to the first.
#
# Environment (all optional): RUNS (default 10), SAMPLE (default samples/system-leaders.json),
# SIZES (default 100,10000,100000), SCALE_OPTS (default "-f 1 -wi 10 -w 2s -i 5 -r 4s":
# at 100,000 an operation takes about half a second, and shorter warm-ups left the JIT and the
# collector promoting the fresh plan in the figures),
# MVN_ARGS (e.g. -o), OUT (default bench/results/first-answer), SKIP_BUILD=1, SKIP_JMH=1;
# for before/after figures, BEFORE_CLI (an earlier build's cop.jar, run as `java -jar` next to
# the others) and BEFORE_BENCH (an earlier build's benchmarks.jar, for step 4).
# Needs bash, GNU time (/usr/bin/time) and a JDK 17+.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${RUNS:-10}"
SAMPLE="${SAMPLE:-samples/system-leaders.json}"
SIZES="${SIZES:-100,10000,100000}"
# a plan of 100,000 members and meetings and its peer copy need more than the suite's 2 GB heap
OUT="${OUT:-bench/results/first-answer}"
JAR=cop-benchmarks/target/benchmarks.jar
CLI=cop-examples/target/cop.jar
TIME=/usr/bin/time

mkdir -p "$OUT"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building cop-benchmarks and cop-distribution"
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_ARGS:-} -Pbench -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
    package -pl cop-benchmarks,cop-distribution -am
fi
rm -rf "$OUT/dist"
mkdir -p "$OUT/dist"
# the newest archive: target/ may still hold one of an earlier version
DIST=$(ls -t cop-distribution/target/cop-*.tar.gz | head -1)
tar xzf "$DIST" -C "$OUT/dist"
LAUNCHER=$(echo "$OUT"/dist/cop-*/bin/cop)
BIG="$OUT/members-10000-meetings-2000.json"
java -cp "$JAR" org.edcop.benchmarks.coldstart.PlanFile 10000 2000 "$BIG" > /dev/null

echo "machine: $(nproc) cores, $(uname -sm), $(java -version 2>&1 | head -1)"
echo "load before: $(uptime)"

# The contenders: name and command (the plan file goes last). Exit code 1 (plan not acceptable)
# is a normal answer.
names=(bare-jvm cli-jar launcher-no-archive launcher-archive peer)
cmd_bare_jvm=(java -cp "$JAR" org.edcop.benchmarks.coldstart.ColdStartMain jvm)
cmd_cli_jar=(java -jar "$CLI" validate --stage launch)
cmd_launcher_no_archive=(env COP_CDS=off "$LAUNCHER" validate --stage launch)
cmd_launcher_archive=("$LAUNCHER" validate --stage launch)
cmd_peer=(java -cp "$JAR" org.edcop.benchmarks.coldstart.ColdStartMain peer)
if [ -n "${BEFORE_CLI:-}" ]; then
  names+=(before-cli-jar)
  cmd_before_cli_jar=(java -jar "$BEFORE_CLI" validate --stage launch)
fi
# one untimed run each: the launcher writes its archive on its first run (JDK 17/18). A process
# that fails (cop: exit 2 or more; the peer or the bare JVM: any exit but 0) would be timed doing
# less than the others, so the script stops instead.
for name in "${names[@]}"; do
  declare -n cmd="cmd_${name//-/_}"
  status=0
  "${cmd[@]}" "$SAMPLE" > "$OUT/check.txt" 2>&1 || status=$?
  case $name in
    peer | bare-jvm) limit=0 ;;
    *) limit=1 ;;
  esac
  if [ "$status" -gt "$limit" ]; then
    echo "first-answer.sh: $name failed on $SAMPLE (exit $status); its output:" >&2
    head -5 "$OUT/check.txt" >&2
    exit 1
  fi
done

# median of numbers on standard input
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "== 1. cold processes on $SAMPLE, $RUNS interleaved rounds"
: > "$OUT/cold.txt"
for round in $(seq 1 "$RUNS"); do
  for name in "${names[@]}"; do
    declare -n cmd="cmd_${name//-/_}"
    start=$(date +%s%N)
    $TIME -f "%U %S" -o "$OUT/time.tmp" "${cmd[@]}" "$SAMPLE" > /dev/null 2>&1 || true
    end=$(date +%s%N)
    read -r user sys < <(tail -1 "$OUT/time.tmp")
    echo "$name $round $(( (end - start) / 1000000 )) $(awk -v u="$user" -v s="$sys" 'BEGIN { print (u + s) * 1000 }')" >> "$OUT/cold.txt"
  done
done
printf '| %s | %s | %s |\n' "process" "wall ms (median)" "CPU ms (median)"
printf '|---|---:|---:|\n'
for name in "${names[@]}"; do
  wall=$(awk -v n="$name" '$1 == n { print $3 }' "$OUT/cold.txt" | median)
  cpu=$(awk -v n="$name" '$1 == n { print $4 }' "$OUT/cold.txt" | median)
  printf '| %s | %s | %s |\n' "$name" "$wall" "$cpu"
  eval "wall_${name//-/_}=$wall"
done
awk -v b="$wall_bare_jvm" -v j="$wall_cli_jar" -v n="$wall_launcher_no_archive" \
  -v a="$wall_launcher_archive" -v p="$wall_peer" 'BEGIN {
  printf "over the bare JVM (wall, ms): cli-jar %+d, launcher without archive %+d, with archive %+d (goal <= 500)\n", j - b, n - b, a - b
  printf "ratio to the peer (wall): cli-jar %.2f, launcher without archive %.2f, with archive %.2f (goal <= 0.5)\n", j / p, n / p, a / p
}'

echo "== 2. launcher, 10,000 members and 2,000 weekly meetings, -Xmx256m, $RUNS runs"
: > "$OUT/big.txt"
for round in $(seq 1 "$RUNS"); do
  COP_JAVA_OPTS=-Xmx256m $TIME -f "%e %M %U %S" -o "$OUT/time.tmp" "$LAUNCHER" validate --stage launch "$BIG" > "$OUT/big-output.txt" 2>&1 || true
  tail -1 "$OUT/time.tmp" >> "$OUT/big.txt"
done
head -1 "$OUT/big-output.txt"
echo "wall s (median): $(awk '{ print $1 }' "$OUT/big.txt" | median) (max $(awk '{ print $1 }' "$OUT/big.txt" | sort -g | tail -1); goal < 1.5)"
echo "CPU s (median): $(awk '{ print $3 + $4 }' "$OUT/big.txt" | median)"
echo "peak RSS MB (median): $(awk '{ print $2 / 1024 }' "$OUT/big.txt" | median) (max $(awk '{ print $2 / 1024 }' "$OUT/big.txt" | sort -g | tail -1); goal < 256)"

if [ "${SKIP_JMH:-0}" != 1 ]; then
  echo "== 3. first call in a fresh JVM (FirstCallBenchmarks, 10 forks)"
  java -jar "$JAR" FirstCallBenchmarks -p file="$SAMPLE" -prof org.edcop.benchmarks.CpuTimeProfiler -rf json -rff "$OUT/first-call.json" \
    > "$OUT/first-call.log" 2>&1
  grep -A4 '^Benchmark' "$OUT/first-call.log" || tail -5 "$OUT/first-call.log"

  echo "== 4. validation and writing, CPU time per element at $SIZES"
  scale_cost() { # jar, label
    # ValidateScaleBenchmarks and WriteScaleBenchmarks build the plan in memory (no read-back
    # limit) and set their own heap; the per-element figure divides by 2n (members + meetings)
    # shellcheck disable=SC2086
    java -jar "$1" 'ValidateScaleBenchmarks.(draft|launch)$|WriteScaleBenchmarks' -p size="$SIZES" \
      ${SCALE_OPTS:--f 1 -wi 10 -w 2s -i 5 -r 4s} \
      -prof org.edcop.benchmarks.CpuTimeProfiler -rf csv -rff "$OUT/scale-$2.csv" \
      > "$OUT/scale-$2.log" 2>&1
    awk -F, -v label="$2" 'NR > 1 && $1 ~ /cpu.time.norm/ {
        gsub(/"/, "", $1); gsub(/"/, "", $8); name = $1; sub(/:.*/, "", name); sub(/.*benchmarks\./, "", name)
        n = $8; per = $5 * 1000 / (2 * n)
        if (!(name in first)) { first[name] = per; order[++k] = name }
        line[name] = line[name] sprintf(", %d: %.0f ns (%.2fx)", n, per, per / first[name])
      } END {
        for (i = 1; i <= k; i++) printf "%s %s%s\n", label, order[i], line[order[i]]
      }' "$OUT/scale-$2.csv"
  }
  scale_cost "$JAR" now
  if [ -n "${BEFORE_BENCH:-}" ]; then scale_cost "$BEFORE_BENCH" before; fi
fi
echo "load after: $(uptime)"
