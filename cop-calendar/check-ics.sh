#!/usr/bin/env bash
# Second, independent check of the iCalendar export: parses the exported samples with the npm
# package ical.js (Mozilla's parser, used by Thunderbird) and compares every event's start and end,
# resolved through the file's own VTIMEZONE, with the meetings of the plan JSON. Not part of
# `mvn verify` (it needs npm); run it by hand after changing the export (docs/calendar.md):
#
#   bash cop-calendar/check-ics.sh
#
# It builds the CLI with the reactor (never `mvn install`), installs ical.js into a temporary
# directory, and prints one line per file and a closing "N passed, N failed" line.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "building the cop CLI (reactor, offline when possible)..."
(cd "$root" && { mvn -B -q -o -pl cop-examples -am package -DskipTests \
  || mvn -B -q -pl cop-examples -am package -DskipTests; }) >"$work/build.log" 2>&1 \
  || { cat "$work/build.log"; exit 1; }
cop=(java -jar "$root/cop-examples/target/cop.jar")

echo "installing ical.js into $work ..."
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund ical.js@2 >/dev/null)

# the complete samples, plus a generated school year for every cadence kind in three zones
mkdir -p "$work/files"
for sample in system-leaders site-leaders-equity assessment-change; do
  cp "$root/samples/$sample.json" "$work/files/$sample.json"
done
python3 - "$root/samples/system-leaders.json" "$work/files" <<'PY'
import json, sys, copy
base = json.load(open(sys.argv[1], encoding="utf-8"))
cadences = {
    "weekly": {"kind": "every-n-weeks", "intervalWeeks": 1, "dayOfWeek": "wednesday"},
    "every-2-weeks": {"kind": "every-n-weeks", "intervalWeeks": 2, "dayOfWeek": "thursday"},
    "second-tuesday": {"kind": "monthly", "weekOfMonth": 2, "dayOfWeek": "tuesday"},
    "last-thursday": {"kind": "monthly", "weekOfMonth": 5, "dayOfWeek": "thursday"},
    "day-31": {"kind": "monthly", "dayOfMonth": 31},
    "every-2-months": {"kind": "every-n-months", "intervalMonths": 2, "weekOfMonth": 1, "dayOfWeek": "monday"},
    "twice-1-3": {"kind": "twice-monthly", "weeksOfMonth": [1, 3], "dayOfWeek": "tuesday"},
    "twice-1-15": {"kind": "twice-monthly", "daysOfMonth": [1, 15]},
}
for zone in ["America/Edmonton", "America/Los_Angeles", "Europe/Paris"]:
    for name, cadence in cadences.items():
        plan = copy.deepcopy(base)
        plan["timeZone"] = zone
        plan["practice"]["launchPlan"]["cadence"] = dict(cadence, startTime="15:30")
        plan["practice"]["launchPlan"]["launchDate"] = "2026-09-01"
        plan["practice"]["meetings"] = []
        tag = zone.split("/")[1].lower() + "-" + name
        json.dump(plan, open(f"{sys.argv[2]}/cadence-{tag}.json", "w", encoding="utf-8"))
PY
for plan in "$work"/files/cadence-*.json; do
  "${cop[@]}" schedule "$plan" --from 2026-09-01 --until 2027-06-30 --merge 2>/dev/null >"$plan.merged"
  mv "$plan.merged" "$plan"
done
for plan in "$work"/files/*.json; do
  "${cop[@]}" calendar "$plan" --attendees >"${plan%.json}.ics" 2>/dev/null
done

cat >"$work/check.mjs" <<'JS'
import ICAL from 'ical.js';
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
let passed = 0, failed = 0;
for (const name of fs.readdirSync(dir).filter(f => f.endsWith('.ics')).sort()) {
  const problems = [];
  const plan = JSON.parse(fs.readFileSync(path.join(dir, name.replace(/\.ics$/, '.json')), 'utf8'));
  const meetings = plan.practice.meetings.filter(m => m.start && m.end && Date.parse(m.end) > Date.parse(m.start));
  let count = 0;
  try {
    const root = new ICAL.Component(ICAL.parse(fs.readFileSync(path.join(dir, name), 'utf8')));
    for (const vtz of root.getAllSubcomponents('vtimezone')) {
      ICAL.TimezoneService.register(vtz);
    }
    const zones = root.getAllSubcomponents('vtimezone').map(z => z.getFirstPropertyValue('tzid'));
    if (zones.length !== 1 || zones[0] !== plan.timeZone) problems.push(`VTIMEZONE ${zones} != ${plan.timeZone}`);
    const events = root.getAllSubcomponents('vevent').map(v => new ICAL.Event(v));
    count = events.length;
    if (events.length !== meetings.length) problems.push(`${events.length} events for ${meetings.length} timed meetings`);
    events.forEach((event, i) => {
      const m = meetings[i];
      if (!m) return;
      const tzid = event.component.getFirstProperty('dtstart').getParameter('tzid');
      if (tzid !== plan.timeZone) problems.push(`${event.uid}: TZID ${tzid}`);
      if (event.uid !== `${plan.id}.${m.id}@cop.edcop`) problems.push(`UID ${event.uid} for meeting ${m.id}`);
      const start = event.startDate.toJSDate().getTime(), end = event.endDate.toJSDate().getTime();
      if (start !== Date.parse(m.start)) problems.push(`${m.id}: start ${new Date(start).toISOString()} != ${m.start}`);
      if (end !== Date.parse(m.end)) problems.push(`${m.id}: end ${new Date(end).toISOString()} != ${m.end}`);
    });
  } catch (e) {
    problems.push(`does not parse: ${e.message}`);
  }
  if (problems.length === 0) { passed++; console.log(`ok      ${name} (${count} events)`); }
  else { failed++; console.log(`FAILED  ${name}: ${problems.slice(0, 3).join('; ')}`); }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
JS
echo "ical.js $(node -e "console.log(require('$work/node_modules/ical.js/package.json').version)")"
(cd "$work" && node check.mjs "$work/files")
