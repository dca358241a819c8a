#!/bin/sh
# Fuzzes one target for a given number of minutes with Jazzer's command-line driver, printing
# libFuzzer's statistics (executions, coverage, corpus) at the end. See docs/reliability.md.
#
#   cop-hardening/fuzz.sh reader 15      # JsonReaderFuzzTest.readPlan for 15 minutes
#   cop-hardening/fuzz.sh validator 15   # ValidatorFuzzTest.validate for 15 minutes
#   cop-hardening/fuzz.sh differential 5 # EntryPointsFuzzTest.differential (Jackson 2 against 3)
#
# EntryPointsFuzzTest's targets: plan, policy, report (every source of both facades),
# differential and roundTrip.
#
# The generated corpus goes to cop-hardening/.cifuzz-corpus/ (not committed); a crashing input
# is written to the target's inputs directory under src/test/resources, where the normal test
# suite replays it from then on.
set -eu
target=${1:?reader, validator, plan, policy, report, differential or roundTrip}
minutes=${2:?minutes}
here=$(cd "$(dirname "$0")" && pwd)
case "$target" in
  reader) class=JsonReaderFuzzTest; method=readPlan ;;
  validator) class=ValidatorFuzzTest; method=validate ;;
  plan|policy|report|differential|roundTrip) class=EntryPointsFuzzTest; method=$target ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac
cd "$here/.."
mvn -B -q -pl cop-hardening -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/fuzz.classpath -Dmdep.includeScope=test
inputs="$here/src/test/resources/org/edcop/hardening/${class}Inputs/$method"
corpus="$here/.cifuzz-corpus/org.edcop.hardening.$class/$method"
mkdir -p "$corpus"
cd "$here"
exec java -cp "target/test-classes:$(cat target/fuzz.classpath)" \
  com.code_intelligence.jazzer.Jazzer \
  --target_class="org.edcop.hardening.$class" --target_method="$method" \
  --instrumentation_includes='org.edcop.**:com.fasterxml.jackson.**:tools.jackson.**' \
  --reproducer_path=target -artifact_prefix="$inputs/" \
  -max_total_time=$((minutes * 60)) -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
  "$corpus" "$inputs"
