package org.hotline.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One agent's console without a browser: what the agent page does over the network, and nothing else. It signs in
 * through the sign-in form (as the browser posts it: the form's hidden fields, the view state, the button), opens the
 * agent page once, and holds the push WebSocket the page's script opens ({@code /push/agent}, with the session cookie
 * and the page's Origin), noting when each push arrives. As the page's script does, every {@code state} push makes
 * it ask the server to redraw the phone bar (the page's {@code hotlineRefreshPhone}, a PrimeFaces ajax request), so the
 * server carries the load a real console brings. Pages loaded later ({@link #load}) are timed from the request to the
 * last byte of the answer.
 *
 * <p>Consoles share one {@link HttpClient} (HTTP/1.1, as browsers speak to a plain-HTTP server; no redirects
 * followed) and keep their own session cookie, so five hundred of them cost the benchmark's JVM one selector thread.
 */
final class AgentConsole implements WebSocket.Listener {

    /** A push as it arrived: its type, the call it is about (or null), when ({@link System#nanoTime()}). */
    record Arrival(String type, String linkedid, long atNanos) {}

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String AGENT_PAGE = "/agent/index.xhtml";
    private static final Pattern FORM =
            Pattern.compile("<form[^>]*\\bid=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\bid=\"signIn\"[^>]*\\baction=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*\\btype=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*\\bvalue=\"([^\"]+)\"");
    /** The ajax call PrimeFaces renders for the phone bar's p:remoteCommand: its source component's client id. */
    private static final Pattern REFRESH_SOURCE =
            Pattern.compile("hotlineRefreshPhone\\s*=\\s*function\\s*\\([^)]*\\)\\s*\\{[^}]*?\\bs:\\s*\"([^\"]+)\"");

    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\(['\"]([^'\"]+)['\"]\\)");

    private final HttpClient http;
    private final String baseUrl;
    private final String origin;
    final String username;
    private final String password;
    final String phone;
    private final boolean refreshingPhoneBar;

    private volatile String cookie;
    /** The page shown, whose phone bar the pushes redraw: its path, its view and the bar's refresh command. */
    private record PhoneBar(String page, String viewState, String refreshSource, String nonce) {}

    private volatile PhoneBar bar;
    private volatile WebSocket socket;
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Void> firstState = new CompletableFuture<>();

    private final List<Arrival> arrivals = new ArrayList<>();
    private final List<Long> refreshNanos = new ArrayList<>();
    final AtomicInteger refreshFailures = new AtomicInteger();
    volatile String firstRefreshFailure;
    volatile String closed;
    /** When the socket closed, and when the last push before it came ({@link System#nanoTime()}). */
    volatile long closedAt;

    volatile long lastArrivalAt;

    volatile long connectedAt;

    AgentConsole(
            HttpClient http,
            String baseUrl,
            String username,
            String password,
            String phone,
            boolean refreshingPhoneBar) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.origin = URI.create(baseUrl).resolve("/").toString().replaceAll("/$", "");
        this.username = username;
        this.password = password;
        this.phone = phone;
        this.refreshingPhoneBar = refreshingPhoneBar;
    }

    /** The console's HTTP client: HTTP/1.1, redirects not followed (each step reads its own answer). */
    static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * The sign-in page, then its form posted with this agent's name and password: the session cookie the answer sets
     * (the id changes at sign-in) and the redirect to the agent's home, or an exception saying what came instead.
     */
    void signIn() throws IOException, InterruptedException {
        HttpResponse<String> page = send(get("/login.xhtml"));
        expect(page, 200, "the sign-in page");
        takeCookie(page, false);
        String html = page.body();
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher forms = FORM.matcher(html);
        while (forms.find()) {
            if (forms.group(1).equals("signIn")) {
                Matcher hidden = HIDDEN.matcher(forms.group(2));
                while (hidden.find()) {
                    Matcher name = NAME.matcher(hidden.group());
                    Matcher value = VALUE.matcher(hidden.group());
                    if (name.find()) {
                        fields.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
                    }
                }
            }
        }
        Matcher action = FORM_ACTION.matcher(html);
        if (!fields.containsKey("jakarta.faces.ViewState") || !action.find()) {
            throw new IllegalStateException("no sign-in form with a view state on the sign-in page");
        }
        fields.put("signIn:username", username);
        fields.put("signIn:password", password);
        fields.put("signIn:submit", ""); // the button pressed, as the browser names it
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(origin + unescape(action.group(1))));
        if (cookie != null) {
            post.header("Cookie", cookie);
        }
        HttpResponse<String> signedIn = send(post.timeout(PATIENCE)
                .header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || !location.endsWith(AGENT_PAGE)) {
            throw new IllegalStateException(username + " not signed in: " + signedIn.statusCode() + " to '" + location
                    + "' " + abstractOf(signedIn.body()));
        }
        takeCookie(signedIn, true);
    }

    /**
     * Opens the agent page as the redirect after signing in does, and keeps its view state and the phone bar's
     * refresh, which the pushes then use: the nanoseconds the page took.
     */
    long openAgentPage() throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> page = send(get(AGENT_PAGE));
        long took = System.nanoTime() - start;
        expectPage(page, AGENT_PAGE);
        Matcher state = VIEW_STATE.matcher(page.body());
        Matcher refresh = REFRESH_SOURCE.matcher(page.body());
        if (!state.find() || !refresh.find()) {
            int at = Math.max(0, page.body().indexOf("hotlineRefreshPhone"));
            throw new IllegalStateException("the agent page has no view state or no phone bar refresh: "
                    + abstractOf(page.body().substring(at, Math.min(page.body().length(), at + 400))));
        }
        bar = new PhoneBar(AGENT_PAGE, unescape(state.group(1)), refresh.group(1), nonce(page.body()));
        return took;
    }

    /** Opens the push WebSocket as the page's script does, and waits for the console's first state push. */
    void connect() throws Exception {
        socket = http.newWebSocketBuilder()
                .header("Cookie", cookie)
                .header("Origin", origin)
                .connectTimeout(Duration.ofSeconds(30))
                .buildAsync(URI.create(baseUrl.replaceFirst("^http", "ws") + "/push/agent"), this)
                .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        firstState.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * A page of this agent's, loaded as a link or the address bar does: the nanoseconds from the request to the last
     * byte, or an exception when the answer is not the page (an error, the sign-in page).
     */
    long load(String path) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> page = send(get(path));
        long took = System.nanoTime() - start;
        expectPage(page, path);
        keepPhoneBarOf(path, page.body());
        return took;
    }

    /**
     * Every agent page carries the phone bar: the page now shown is the one whose phone bar the state pushes redraw,
     * as in a browser tab that went to another page. (The server keeps a bounded number of views a session; the first
     * page's view is dropped once enough others were opened after it, and a redraw of it would find it expired.)
     */
    private void keepPhoneBarOf(String path, String html) {
        Matcher state = VIEW_STATE.matcher(html);
        Matcher refresh = REFRESH_SOURCE.matcher(html);
        if (state.find() && refresh.find()) {
            bar = new PhoneBar(path, unescape(state.group(1)), refresh.group(1), nonce(html));
        }
    }

    /** A ticket filed by this agent through the API with their session, as the new-ticket page's own calls do. */
    void fileTicket(String subject) throws IOException, InterruptedException {
        HttpResponse<String> filed = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/tickets"))
                .timeout(PATIENCE)
                .header("Cookie", cookie)
                .header("Origin", origin)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"" + subject + "\"}",
                        StandardCharsets.UTF_8)));
        expect(filed, 201, "a ticket filed");
    }

    /** The pushes that arrived since the mark ({@link #mark()}): a copy. */
    List<Arrival> arrivalsSince(int mark) {
        synchronized (arrivals) {
            return new ArrayList<>(arrivals.subList(Math.min(mark, arrivals.size()), arrivals.size()));
        }
    }

    /** How many pushes have arrived so far, to read only the later ones with {@link #arrivalsSince(int)}. */
    int mark() {
        synchronized (arrivals) {
            return arrivals.size();
        }
    }

    /** The phone bar's redraws since the mark ({@link #refreshMark()}), in nanoseconds each. */
    List<Long> refreshesSince(int mark) {
        synchronized (refreshNanos) {
            return new ArrayList<>(refreshNanos.subList(Math.min(mark, refreshNanos.size()), refreshNanos.size()));
        }
    }

    int refreshMark() {
        synchronized (refreshNanos) {
            return refreshNanos.size();
        }
    }

    void close() {
        WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        connectedAt = System.nanoTime();
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        long at = System.nanoTime();
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            received(text, at);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closedAt = System.nanoTime();
        closed = statusCode + " " + reason;
        firstState.completeExceptionally(new IllegalStateException(username + "'s push socket closed: " + closed));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closedAt = System.nanoTime();
        closed = String.valueOf(error);
        firstState.completeExceptionally(error);
    }

    private void received(String text, long at) {
        JsonObject push;
        try {
            push = Json.createReader(new StringReader(text)).readObject();
        } catch (RuntimeException notJson) {
            closed = "a push that is not JSON: " + text;
            return;
        }
        String type = push.getString("type", "");
        JsonValue data = push.get("data");
        String linkedid = data instanceof JsonObject object ? object.getString("linkedid", null) : null;
        synchronized (arrivals) {
            arrivals.add(new Arrival(type, linkedid, at));
        }
        lastArrivalAt = at;
        if (type.equals("state")) {
            firstState.complete(null);
            if (refreshingPhoneBar) {
                refreshPhoneBar();
            }
        }
    }

    /**
     * What {@code hotlineRefreshPhone()} sends: PrimeFaces' ajax request of the phone bar's remote command, which
     * processes only itself and redraws the form {@code phone}. Answered asynchronously, as in the browser.
     */
    private void refreshPhoneBar() {
        PhoneBar shown = bar;
        String refreshSource = shown.refreshSource();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", refreshSource);
        fields.put("jakarta.faces.partial.execute", refreshSource);
        fields.put("jakarta.faces.partial.render", "phone");
        fields.put(refreshSource, refreshSource);
        fields.put("phone", "phone");
        fields.put("jakarta.faces.ViewState", shown.viewState());
        fields.put("primefaces.nonce", shown.nonce()); // what PrimeFaces' CSP mode adds to every form and ajax call
        long start = System.nanoTime();
        http.sendAsync(
                        HttpRequest.newBuilder(URI.create(baseUrl + shown.page()))
                                .timeout(PATIENCE)
                                .header("Cookie", cookie)
                                .header("Faces-Request", "partial/ajax")
                                .header("X-Requested-With", "XMLHttpRequest")
                                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .whenComplete((answer, failure) -> {
                    long took = System.nanoTime() - start;
                    boolean redrawn = failure == null
                            && answer.statusCode() == 200
                            && answer.body().contains("<update id=\"phone\"");
                    if (redrawn) {
                        synchronized (refreshNanos) {
                            refreshNanos.add(took);
                        }
                    } else if (refreshFailures.incrementAndGet() == 1) {
                        firstRefreshFailure = failure != null
                                ? failure.toString()
                                : answer.statusCode() + " " + abstractOf(answer.body());
                    }
                });
    }

    /** The page's script nonce, which PrimeFaces' CSP mode expects back with each ajax call of the page. */
    private static String nonce(String html) {
        Matcher nonce = NONCE.matcher(html);
        if (!nonce.find()) {
            throw new IllegalStateException("no PrimeFaces.csp.init with the page's nonce");
        }
        return nonce.group(1);
    }

    private HttpRequest.Builder get(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(PATIENCE)
                .GET();
        return cookie == null ? request : request.header("Cookie", cookie);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The session cookie the answer sets, if it sets one; {@code required}: there must be one by now. */
    private void takeCookie(HttpResponse<?> response, boolean required) {
        for (String set : response.headers().allValues("Set-Cookie")) {
            if (set.startsWith("JSESSIONID=")) {
                cookie = set.substring(0, set.indexOf(';') < 0 ? set.length() : set.indexOf(';'));
            }
        }
        if (required && cookie == null) {
            throw new IllegalStateException("no session cookie from " + response.uri());
        }
    }

    private void expectPage(HttpResponse<String> page, String path) {
        expect(page, 200, path);
        if (page.body().contains("signIn:username")) {
            throw new IllegalStateException(username + " was shown the sign-in page for " + path);
        }
    }

    private static void expect(HttpResponse<String> answer, int status, String what) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(
                    what + ": " + answer.statusCode() + " " + abstractOf(answer.body()) + " (" + answer.uri() + ")");
        }
    }

    private static String abstractOf(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    private static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&#58;", ":")
                .replace("&#x3a;", ":");
    }
}
