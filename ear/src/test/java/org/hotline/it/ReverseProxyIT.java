package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/**
 * The production deployment in front of the test server: Debian's nginx running {@code deploy/nginx/hotline.conf}, the
 * documented file itself with its {@code @NAMES@} filled in, TLS with a certificate openssl makes here, nginx
 * connecting to WildFly from 127.0.0.2 as the file advises. The test server believes forwarded headers from 127.0.0.2
 * (and from 127.0.0.1, where the other tests play clients through {@code X-Forwarded-For}); the clients of this test
 * connect from loopback addresses of their own (127.0.0.83, .84), to WildFly directly or to nginx, so that who is
 * believed is decided by the address a connection comes from, as it is in production.
 */
class ReverseProxyIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final int PROXY_PORT = 8443 + Integer.getInteger("hotline.port.offset", 0);
    private static final String PUBLIC = "https://localhost:" + PROXY_PORT;
    private static final int WILDFLY_PORT = URI.create(SystemUnderTest.BASE_URL).getPort();
    private static final Path HOME = Path.of("target", "reverse-proxy").toAbsolutePath();
    /** A public verification of a number nobody issued: allowed, and counted per client (40 a minute here). */
    private static final String CHECK = "/api/v1/public/verification?number=X-1&code=00000000";

    private static Process nginx;
    private static SSLContext trustingTheTestCertificate;

    @BeforeAll
    static void proxyInFront() throws Exception {
        SystemUnderTest.ensureAgentWithPhone("proxy.agent.it", "Proxy Agent IT", PASSWORD, "PJSIP/1983");
        Files.createDirectories(HOME);
        Path temp = Files.createDirectories(HOME.resolve("temp"));
        // nginx's workers run as nobody when the test runs as root, and may spool bodies here
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxrwxrwx"));
        run(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=DNS:localhost",
                "-keyout",
                HOME.resolve("key.pem").toString(),
                "-out",
                HOME.resolve("certificate.pem").toString());
        String site = Files.readString(Path.of(System.getProperty("hotline.deploy"), "nginx", "hotline.conf"))
                .replace("@SERVER_NAME@", "localhost")
                .replace("@PUBLIC_PORT@", "127.0.0.1:" + PROXY_PORT)
                .replace("@CERTIFICATE@", HOME.resolve("certificate.pem").toString())
                .replace("@CERTIFICATE_KEY@", HOME.resolve("key.pem").toString())
                .replace("@UPSTREAM@", "127.0.0.1:" + WILDFLY_PORT)
                .replace("@PROXY_SOURCE@", "127.0.0.2");
        Matcher left = Pattern.compile("^[^#]*@[A-Z_]+@", Pattern.MULTILINE).matcher(site);
        assertFalse(left.find(), () -> "every name of the sample is filled in: " + left.group());
        Files.writeString(HOME.resolve("hotline.conf"), site);
        Files.writeString(
                HOME.resolve("nginx.conf"),
                String.join(
                        "\n",
                        "pid " + HOME.resolve("nginx.pid") + ";",
                        "error_log " + HOME.resolve("error.log") + " warn;",
                        "events { worker_connections 256; }",
                        "http {",
                        "  access_log " + HOME.resolve("access.log") + ";",
                        "  client_body_temp_path " + temp.resolve("body") + ";",
                        "  proxy_temp_path " + temp.resolve("proxy") + ";",
                        "  fastcgi_temp_path " + temp.resolve("fastcgi") + ";",
                        "  uwsgi_temp_path " + temp.resolve("uwsgi") + ";",
                        "  scgi_temp_path " + temp.resolve("scgi") + ";",
                        "  include " + HOME.resolve("hotline.conf") + ";",
                        "}",
                        ""));
        Path nginxBinary = Path.of("/usr/sbin/nginx");
        assertTrue(Files.isExecutable(nginxBinary), "Debian's nginx is installed (scripts/test.sh installs it)");
        nginx = new ProcessBuilder(
                        nginxBinary.toString(),
                        "-p",
                        HOME.toString(),
                        "-e",
                        HOME.resolve("error.log").toString(),
                        "-c",
                        HOME.resolve("nginx.conf").toString(),
                        "-g",
                        "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(HOME.resolve("nginx.out").toFile())
                .start();
        trustingTheTestCertificate = trusting(HOME.resolve("certificate.pem"));
        SystemUnderTest.eventually(Duration.ofSeconds(30), "nginx answering on " + PUBLIC, () -> {
            assertTrue(nginx.isAlive(), () -> "nginx stopped: " + log());
            try {
                return viaProxy("127.0.0.84", "/login.xhtml", Map.of()).status() == 200;
            } catch (IOException notYetListening) {
                return false;
            }
        });
    }

    @AfterAll
    static void proxyGone() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        }
    }

    @Test
    void anAgentSignsInThroughTheProxyAndEverythingStaysOnHttps() throws Exception {
        try (Browser browser = new Browser(PUBLIC, true)) {
            browser.signIn("proxy.agent.it", PASSWORD);
            assertTrue(browser.address().startsWith(PUBLIC + "/agent/index.xhtml"), browser.address());
            assertEquals("مكتب الموظف", browser.heading());
            Cookie session = browser.cookie("JSESSIONID");
            assertNotNull(session, "signed in with a session");
            assertTrue(session.isSecure(), "the session cookie never travels over plain HTTP");
            assertTrue(session.isHttpOnly(), "and no script reads it");

            // The page's own WebSocket for screen pops, through nginx (wss), its origin the public https one, which
            // the application takes as its own only because the trusted proxy said https.
            browser.waitUntil(
                    "return document.getElementById('screenPop').dataset.connected === 'true'", Duration.ofSeconds(30));
        }
    }

    @Test
    void throughTheProxyCookiesAreSecureAndBrowsersAreToldToKeepToHttps() throws Exception {
        Reply page = viaProxy("127.0.0.84", "/login.xhtml", Map.of());
        assertEquals(200, page.status());
        String session = page.cookie("JSESSIONID");
        assertTrue(has(session, "Secure") && has(session, "HttpOnly"), session);
        assertTrue(
                page.header("strict-transport-security").startsWith("max-age="),
                page.headers().toString());
        assertEquals("DENY", page.header("x-frame-options"), "the application's own headers pass through");

        Reply language = viaProxy("127.0.0.84", "/language?to=en&back=/login.xhtml", Map.of());
        assertEquals(303, language.status());
        assertTrue(has(language.cookie("hotline-lang"), "Secure"), language.cookie("hotline-lang"));
    }

    @Test
    void aClientReachingWildFlyDirectlyCannotClaimHttps() throws Exception {
        Map<String, String> forged = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.50");
        Reply page = direct("127.0.0.84", "/login.xhtml", forged);
        assertEquals(200, page.status());
        String session = page.cookie("JSESSIONID");
        assertTrue(has(session, "HttpOnly"), session);
        assertFalse(has(session, "Secure"), "not believed from a client: " + session);

        Reply language = direct("127.0.0.84", "/language?to=en&back=/login.xhtml", forged);
        assertFalse(has(language.cookie("hotline-lang"), "Secure"), language.cookie("hotline-lang"));
    }

    @Test
    void theClientsAddressIsWhatTheProxySawNeverWhatAClientWrote() throws Exception {
        // Directly, a forged X-Forwarded-For each time changes nothing: 127.0.0.83 spends its own 40 checks a minute.
        for (int i = 1; i <= 40; i++) {
            Reply check = direct("127.0.0.83", CHECK, Map.of("X-Forwarded-For", "198.51.100." + i));
            assertNotEquals(429, check.status(), "check " + i + " of 40: " + check.body());
        }
        assertEquals(
                429,
                direct("127.0.0.83", CHECK, Map.of("X-Forwarded-For", "198.51.100.99"))
                        .status());

        // Through the proxy, nginx says who connected: 127.0.0.83 is refused whatever it writes itself...
        assertEquals(
                429,
                viaProxy("127.0.0.83", CHECK, Map.of("X-Forwarded-For", "198.51.100.100"))
                        .status());
        // ...and nobody borrows 127.0.0.83's name (spent) or hides behind it,
        assertNotEquals(
                429,
                viaProxy("127.0.0.84", CHECK, Map.of("X-Forwarded-For", "127.0.0.83"))
                        .status());
        // not even a client at an address WildFly trusts as a proxy: had nginx appended to the client's header
        // ("127.0.0.83, 127.0.0.1"), WildFly would skip the trusted hop and take the forged one.
        assertNotEquals(
                429,
                viaProxy("127.0.0.1", CHECK, Map.of("X-Forwarded-For", "127.0.0.83"))
                        .status());
    }

    /** Whether a Set-Cookie carries this attribute (Undertow writes {@code secure}, others {@code Secure}). */
    private static boolean has(String setCookie, String attribute) {
        return java.util.Arrays.stream(setCookie.split(";"))
                .skip(1)
                .anyMatch(a -> a.strip().equalsIgnoreCase(attribute));
    }

    /** A request straight to WildFly's listener, from this loopback address. */
    private static Reply direct(String from, String path, Map<String, String> headers) throws IOException {
        try (Socket socket = connected(from, WILDFLY_PORT)) {
            return exchange(socket, "localhost:" + WILDFLY_PORT, path, headers);
        }
    }

    /** A request to nginx over TLS (the test's certificate checked, host name included), from this loopback address. */
    private static Reply viaProxy(String from, String path, Map<String, String> headers) throws IOException {
        try (Socket plain = connected(from, PROXY_PORT)) {
            try (SSLSocket tls = (SSLSocket)
                    trustingTheTestCertificate.getSocketFactory().createSocket(plain, "localhost", PROXY_PORT, true)) {
                SSLParameters parameters = tls.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                tls.setSSLParameters(parameters);
                tls.startHandshake();
                return exchange(tls, "localhost:" + PROXY_PORT, path, headers);
            }
        }
    }

    /** A connection to this port of the loopback, from this loopback address (the whole 127/8 is this machine). */
    private static Socket connected(String from, int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            return socket;
        } catch (IOException refused) {
            socket.close();
            throw refused;
        }
    }

    /** One HTTP/1.1 GET on the connection, which the server then closes. */
    private static Reply exchange(Socket socket, String host, String path, Map<String, String> headers)
            throws IOException {
        socket.setSoTimeout(30_000);
        StringBuilder request = new StringBuilder(
                "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\nAccept-Language: ar\r\n");
        headers.forEach(
                (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        OutputStream out = socket.getOutputStream();
        out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
        List<String[]> fields = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            fields.add(new String[] {
                lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                lines[i].substring(colon + 1).strip()
            });
        }
        return new Reply(Integer.parseInt(lines[0].split(" ")[1]), fields, end < 0 ? "" : text.substring(end + 4));
    }

    record Reply(int status, List<String[]> fields, String body) {

        String header(String name) {
            return fields.stream()
                    .filter(f -> f[0].equals(name))
                    .map(f -> f[1])
                    .findFirst()
                    .orElse("");
        }

        /** The Set-Cookie of this cookie, attributes included. */
        String cookie(String name) {
            return fields.stream()
                    .filter(f -> f[0].equals("set-cookie") && f[1].startsWith(name + "="))
                    .map(f -> f[1])
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + headers()));
        }

        List<String> headers() {
            return fields.stream().map(f -> f[0] + ": " + f[1]).toList();
        }
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            store.setCertificateEntry(
                    "test", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
    }

    private static String log() {
        try {
            return Files.readString(HOME.resolve("error.log")) + Files.readString(HOME.resolve("nginx.out"));
        } catch (IOException unreadable) {
            return unreadable.toString();
        }
    }
}
