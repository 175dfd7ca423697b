package org.hotline.cluster;

import java.io.Serializable;
import org.wildfly.clustering.server.dispatcher.Command;

/**
 * One message between nodes, as it travels: three strings, marshalled by the dispatcher (JBoss Marshalling, the
 * deployment declaring no ProtoStream schema) and executed on the receiving node, where it goes to that node's
 * {@link ClusterRelay.Receiver}. Loaded only on a server with the clustering API (see {@link DispatcherRelay}).
 */
record Relayed(String topic, String recipient, String text)
        implements Command<Void, Object, RuntimeException>, Serializable {

    @Override
    public Void execute(Object context) {
        ClusterRelay.received(this);
        return null;
    }
}
