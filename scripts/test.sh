#!/usr/bin/env bash
# Runs the whole test suite: unit tests, then the system tests against a freshly provisioned WildFly (HTTP 8080,
# management 9990) and a fresh embedded MariaDB (port 3316), both started and stopped by the build, with a real
# headless Chromium for the pages.
#
# Installs what the suite needs and a new machine lacks: Debian's chromium and chromium-driver, nginx (the reverse
# proxy the deployment's test runs in front of the server), and the DejaVu fonts the daily summary PDF is written in.
# Extra arguments go to Maven, e.g. scripts/test.sh -Dit.test=SignInIT
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    echo "test: installing Debian's chromium and chromium-driver for the browser tests"
    scripts/apt-install.sh chromium chromium-driver
fi
if [ ! -x /usr/sbin/nginx ]; then
    echo "test: installing Debian's nginx for the reverse proxy's test (deploy/nginx/hotline.conf)"
    scripts/apt-install.sh nginx
fi
if [ ! -r /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
    echo "test: installing Debian's DejaVu fonts for the daily summary PDF"
    scripts/apt-install.sh fonts-dejavu-core
fi

for port in 8080 9990 8443; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "test: port $port is in use (is scripts/run.sh still running?); the test server needs it" >&2
        exit 1
    fi
done

# The committed sources are formatted as the build formats them (palantir-java-format through spotless).
mvn -B spotless:check
# clean: classes of deleted sources must not linger in target/ and get deployed.
mvn -B "$@" clean verify
