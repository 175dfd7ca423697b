#!/usr/bin/env bash
# Installs Debian packages a new machine lacks (as root, or through sudo). Used by run.sh and test.sh.
set -euo pipefail
sudo_if_needed=""
[ "$(id -u)" = 0 ] || sudo_if_needed="sudo"
$sudo_if_needed apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo_if_needed apt-get install -y -q "$@"
