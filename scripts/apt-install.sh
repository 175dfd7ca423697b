#!/usr/bin/env bash
# Installs Debian packages a new machine lacks (as root, or through sudo). Used by run.sh, test.sh and cluster.sh.
#
# Installed, never started: a package's service (nginx on port 80, a MariaDB on 3306, haproxy) would take ports and
# data the project's own processes use, so services are kept from starting while the packages are installed
# (policy-rc.d answering 101, Debian's "action forbidden by policy"). The scripts start what they need themselves.
set -euo pipefail
sudo_if_needed=""
[ "$(id -u)" = 0 ] || sudo_if_needed="sudo"
policy=/usr/sbin/policy-rc.d
made_policy=false
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo_if_needed tee "$policy" >/dev/null
    $sudo_if_needed chmod 755 "$policy"
    made_policy=true
fi
trap '$made_policy && $sudo_if_needed rm -f "$policy"' EXIT
$sudo_if_needed apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo_if_needed apt-get install -y -q "$@"
