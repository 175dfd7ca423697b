package org.hotline.cluster;

import org.jboss.msc.service.ServiceActivator;
import org.jboss.msc.service.ServiceActivatorContext;
import org.jboss.msc.service.ServiceName;

/**
 * Puts the application's primary role under WildFly's singleton service when the server has one (the cluster
 * server, provisioned with the {@code singleton-ha} layer), so that exactly one node of the cluster holds it and
 * another takes it over when that node leaves; on a server without it (the single-node default) this node is the
 * primary from the start.
 *
 * <p>Found by the service container through {@code META-INF/services/org.jboss.msc.service.ServiceActivator} as the
 * deployment is installed. {@link SingletonElection} is only loaded when the singleton API is there: on the
 * single-node server its interface does not exist, and loading it would fail the deployment. Where the server has a
 * command dispatcher factory (the cluster server), it also connects {@link ClusterRelay} to it ({@link DispatcherRelay},
 * loaded on the same condition).
 */
public final class PrimaryElection implements ServiceActivator {

    static final String SINGLETON_API = "org.wildfly.clustering.singleton.service.SingletonServiceActivator";

    /**
     * The service the default singleton policy installs singleton services with: there only on a server with the
     * singleton subsystem. The API's module alone is no sign of it: the single-node server has the module too.
     */
    static final ServiceName DEFAULT_SINGLETON_TARGETS =
            ServiceName.parse("org.wildfly.clustering.singleton.default-service-target-factory");

    /** The clustering API's command dispatcher, which {@link DispatcherRelay} uses: visible where the server has it. */
    static final String DISPATCHER_API = "org.wildfly.clustering.server.dispatcher.CommandDispatcherFactory";

    @Override
    public void activate(ServiceActivatorContext context) {
        if (visible(SINGLETON_API) && context.getServiceRegistry().getService(DEFAULT_SINGLETON_TARGETS) != null) {
            new SingletonElection().activate(context);
        } else {
            PrimaryRole.become(true, "a single server");
        }
        if (visible(DISPATCHER_API)
                && context.getServiceRegistry().getService(ServiceName.parse(DEFAULT_DISPATCHER_FACTORY)) != null) {
            DispatcherRelay.activate(context); // the live messages reach browsers on the other nodes
        }
    }

    /** {@link DispatcherRelay#DEFAULT_FACTORY}'s name, here so that this class does not load that one. */
    static final String DEFAULT_DISPATCHER_FACTORY = "org.wildfly.clustering.server.default-command-dispatcher-factory";

    private static boolean visible(String className) {
        try {
            Class.forName(className, false, PrimaryElection.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
