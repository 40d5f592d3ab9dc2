#!/usr/bin/env bash
# Two Grunnmodell nodes on one PostgreSQL, one of them killed mid-run (issue 14; README «Running more than one
# node»). Builds the jar, starts the tests' embedded PostgreSQL (nothing to install) and two nodes from the jar on
# ports 18081 and 18082 with the postgres,demo profiles, creates courses through both, brings their timers and a set
# of overdue steps due, kills node-b with SIGKILL while jobs run, and checks in the database that every timer fired
# once, every overdue step was escalated once and nothing was lost. Exit status non-zero if a check fails.
# The report is printed and kept in target/two-nodes/report.txt; each node's log in target/two-nodes/node-*/.
# Extra Maven options are passed on (e.g. -o offline, -Dtwonodes.family=40).
set -euo pipefail
cd "$(dirname "$0")/../.."
for port in 18081 18082; do
  if (exec 3<>"/dev/tcp/localhost/$port") 2>/dev/null; then
    echo "Port $port is in use; stop what runs there first." >&2
    exit 2
  fi
done
mvn -B -q "$@" -DskipTests -Dexec.skip package
rm -f target/two-nodes/report.txt
status=0
mvn -B -q "$@" -Ptwo-nodes test -Dsurefire.failIfNoSpecifiedTests=false || status=$?
echo
if [ -f target/two-nodes/report.txt ]; then
  echo "Report (target/two-nodes/report.txt):"
  cat target/two-nodes/report.txt
else
  echo "No report was written; see target/surefire-reports/ and target/two-nodes/node-*/node.log" >&2
fi
exit $status
