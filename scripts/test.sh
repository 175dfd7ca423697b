#!/usr/bin/env bash
# Runs the whole test suite: unit tests, then the system tests against a freshly provisioned WildFly (HTTP 8080,
# management 9990) and a fresh embedded MariaDB (port 3316), both started and stopped by the build, with a real
# headless Chromium for the pages.
#
# Installs what the suite needs and a new machine lacks: Debian's chromium and chromium-driver.
# Extra arguments go to Maven, e.g. scripts/test.sh -Dit.test=SignInIT
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    echo "test: installing Debian's chromium and chromium-driver for the browser tests"
    sudo_if_needed=""
    [ "$(id -u)" = 0 ] || sudo_if_needed="sudo"
    $sudo_if_needed apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo_if_needed apt-get install -y -q chromium chromium-driver
fi

for port in 8080 9990; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "test: port $port is in use (is scripts/run.sh still running?); the test server needs it" >&2
        exit 1
    fi
done

# clean: classes of deleted sources must not linger in target/ and get deployed.
mvn -B "$@" clean verify
