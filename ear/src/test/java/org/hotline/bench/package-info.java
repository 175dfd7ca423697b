/**
 * Benchmarks, run by scripts/bench.sh against a provisioned server and its MariaDB (not by the test suite: timings
 * on a shared 2-core machine do not belong in tests). Each figure is printed beside a baseline measured in the same
 * run.
 */
package org.hotline.bench;
