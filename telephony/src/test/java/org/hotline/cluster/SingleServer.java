package org.hotline.cluster;

/**
 * The primary role given by hand, as {@link PrimaryElection} gives it to a single server at start: for the unit tests
 * of the telephony module, which run without the service container (a class of this package, so that it may).
 */
public final class SingleServer {

    private SingleServer() {}

    public static void elected() {
        PrimaryRole.become(true, "a single server, in a unit test");
    }
}
