#!/usr/bin/env bash
# Runs the search's tests with the indexes on OpenSearch rather than in the server's own Lucene folders: a real
# OpenSearch 2.19 node (scripts/opensearch-node.sh, with the analysis plugin built from the application's analysis
# sources) on port 9201, the analysis compared term for term with Lucene's (scripts/opensearch's own tests), then the
# search system tests against the server started with HOTLINE_SEARCH_HOSTS naming that node. The single-node suite
# (scripts/test.sh) runs the same search tests on Lucene.
#
# Extra arguments go to Maven, e.g. scripts/test-search-opensearch.sh -Dit.test=SearchIT
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

export HOTLINE_OPENSEARCH_HOME=${HOTLINE_OPENSEARCH_HOME:-$root/.hotline/opensearch-test}
export HOTLINE_OPENSEARCH_PORT=${HOTLINE_OPENSEARCH_PORT:-9201}
search_tests=SearchIT,SearchRelevanceIT,SearchWebIT,InstitutionLookAlikeIT,OfficerBenchIT,CatalogueIT,MetricsIT

echo "test-search-opensearch: the analysis plugin's tests"
mvn -B -q -f scripts/opensearch/pom.xml verify

scripts/opensearch-node.sh start --fresh
trap 'scripts/opensearch-node.sh stop' EXIT

echo "test-search-opensearch: the search system tests on OpenSearch ($search_tests)"
# no unit tests here: scripts/test.sh runs them; -Dtest names none so that only the system tests run
mvn -B -Dit.search.hosts="127.0.0.1:$HOTLINE_OPENSEARCH_PORT" -Dit.test="$search_tests" \
    -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false "$@" clean verify
