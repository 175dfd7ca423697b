#!/usr/bin/env bash
# Copies the screenshots the system tests took (ear/target/screenshots, after scripts/test.sh) that docs/USER-GUIDE.md
# shows into docs/user-guide/, so that the guide shows the pages as the tests last saw them.
#
#   scripts/user-guide-screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
from=ear/target/screenshots
mkdir -p docs/user-guide
grep -oE 'user-guide/[a-z0-9-]+\.png' docs/USER-GUIDE.md | sort -u | while read -r shot; do
    name=${shot#user-guide/}
    if [ -f "$from/$name" ]; then
        cp "$from/$name" "docs/$shot"
    else
        echo "user-guide: $from/$name was not taken by the last test run" >&2
    fi
done
