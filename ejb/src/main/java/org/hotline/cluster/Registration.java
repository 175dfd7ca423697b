package org.hotline.cluster;

/**
 * A listener's place with {@link PrimaryRole} or {@link ClusterRelay}, given up by {@link #close()}. Closing only
 * removes an entry from a map, so it throws nothing: its holders close it without a try.
 */
@FunctionalInterface
public interface Registration extends AutoCloseable {

    @Override
    void close();
}
