package org.hotline.telephony.live;

import static org.hotline.telephony.RepositoryFiles.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.internal.ManagerReaderImpl;
import org.asteriskjava.util.SocketConnectionFacade;

/**
 * The events of a real AMI session ({@code ear/src/test/resources/asterisk22}) as the application receives them:
 * every received message is read by Asterisk-Java's own reader ({@link ManagerReaderImpl}), which builds the same
 * event objects, with the same fields set or missing, as on the live connection.
 */
final class Transcript {

    private Transcript() {}

    static List<ManagerEvent> events(String fixture) {
        List<String> lines = new ArrayList<>();
        boolean received = false;
        for (String line : read(file("ear/src/test/resources/asterisk22/" + fixture + ".ami.txt"))) {
            if (line.startsWith("--- ")) {
                if (received) {
                    lines.add(""); // the blank line that ends a message on the wire
                }
                received = line.startsWith("--- recv");
            } else if (received) {
                lines.add(line);
            }
        }
        if (received) {
            lines.add("");
        }
        return parsed(lines);
    }

    /** The events of the given wire lines (a blank line after each message), as Asterisk-Java's reader builds them. */
    static List<ManagerEvent> parsed(List<String> lines) {
        List<ManagerEvent> events = new ArrayList<>();
        try {
            Class<?> dispatcher = Class.forName("org.asteriskjava.manager.internal.Dispatcher");
            Object collecting = Proxy.newProxyInstance(
                    dispatcher.getClassLoader(), new Class<?>[] {dispatcher}, (proxy, method, arguments) -> {
                        if (method.getName().equals("dispatchEvent") && !(arguments[0] instanceof DisconnectEvent)) {
                            events.add((ManagerEvent) arguments[0]);
                        }
                        return null;
                    });
            ManagerReaderImpl reader = ManagerReaderImpl.class
                    .getConstructor(dispatcher, Object.class)
                    .newInstance(collecting, Transcript.class);
            reader.setSocket(socket(lines.iterator()));
            reader.run();
        } catch (ReflectiveOperationException notAsteriskJavasReader) {
            throw new IllegalStateException("Asterisk-Java's reader has changed", notAsteriskJavasReader);
        }
        return events;
    }

    private static SocketConnectionFacade socket(Iterator<String> lines) {
        return new SocketConnectionFacade() {
            @Override
            public String readLine() {
                return lines.hasNext() ? lines.next() : null;
            }

            @Override
            public void write(String text) {}

            @Override
            public void flush() {}

            @Override
            public void close() {}

            @Override
            public boolean isConnected() {
                return lines.hasNext();
            }

            @Override
            public InetAddress getLocalAddress() {
                return InetAddress.getLoopbackAddress();
            }

            @Override
            public int getLocalPort() {
                return 0;
            }

            @Override
            public InetAddress getRemoteAddress() {
                return InetAddress.getLoopbackAddress();
            }

            @Override
            public int getRemotePort() {
                return 5038;
            }
        };
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
