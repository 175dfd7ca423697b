package org.hotline.retention;

import java.util.ArrayList;
import java.util.List;

/** What a run did so far, counted as it goes. Not thread-safe: one run counts on one thread. */
public final class RunFigures {

    private int complaints;
    private int held;
    private int recordings;
    private final List<String> failures = new ArrayList<>();

    void anonymised(int count) {
        complaints += count;
    }

    void held(int count) {
        held += count;
    }

    void removed(int count) {
        recordings += count;
    }

    void failed(String what) {
        failures.add(what);
    }

    int complaints() {
        return complaints;
    }

    int held() {
        return held;
    }

    int recordings() {
        return recordings;
    }

    int failures() {
        return failures.size();
    }

    String failureDetail() {
        return failures.isEmpty() ? null : String.join("; ", failures);
    }
}
