package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A catalogue and a ledger in a directory, and the two goals run on them as the build would. */
final class LedgerFixture {
    static final String HEADER = Ledger.HEADER;

    final Path directory;
    final Path catalogue;
    final Path ledger;
    final Path report;

    LedgerFixture(Path directory) {
        this.directory = directory;
        this.catalogue = directory.resolve("errors_release.txt");
        this.ledger = directory.resolve("errors.ledger");
        this.report = directory.resolve("target/dm-errors/check-report.json");
    }

    /** A catalogue line without text: the code starts at column {@code name.length() + 8}. */
    static String entry(String name, int code, String errorClass, String scope, String level) {
        return name + ",[code=" + code + ":class=" + errorClass + ":scope=" + scope + ":level=" + level + "]";
    }

    static String entry(String name, int code) {
        return entry(name, code, "database", "internal", "high");
    }

    void catalogue(String... lines) throws IOException {
        write(catalogue, lines);
    }

    void ledger(String... lines) throws IOException {
        write(ledger, lines);
    }

    String ledgerText() throws IOException {
        return Files.readString(ledger, StandardCharsets.UTF_8);
    }

    CheckResult check(List<String> renames, Optional<String> baseRef, List<String> baseRefs)
            throws IOException {
        return LedgerChecker.run(new CheckRequest(catalogue, ledger, renames, baseRef, baseRefs, List.of(), report));
    }

    /** Checks with {@code renames} declared and no base; returns what the build would print. */
    List<String> check(String... renames) throws IOException {
        return printed(check(List.of(renames), Optional.empty(), List.of()).diagnostics());
    }

    RecordResult record(boolean force, String... renames) throws IOException, InvalidInputException {
        return LedgerRecorder.run(new RecordRequest(catalogue, ledger, List.of(renames), List.of(), force));
    }

    /** Records, which must succeed. */
    void recorded(String... renames) throws IOException, InvalidInputException {
        RecordResult result = record(false, renames);
        if (result.refused()) {
            throw new AssertionError("record refused: " + printed(result.diagnostics()));
        }
    }

    static List<String> printed(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::toString).toList();
    }

    private static void write(Path file, String... lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
