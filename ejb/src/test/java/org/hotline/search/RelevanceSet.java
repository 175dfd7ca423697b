package org.hotline.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A relevance test set of the search: hotline tickets (id, subject, description) and the queries agents type, each
 * with the tickets a reader judges relevant, the most relevant first. Read from the UTF-8 TSV files in
 * {@code org/hotline/search/relevance/} (first line a header, {@code #} lines comments), and scored the same way
 * whether the ranking comes from Lucene alone ({@code RelevanceTest}) or from the server ({@code SearchRelevanceIT}).
 * <ul>
 * <li><b>recall@10</b>: the share of queries whose first expected ticket is among the first ten hits;</li>
 * <li><b>found</b>: the share of all expected tickets that are among the first ten hits of their query;</li>
 * <li><b>MRR</b>: the mean of 1/rank of the first relevant ticket (any expected one), 0 when none is in the ten.</li>
 * </ul>
 */
public record RelevanceSet(String name, List<Document> documents, List<Query> queries) {

    /** How many hits are read, as a page of the search shows them. */
    public static final int TOP = 10;

    /** The new set: at least this share of queries has its first expected ticket among the ten. */
    public static final double NEW_RECALL_MIN = 0.95;

    /**
     * The old set's MRR with the analysis of main before the Iraqi typing work (Lucene's Arabic normalisation and light
     * stemmer; nothing for hamza seats, keyboard letters, attached pronouns or phone numbers), measured on that code
     * (main at 1c65f28) by {@code RelevanceTest} and through the API by {@code SearchRelevanceIT} alike: 0.8333,
     * recall@10 84.4 %. A new analysis must not rank the old tests' queries worse.
     */
    public static final double OLD_MRR_MIN = 0.833;

    public record Document(String id, String subject, String description) {}

    /** A query of a class (what it exercises: hamza-seat, pronoun, …) and its relevant documents, best first. */
    public record Query(String kind, String text, List<String> expected) {}

    /** The figures of some queries: how many, recall@10, share of expected documents found, MRR. */
    public record Figures(int queries, double recall, double found, double mrr) {}

    /** A query that went wrong: the rank of its first relevant document (0: none in the ten), and the ten. */
    public record Miss(Query query, int rank, List<String> top) {}

    /** The scores of one run of every query. */
    public record Report(
            String set,
            Map<String, Figures> byKind,
            Figures overall,
            List<Miss> misses,
            Map<String, Document> documents) {

        /** Per class and overall, one line each. */
        public String table() {
            StringBuilder out = new StringBuilder(
                    String.format(Locale.ROOT, "%-16s %7s %9s %7s %6s%n", set, "queries", "recall@10", "found", "MRR"));
            byKind.forEach((kind, figures) -> out.append(line(kind, figures)));
            return out.append(line("ALL", overall)).toString();
        }

        private static String line(String kind, Figures figures) {
            return String.format(
                    Locale.ROOT,
                    "%-16s %7d %8.1f%% %6.1f%% %6.3f%n",
                    kind,
                    figures.queries(),
                    100 * figures.recall(),
                    100 * figures.found(),
                    figures.mrr());
        }

        /**
         * The queries that went wrong, with what came first instead: MISS when the first expected document is not in
         * the ten at all, LOW when it is but a document that is not relevant ranks first.
         */
        public String missList() {
            StringBuilder out = new StringBuilder();
            for (Miss miss : misses) {
                Query query = miss.query();
                int firstExpected = miss.top().indexOf(query.expected().get(0)) + 1;
                out.append(String.format(
                        Locale.ROOT,
                        "%s [%s] \"%s\" expected %s; first expected at %s, first relevant" + " at %s%n",
                        firstExpected == 0 ? "MISS" : "LOW ",
                        query.kind(),
                        query.text(),
                        String.join(",", query.expected()),
                        firstExpected == 0 ? "-" : firstExpected,
                        miss.rank() == 0 ? "-" : miss.rank()));
                if (miss.top().isEmpty()) {
                    out.append("      nothing found\n");
                }
                for (String id : miss.top().subList(0, Math.min(3, miss.top().size()))) {
                    Document document = documents.get(id);
                    out.append("      ")
                            .append(id)
                            .append(": ")
                            .append(document == null ? "(not of this set)" : document.subject())
                            .append('\n');
                }
            }
            return out.toString();
        }
    }

    /** The new set: the tickets and queries written for the analysis of Arabic as Iraqi agents type it. */
    public static RelevanceSet current() {
        return load("new", "documents.tsv", "queries.tsv");
    }

    /** The old set: the queries the search tests typed before, over their tickets. */
    public static RelevanceSet old() {
        return load("old", "old-documents.tsv", "old-queries.tsv");
    }

    static RelevanceSet load(String name, String documentsFile, String queriesFile) {
        List<Document> documents = rows(documentsFile, 3).stream()
                .map(row -> new Document(row[0], row[1], row[2]))
                .toList();
        List<Query> queries = rows(queriesFile, 3).stream()
                .map(row -> new Query(
                        row[0],
                        row[1],
                        Arrays.stream(row[2].split(",")).map(String::strip).toList()))
                .toList();
        Set<String> ids = new HashSet<>();
        for (Document document : documents) {
            if (!ids.add(document.id())) {
                throw new IllegalStateException(documentsFile + ": " + document.id() + " twice");
            }
        }
        for (Query query : queries) {
            if (query.text().isBlank() || !ids.containsAll(query.expected())) {
                throw new IllegalStateException(queriesFile + ": \"" + query.text() + "\" expects " + query.expected()
                        + ", not all of them in " + documentsFile);
            }
        }
        return new RelevanceSet(name, documents, queries);
    }

    /** The rows of a TSV resource: the header and the # comments skipped, every row with its columns. */
    private static List<String[]> rows(String file, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = RelevanceSet.class.getResourceAsStream("relevance/" + file)) {
            if (in == null) {
                throw new IllegalStateException("relevance/" + file + " is not on the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t", -1);
                if (row.length != columns) {
                    throw new IllegalStateException(file + ": " + columns + " columns expected: " + line);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Runs every query through {@code search} (the ids of the hits, best first) and scores the answers. */
    public Report score(Function<Query, List<String>> search) {
        Map<String, List<double[]>> byKind = new LinkedHashMap<>();
        List<double[]> all = new ArrayList<>();
        List<Miss> misses = new ArrayList<>();
        for (Query query : queries) {
            List<String> hits = search.apply(query);
            List<String> top = hits.subList(0, Math.min(TOP, hits.size()));
            int rank = 0;
            for (int i = 0; i < top.size() && rank == 0; i++) {
                rank = query.expected().contains(top.get(i)) ? i + 1 : 0;
            }
            double found = query.expected().stream().filter(top::contains).count();
            double[] scores = {
                top.contains(query.expected().get(0)) ? 1 : 0,
                found,
                query.expected().size(),
                rank == 0 ? 0 : 1.0 / rank
            };
            byKind.computeIfAbsent(query.kind(), kind -> new ArrayList<>()).add(scores);
            all.add(scores);
            if (rank != 1 || scores[0] == 0) {
                misses.add(new Miss(query, rank, top));
            }
        }
        Map<String, Figures> figures = new LinkedHashMap<>();
        byKind.forEach((kind, scores) -> figures.put(kind, figures(scores)));
        Map<String, Document> documentsById = new LinkedHashMap<>();
        documents.forEach(document -> documentsById.put(document.id(), document));
        return new Report(name, figures, figures(all), misses, documentsById);
    }

    private static Figures figures(List<double[]> scores) {
        double recall = 0;
        double found = 0;
        double expected = 0;
        double reciprocal = 0;
        for (double[] score : scores) {
            recall += score[0];
            found += score[1];
            expected += score[2];
            reciprocal += score[3];
        }
        return new Figures(scores.size(), recall / scores.size(), found / expected, reciprocal / scores.size());
    }
}
