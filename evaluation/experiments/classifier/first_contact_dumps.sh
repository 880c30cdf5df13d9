#!/bin/bash
# Writes each unseen batch's reports as the rules of its first contact made them: for every commit
# that added a batch of development calls (before any rule was tuned on it), a worktree of that
# commit runs InsightAccuracyTest on the development half with -Deval.dump, into
# $OUT/<commit>/<id>.{general,sales,hiring}.json. first_contact.py reads them.
#   bash evaluation/experiments/classifier/first_contact_dumps.sh      (about 2 min per commit)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
OUT=${OUT:-/tmp/first-contact-dumps}
for commit in $(/usr/bin/python3 "$here/first_contact.py" --commits); do  # Debian python3-sklearn
  [ -d "$OUT/$commit" ] && continue
  tree=$(mktemp -d)/tree
  git -C "$repo" worktree add -f --detach "$tree" "$commit" >/dev/null
  test=$tree/engine-core/src/test/java/dev/reportengine/core/InsightAccuracyTest.java
  grep -q '"sales",' "$test" || python3 "$here/dump_patch.py" "$test"
  # the scorer's floors may fail at an old commit; the reports are written before they are checked
  (cd "$tree" && ./mvnw -B -q -pl engine-core -am test -Dtest=InsightAccuracyTest \
      -Dsurefire.failIfNoSpecifiedTests=false -Deval.split=development -Deval.dump="$OUT/$commit" \
      -Dspotless.check.skip=true -Djacoco.skip=true >/dev/null 2>&1) || true
  git -C "$repo" worktree remove --force "$tree"
  echo "$commit: $(ls "$OUT/$commit" | wc -l) reports"
done
