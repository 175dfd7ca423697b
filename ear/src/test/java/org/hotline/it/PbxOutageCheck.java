package org.hotline.it;

import java.time.Duration;

/**
 * {@code scripts/check-pbx-outage.sh}: the link-cut scenario of {@link PbxOutageIT} against a server of its own, with
 * the cut as long as {@code hotline.pbx.outage.seconds} says (five minutes there), closed then half-open (or only the
 * kinds named as arguments: {@code closed}, {@code half-open}). Prints, for each, how long after the link came back
 * every call was complete in the call log; fails as the test does when a call is not.
 */
public final class PbxOutageCheck {

    private PbxOutageCheck() {}

    public static void main(String[] args) throws Exception {
        String[] kinds = args.length == 0 ? new String[] {"closed", "half-open"} : args;
        int series = 3;
        for (String kind : kinds) {
            Duration complete = PbxOutageIT.callsThroughACut(kind.equals("half-open"), series++);
            System.out.printf(
                    "%s link cut for %d s: 20 of 20 calls complete %.1f s after the link came back%n",
                    kind, PbxOutageIT.OUTAGE.toSeconds(), complete.toMillis() / 1000.0);
        }
        System.exit(0); // the fake PBX's threads
    }
}
