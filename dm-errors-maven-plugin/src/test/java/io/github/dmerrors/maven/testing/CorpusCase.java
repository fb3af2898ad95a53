package io.github.dmerrors.maven.testing;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * One catalogue (or guide) of a test corpus and what it must give: {@code <name>.txt}, or
 * {@code <name>.txt.gz} for one too big to check in as it is, beside {@code <name>.expected}; a
 * guide corpus has {@code <name>.md} or {@code <name>.md.gz} instead.
 *
 * <p>The expectation is UTF-8 text, one item a line: {@code # } starts a comment that says why the
 * case exists; {@code only <goal>} limits the case to one goal; {@code extra-classes a,b} declares
 * error classes; {@code entries <n>} (accepted cases) is the number of entries; {@code same-as
 * <case>} (accepted cases) names a case whose generated code this one's must equal byte for byte;
 * any other line is a diagnostic as {@code line:col: message}, without the file, which differs from
 * machine to machine, in the order the build reports them.
 *
 * @param name the case's name, the file name without extension
 * @param content the catalogue's bytes, uncompressed
 * @param expectation the lines of {@code <name>.expected}
 */
public record CorpusCase(String name, byte[] content, List<String> expectation) {
    public CorpusCase {
        Objects.requireNonNull(name, "name == null");
        content = content.clone();
        expectation = List.copyOf(expectation);
    }

    /** Reads every catalogue case in {@code directory}, sorted by name. */
    public static List<CorpusCase> readAll(Path directory) {
        return readAll(directory, "txt");
    }

    /** Reads every case in {@code directory} whose input ends with {@code .<extension>}, sorted by name. */
    public static List<CorpusCase> readAll(Path directory, String extension) {
        try (Stream<Path> files = Files.list(directory)) {
            List<CorpusCase> cases = new ArrayList<>();
            for (Path expected : files.filter(file -> file.toString().endsWith(".expected")).sorted().toList()) {
                String name = expected.getFileName().toString().replaceFirst("\\.expected$", "");
                cases.add(new CorpusCase(name, content(directory, name, extension),
                        Files.readAllLines(expected, StandardCharsets.UTF_8)));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] content(Path directory, String name, String extension) throws IOException {
        Path plain = directory.resolve(name + "." + extension);
        if (Files.exists(plain)) {
            return Files.readAllBytes(plain);
        }
        try (InputStream in = new GZIPInputStream(
                Files.newInputStream(directory.resolve(name + "." + extension + ".gz")))) {
            return in.readAllBytes();
        }
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Tells whether the case applies to {@code goal}: all goals unless it says {@code only …}. */
    public boolean appliesTo(CatalogueGoal<?> goal) {
        return directive("only").map(only -> only.equals(goal.name())).orElse(true);
    }

    /** The error classes the case declares. */
    public List<String> extraClasses() {
        return directive("extra-classes").map(classes -> Arrays.asList(classes.split(","))).orElse(List.of());
    }

    /** The value of {@code <keyword> <value>}, if the expectation has that line. */
    public Optional<String> directive(String keyword) {
        return expectation.stream()
                .filter(line -> line.startsWith(keyword + " "))
                .map(line -> line.substring(keyword.length() + 1))
                .findFirst();
    }

    /** The diagnostics the case expects, as {@link #describe} prints them. */
    public List<String> diagnostics() {
        return expectation.stream()
                .filter(line -> !line.isEmpty() && Character.isDigit(line.charAt(0)))
                .toList();
    }

    /** Prints {@code diagnostic} as an expectation holds it: {@code line:col: [warning: ]message}. */
    public static String describe(Diagnostic diagnostic) {
        return diagnostic.location().line() + ":" + diagnostic.location().column() + ": "
                + (diagnostic.severity() == Severity.WARNING ? "warning: " : "") + diagnostic.message();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CorpusCase that && name.equals(that.name)
                && Arrays.equals(content, that.content) && expectation.equals(that.expectation);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
