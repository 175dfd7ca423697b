package org.hotline.cluster;

import java.io.Serializable;
import org.wildfly.clustering.server.dispatcher.Command;

/**
 * A question to the other nodes, as it travels: executed on each, where that node's {@link ClusterRelay.Answerer}
 * answers it or not. Loaded only on a server with the clustering API (see {@link DispatcherRelay}).
 */
record Asked(String topic, String argument) implements Command<String, Object, RuntimeException>, Serializable {

    @Override
    public String execute(Object context) {
        return ClusterRelay.answered(this);
    }
}
