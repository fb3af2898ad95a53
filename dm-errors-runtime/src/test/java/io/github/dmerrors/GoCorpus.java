package io.github.dmerrors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Go conformance corpus, {@code go-sprintf-corpus.txt}: what Go's {@code fmt.Sprintf} prints for
 * the Go values Java arguments stand for, as the Go program in {@code src/test/go} recorded it.
 */
final class GoCorpus {
    static final String RESOURCE = "go-sprintf-corpus.txt";

    private GoCorpus() {}

    /**
     * One case of the corpus.
     *
     * @param line its line in the corpus
     * @param rows the rows of the Java-to-Go table its arguments exercise
     * @param template the template
     * @param expected what Go printed
     * @param arguments the arguments, encoded as {@link CorpusArguments} reads them
     */
    record Case(int line, Set<String> rows, String template, String expected, String arguments) {
        @Override
        public String toString() {
            return RESOURCE + ":" + line + ": " + GoQuoted.quote(template) + " " + arguments;
        }
    }

    /** The header lines, without their {@code #}. */
    static List<String> header() {
        List<String> header = new ArrayList<>();
        for (String line : lines()) {
            if (line.startsWith("#")) {
                header.add(line.substring(1).trim());
            }
        }
        return header;
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        List<String> lines = lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 4) {
                throw new IllegalStateException(RESOURCE + ":" + (i + 1) + ": expected 4 columns: " + line);
            }
            Set<String> rows = columns[0].equals("-") ? Set.of() : Set.of(columns[0].split(","));
            cases.add(new Case(i + 1, rows, GoQuoted.unquote(columns[1]), GoQuoted.unquote(columns[2]), columns[3]));
        }
        return cases;
    }

    private static List<String> lines() {
        try (InputStream in = GoCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
