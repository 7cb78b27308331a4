#!/usr/bin/env bash
# Tandem's core is in layers: no folder of core/ includes a folder that (directly or through others) includes it
# back, storage/ knows no provider, core never includes a widget, and the screens (ui/) work through core's services,
# never with the database itself. Fails with the loop or the include it found.
set -euo pipefail
core="$1/core"
edges=$(mktemp)
trap 'rm -f "$edges"' EXIT
for dir in "$core"/*/; do
    from=$(basename "$dir")
    { grep -ho '#include "[a-z0-9_]*/[^"]*"' "$dir"*.cpp "$dir"*.h 2>/dev/null || true; } | sed -E 's|#include "([a-z0-9_]*)/.*|\1|' \
        | sort -u | while read -r to; do
            if [ "$to" != "$from" ] && [ -d "$core/$to" ]; then echo "$to $from"; fi
        done
done >"$edges"
if ! tsort "$edges" >/dev/null 2>"$edges.err"; then
    echo "core/ folders include each other in a loop:"
    cat "$edges.err"
    rm -f "$edges.err"
    exit 1
fi
rm -f "$edges.err"
if grep -n '#include "providers/' "$core"/storage/*; then
    echo "storage/ includes providers/: it must know no provider"
    exit 1
fi
if grep -rn '#include <Q\(Widget\|Dialog\|MainWindow\|MessageBox\|Application\)' "$core"; then
    echo "core/ includes widgets"
    exit 1
fi
if grep -rnw -e 'Database' -e 'DatabaseReadThread' -e 'runOnDatabaseThread' "$1/ui" | grep -v SharedDatabase; then
    echo "ui/ works with the database itself: screens read and write through core's services (DataServices,"
    echo "BackgroundReads, runInBackground)"
    exit 1
fi
echo "core/ is in layers: $(wc -l <"$edges") folder dependencies, no loop"
