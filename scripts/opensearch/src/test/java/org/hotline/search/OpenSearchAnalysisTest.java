package org.hotline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensearch.common.xcontent.XContentFactory;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.common.bytes.BytesReference;

/**
 * A real OpenSearch 2.19.6 node, with the plugin installed from the zip the build made, cuts text into exactly the
 * terms the application's Lucene analysers do: same terms, offsets, types, positions and position lengths, on the
 * kinds of text the hotline gets. The index declares the analysers and the normaliser as the application declares
 * them to the Elasticsearch backend.
 *
 * <p>The node runs in a JVM of its own (org.hotline.opensearch.SearchNode), as scripts/opensearch-node.sh runs it:
 * this JVM has the analysis classes and libphonenumber on its class path, which the node would refuse as jar hell
 * beside the plugin's copies.
 */
class OpenSearchAnalysisTest {

    private static final String INDEX = "hotline-analysis-test";
    private static final Duration STARTUP = Duration.ofSeconds(120);

    /** Index settings as the application's OpenSearchAnalysisConfigurer makes Hibernate Search declare them. */
    private static final Map<String, Object> ANALYSIS = Map.of(
            "analyzer",
            Map.of(
                    "arabic", Map.of("type", "hotline_arabic"),
                    "english", Map.of("type", "hotline_english"),
                    "suggest", Map.of("type", "hotline_suggest"),
                    "suggest_query", Map.of("type", "hotline_suggest_query")),
            "normalizer",
            Map.of(
                    "identifier",
                    Map.of(
                            "type", "custom",
                            "char_filter", List.of("hotline_invisibles"),
                            "filter", List.of("hotline_identifier"))));

    /** A field of each kind the application maps: free text, type-ahead, and an identifier. */
    private static final Map<String, Object> FIELDS = Map.of(
            "text", Map.of("type", "text", "analyzer", "arabic"),
            "name", Map.of("type", "text", "analyzer", "suggest", "search_analyzer", "suggest_query"),
            "employee", Map.of("type", "keyword", "normalizer", "identifier"));

    private static final Map<String, Analyzer> LUCENE = Map.of(
            "arabic", TextAnalysis.arabic(),
            "english", TextAnalysis.english(),
            "suggest", TextAnalysis.suggest(),
            "suggest_query", TextAnalysis.suggestQuery());
    private static final Analyzer IDENTIFIER = TextAnalysis.identifier();

    /** Free text as citizens and agents type it. */
    private static final List<String> TEXTS = List.of(
            // Iraqi dialect, with and without hamza, ta marbuta, alef maqsura
            "ما اكدر اسجل بالبوابة، الموظف طلب مني فلوس",
            "ما أگدر أسجل بالبوابه، الموظف طلب منّي فلوس",
            "إصدار الجواز",
            "اصدار جواز",
            "الجوازات",
            "مسؤول",
            "مسئول",
            "المسؤول عن الشؤون الإدارية في هيئة النزاهة",
            "مستشفى الكرامة",
            "مستشفي الكرامه",
            "رفض الموظف في دائرة الجوازات إلى أن دفعت له مبلغا",
            "اكو زبالة بيه والطوارئ ما ترد",
            "سؤال عن رئيس الدائرة",
            // tashkeel and tatweel
            "تَجْدِيدُ جَوَازِ السَّفَرِ",
            "تجـــديد جـواز السفـــر",
            // Kurdish Sorani, typed on a Kurdish keyboard: its own letters keep words apart
            "شێر",
            "شیر",
            "کۆڕی ڕێگاوبان و گوڵ و ڤین",
            "شکاتم هەیە لەسەر فەرمانبەری نووسینگەی پاسپۆرت",
            "شکوی علی موظف فی مرکز البطاقة",
            // digits of every kind, phone numbers and national IDs written in the text
            "رقمي ٠٧٩٠ ١٢٣ ٤٥٦٧ اتصلوا بي",
            "۰۷۷۰1234567",
            "اتصلت من 0770-123-4567 ولم يرد احد",
            "+964 770 123 4567",
            "00964-770-123-4567",
            "رقم الطلب ١٢٣٤٥٦ والرقم الوطني 1990 1234 5678",
            // invisible characters inside words: zero-width non-joiner, right-to-left mark, soft hyphen, ZWSP
            "جو\u200Cاز السفر",
            "\u200Fالجواز\u200F مفقود",
            "pass\u00ADport renewal",
            "MO\u200BI عراقي",
            // fullwidth Latin and digits
            "ＯＴＰ ما وصلني",
            "رقم الموظف ＥＭＰ-７７８８９９",
            "الـ OTP ما وصل على رقم 07701234567",
            // English
            "Passport's renewals",
            "Renewing the passport's applications at the Ministry of Interior");

    /** Identifiers typed by people, for the keyword normaliser. */
    private static final List<String> IDENTIFIERS = List.of(
            "ＥＭＰ-７７８８９９",
            "emp-778899",
            "EMP\u200B-778899",
            "EMP-٧٧٨٨٩٩",
            "\u200Femp-۷۷۸۸۹۹\u200F",
            "ＯＴＰ",
            "هيئة",
            "مسؤول",
            "شێر",
            "شیر",
            "کاک");

    @TempDir
    static Path home;

    private static Process node;
    private static URI base;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startNodeAndCreateIndex() throws Exception {
        Path log = Path.of(System.getProperty("hotline.node.log"));
        String classPath = System.getProperty("hotline.node.jar") + ":"
                + Files.readString(Path.of(System.getProperty("hotline.node.classpath")))
                        .trim();
        node = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xms384m",
                        "-Xmx384m",
                        "-cp",
                        classPath,
                        "org.hotline.opensearch.SearchNode",
                        home.toString(),
                        "0",
                        System.getProperty("hotline.plugin.zip"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Path ports = home.resolve("logs").resolve("http.ports");
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!Files.exists(ports)) {
            if (!node.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the node did not start; see " + log);
            }
            Thread.sleep(200);
        }
        base = URI.create("http://" + Files.readAllLines(ports).get(0).trim());
        request("GET", "/_cluster/health?wait_for_status=yellow&timeout=60s", null);
        request(
                "PUT",
                "/" + INDEX,
                Map.of(
                        "settings",
                        Map.of("number_of_shards", 1, "number_of_replicas", 0, "analysis", ANALYSIS),
                        "mappings",
                        Map.of("properties", FIELDS)));
    }

    @AfterAll
    static void stopNode() throws InterruptedException {
        if (node != null) {
            node.destroy(); // SIGTERM: the node's shutdown hook closes it
            if (!node.waitFor(60, TimeUnit.SECONDS)) {
                node.destroyForcibly();
                throw new AssertionError("the node did not stop on SIGTERM in 60 s");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePluginIsLoadedFromItsZip() throws Exception {
        Map<String, Object> nodes =
                (Map<String, Object>) request("GET", "/_nodes/plugins", null).get("nodes");
        Map<String, Object> only =
                (Map<String, Object>) nodes.values().iterator().next();
        List<Map<String, Object>> plugins = (List<Map<String, Object>>) only.get("plugins");
        assertTrue(
                plugins.stream()
                        .anyMatch(plugin -> plugin.get("name").equals("hotline-analysis")
                                && plugin.get("classname").equals(HotlineAnalysisPlugin.class.getName())
                                && plugin.get("opensearch_version").equals("2.19.6")),
                plugins.toString());
    }

    static Stream<Arguments> analysersAndTexts() {
        return Stream.of("arabic", "english", "suggest", "suggest_query")
                .flatMap(analyser -> TEXTS.stream().map(text -> Arguments.of(analyser, text)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("analysersAndTexts")
    void anAnalyserGivesTheTermsOfTheApplications(String analyser, String text) throws Exception {
        List<Token> expected = lucene(LUCENE.get(analyser), text);
        assertEquals(expected, analyze(Map.of("analyzer", analyser, "text", text)));
    }

    static Stream<String> identifiers() {
        return IDENTIFIERS.stream();
    }

    @ParameterizedTest
    @MethodSource("identifiers")
    void theNormaliserGivesTheTermOfTheApplications(String identifier) throws Exception {
        List<Token> expected = lucene(IDENTIFIER, identifier);
        assertEquals(1, expected.size(), expected.toString());
        assertEquals(expected, analyze(Map.of("normalizer", "identifier", "text", identifier)));
        assertEquals(expected, analyze(Map.of("field", "employee", "text", identifier)), "the keyword field's");
        BytesRef normalised = IDENTIFIER.normalize("employee", identifier);
        assertEquals(normalised.utf8ToString(), expected.get(0).term(), "a query term's normalisation");
    }

    @Test
    void theAnalysisIsNotTrivial() throws Exception {
        assertEquals(terms("arabic", "مسؤول"), terms("arabic", "مسئول"), "hamza seats");
        assertNotEquals(terms("arabic", "شێر"), terms("arabic", "شیر"), "Kurdish letters keep words apart");
        assertTrue(terms("arabic", "رقمي ٠٧٩٠ ١٢٣ ٤٥٦٧").contains("9647901234567"), "a phone number in one form");
        assertEquals(List.of("otp"), terms("english", "ＯＴＰ"));
        assertEquals(List.of("passport", "renew"), terms("english", "Passport's renewals"));
        assertEquals(
                analyze(Map.of("normalizer", "identifier", "text", "emp-778899")),
                analyze(Map.of("normalizer", "identifier", "text", "ＥＭＰ-７７８８９９")));
    }

    @Test
    void aDifferentSpellingFindsTheIndexedText() throws Exception {
        request("PUT", "/" + INDEX + "/_doc/1?refresh=true", Map.of("text", "إصدار الجوازات"));
        request(
                "PUT",
                "/" + INDEX + "/_doc/2?refresh=true",
                Map.of("text", "شێر", "name", "تجديد جواز السفر", "employee", "ＥＭＰ-７７８８９９"));

        assertEquals(
                List.of("1"), hits(Map.of("match", Map.of("text", Map.of("query", "اصدار جواز", "operator", "and")))));
        assertEquals(List.of("2"), hits(Map.of("match", Map.of("text", "شێر"))));
        assertEquals(List.of(), hits(Map.of("match", Map.of("text", "شیر"))), "milk is not lion");
        assertEquals(List.of("2"), hits(Map.of("match", Map.of("name", "جوا"))), "type-ahead");
        assertEquals(List.of("2"), hits(Map.of("term", Map.of("employee", "emp-٧٧٨٨٩٩"))), "the normalised identifier");
    }

    @Test
    void theNodePurgesAnIndexAsHibernateSearchDoes() throws Exception {
        String purged = "/hotline-purge-test";
        request("PUT", purged + "/_doc/1?refresh=true", Map.of("text", "ticket"));
        Map<String, Object> deleted = request(
                "POST", purged + "/_delete_by_query?refresh=true", Map.of("query", Map.of("match_all", Map.of())));
        assertEquals(1, deleted.get("deleted"));
    }

    /** A token as _analyze gives it. */
    record Token(String term, int start, int end, String type, int position, int positionLength) {}

    /** What a Lucene analyser gives, read as _analyze reads it. */
    private static List<Token> lucene(Analyzer analyzer, String text) throws IOException {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(
                        term.toString(),
                        offset.startOffset(),
                        offset.endOffset(),
                        type.type(),
                        position,
                        length.getPositionLength()));
            }
            stream.end();
        }
        return tokens;
    }

    @SuppressWarnings("unchecked")
    private static List<Token> analyze(Map<String, Object> request) throws Exception {
        List<Token> tokens = new ArrayList<>();
        for (Map<String, Object> token : (List<Map<String, Object>>)
                request("POST", "/" + INDEX + "/_analyze", request).get("tokens")) {
            tokens.add(new Token(
                    (String) token.get("token"),
                    (Integer) token.get("start_offset"),
                    (Integer) token.get("end_offset"),
                    (String) token.get("type"),
                    (Integer) token.get("position"),
                    (Integer) token.getOrDefault("positionLength", 1)));
        }
        return tokens;
    }

    private static List<String> terms(String analyser, String text) throws Exception {
        return analyze(Map.of("analyzer", analyser, "text", text)).stream()
                .map(Token::term)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> hits(Map<String, Object> query) throws Exception {
        Map<String, Object> hits =
                (Map<String, Object>) request("POST", "/" + INDEX + "/_search", Map.of("query", query))
                        .get("hits");
        return ((List<Map<String, Object>>) hits.get("hits"))
                .stream().map(hit -> (String) hit.get("_id")).sorted().toList();
    }

    private static Map<String, Object> request(String method, String path, Map<String, Object> body)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher content = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(
                        BytesReference.bytes(XContentFactory.jsonBuilder().map(body))
                                .utf8ToString(),
                        StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(90))
                        .header("Content-Type", "application/json")
                        .method(method, content)
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertFalse(
                response.statusCode() >= 300,
                method + " " + path + ": " + response.statusCode() + " " + response.body());
        return XContentHelper.convertToMap(JsonXContent.jsonXContent, response.body(), false);
    }
}
