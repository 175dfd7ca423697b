package org.hotline.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.jboss.msc.Service;
import org.jboss.msc.service.ServiceActivatorContext;
import org.jboss.msc.service.ServiceBuilder;
import org.jboss.msc.service.ServiceName;
import org.jboss.msc.service.StartContext;
import org.jboss.msc.service.StopContext;
import org.wildfly.clustering.server.GroupMember;
import org.wildfly.clustering.server.dispatcher.Command;
import org.wildfly.clustering.server.dispatcher.CommandDispatcher;
import org.wildfly.clustering.server.dispatcher.CommandDispatcherFactory;

/**
 * Connects {@link ClusterRelay} to the server's default command dispatcher factory (the cluster's JGroups channel) for
 * as long as the deployment runs. Only loaded when the server has that factory: the class names the clustering API,
 * which the single-node server's deployments do not see.
 */
final class DispatcherRelay implements ClusterRelay.Sender {

    private static final Logger LOG = Logger.getLogger(DispatcherRelay.class);
    /** The factory's service, installed by the clustering subsystem of the cluster server. */
    static final ServiceName DEFAULT_FACTORY = ServiceName.parse(PrimaryElection.DEFAULT_DISPATCHER_FACTORY);
    /** The dispatchers of one name on every node talk to each other. */
    private static final String NAME = "org.hotline.relay";

    private final CommandDispatcherFactory<GroupMember> factory;
    private final CommandDispatcher<GroupMember, Object> dispatcher;

    private DispatcherRelay(CommandDispatcherFactory<GroupMember> factory) {
        this.factory = factory;
        this.dispatcher = factory.createCommandDispatcher(NAME, NAME, DispatcherRelay.class.getClassLoader());
    }

    static void activate(ServiceActivatorContext context) {
        ServiceBuilder<?> builder = context.getServiceTarget().addService(ServiceName.of("org", "hotline", "relay"));
        Supplier<CommandDispatcherFactory<GroupMember>> factory = builder.requires(DEFAULT_FACTORY);
        builder.setInstance(new Service() {
                    private DispatcherRelay relay;

                    @Override
                    public void start(StartContext started) {
                        try {
                            relay = new DispatcherRelay(factory.get());
                        } catch (RuntimeException failed) {
                            // the node still serves everything else; only other nodes' browsers miss its pushes
                            LOG.errorf(failed, "No relay of live messages to the other nodes");
                            return;
                        }
                        ClusterRelay.connect(relay);
                        LOG.infof("Live messages relayed within group %s", relay.groupName());
                    }

                    @Override
                    public void stop(StopContext stopped) {
                        ClusterRelay.disconnect();
                        if (relay != null) {
                            relay.dispatcher.close();
                        }
                    }
                })
                .install();
    }

    private String groupName() {
        return factory.getGroup().getName();
    }

    @Override
    public boolean hasOthers() {
        return factory.getGroup().getMembership().getMembers().size() > 1;
    }

    @Override
    public Collection<CompletionStage<String>> askOthers(Asked question) {
        return toTheOthers(question).values();
    }

    @Override
    public void toOthers(Relayed message) {
        toTheOthers(message)
                .forEach((member, answer) -> answer.whenComplete((nothing, failed) -> {
                    if (failed != null) {
                        LOG.debugf("%s did not take a %s message: %s", member.getName(), message.topic(), failed);
                    }
                }));
    }

    /** Every member but this one; a command that cannot be sent fails as the callers' other failures do. */
    private <R> Map<GroupMember, CompletionStage<R>> toTheOthers(Command<R, Object, RuntimeException> command) {
        try {
            return dispatcher.dispatchToGroup(command, Set.of(factory.getGroup().getLocalMember()));
        } catch (IOException failed) {
            throw new UncheckedIOException("the command could not be sent to the other nodes", failed);
        }
    }
}
