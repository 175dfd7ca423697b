package org.hotline.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * The one fake Asterisk of a test run, shared by every test class like the server is: the application keeps its
 * two AMI connections (events, actions) to it for the whole run, as it would to a real PBX. Started on first use;
 * its threads are daemons and end with the JVM.
 */
final class TestPbx {

    static final int PORT = Integer.getInteger("hotline.ami.port", 5039);
    /** The AMI user and secret the test server is configured with (ear/pom.xml). */
    static final String USER = "helpdesk";

    static final String SECRET = "helpdesk-secret";
    /** The application logs in twice: once for events, once for actions. */
    static final int CONNECTIONS = 2;

    private static FakeAsterisk pbx;

    private TestPbx() {}

    static synchronized FakeAsterisk get() throws InterruptedException {
        if (pbx == null) {
            try {
                pbx = new FakeAsterisk(PORT, USER, SECRET);
            } catch (IOException cannotListen) {
                throw new UncheckedIOException(cannotListen);
            }
            for (String queue : new String[] {"enquiries", "registration", "complaints", "status", "agents"}) {
                pbx.queue(queue);
            }
            pbx.awaitLogins(CONNECTIONS, Duration.ofSeconds(90));
            Thread.sleep(1000); // the resync that follows the login
        }
        return pbx;
    }

    /** Drops both connections, as a PBX restart does, and waits until the application is back on both. */
    static void restart(FakeAsterisk running) throws InterruptedException {
        int before = running.logins();
        running.dropConnections();
        running.awaitLogins(before + CONNECTIONS, Duration.ofSeconds(90));
    }
}
