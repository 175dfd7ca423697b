package org.hotline.cluster;

import org.jboss.msc.Service;
import org.jboss.msc.service.ServiceName;
import org.jboss.msc.service.StartContext;
import org.jboss.msc.service.StopContext;
import org.wildfly.clustering.singleton.service.SingletonServiceActivator;
import org.wildfly.clustering.singleton.service.SingletonServiceActivatorContext;

/**
 * A singleton service of the default singleton policy (one node of the cluster, chosen by the policy's election;
 * another when it leaves) whose start makes this node the primary and whose stop ends it. A node that is stopped
 * cleanly hands the role over at once; one that dies loses it when the others notice (JGroups' failure detection).
 */
final class SingletonElection implements SingletonServiceActivator {

    /** The same name on every node: the election is among the services of one name (an unnamed one gets its own). */
    static final ServiceName PRIMARY = ServiceName.of("org", "hotline", "primary");

    @Override
    public void activate(SingletonServiceActivatorContext context) {
        context.getServiceTarget()
                .addService(PRIMARY)
                .setInstance(new Service() {
                    @Override
                    public void start(StartContext started) {
                        PrimaryRole.become(true, "elected by the cluster's singleton service");
                    }

                    @Override
                    public void stop(StopContext stopped) {
                        PrimaryRole.become(false, "the cluster's singleton service moved or stopped");
                    }
                })
                .install();
    }
}
