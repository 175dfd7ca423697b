package org.hotline.telephony.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The switchboard's deliveries with an executor the test runs by hand: what the agent must see now goes before any
 * console push, a phone whose push already waits is not queued twice (its push shows the state as it is when it
 * runs), and a change after its push began is pushed again, so a console always ends up with its last state.
 */
class LiveDeliveriesTest {

    private final Deque<Runnable> executor = new ArrayDeque<>();
    private final List<String> delivered = new ArrayList<>();
    private final LiveDeliveries deliveries =
            new LiveDeliveries(() -> executor::add, 1, phone -> delivered.add("state " + phone));

    @Test
    void popsGoFirstAndAPhonesWaitingStatePushIsNotQueuedTwice() {
        deliveries.console("PJSIP/1001");
        deliveries.console("PJSIP/1002");
        deliveries.console("PJSIP/1001"); // ringing, then the device's state: one push shows both
        deliveries.urgent(() -> delivered.add("pop 1"));
        deliveries.urgent(() -> delivered.add("answered 1"));

        runAll();

        assertEquals(List.of("pop 1", "answered 1", "state PJSIP/1001", "state PJSIP/1002"), delivered);
    }

    @Test
    void aChangeAfterThePhonesPushBeganIsPushedAgain() {
        LiveDeliveries[] self = new LiveDeliveries[1];
        List<String> pushed = new ArrayList<>();
        self[0] = new LiveDeliveries(() -> executor::add, 1, phone -> {
            pushed.add(phone);
            if (pushed.size() == 1) {
                self[0].console(phone); // the phone changed while its state was being pushed
            }
        });
        self[0].console("PJSIP/1001");

        runAll();

        assertEquals(List.of("PJSIP/1001", "PJSIP/1001"), pushed);
    }

    private void runAll() {
        while (!executor.isEmpty()) {
            executor.poll().run();
        }
    }
}
