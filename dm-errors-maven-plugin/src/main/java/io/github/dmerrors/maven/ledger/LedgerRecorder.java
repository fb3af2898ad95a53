package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.Severity;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.CatalogueLoader;
import io.github.dmerrors.maven.output.SingleFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code record} goal: adds to the ledger the events that bring it up to date with the
 * catalogue (new codes, declared renames, class, scope or level changes, retired and restored
 * codes) and never changes or removes a line. Refuses a catalogue that breaks the ledger's rules
 * unless forced; a forced record gives the code to its new error with a {@code reassigned} event,
 * after the events of its old meaning.
 */
public final class LedgerRecorder {
    /** Findings of {@code check} that recording resolves, so are not worth a warning here. */
    private static final List<Rule> RESOLVED = List.of(Rule.UNRECORDED, Rule.CODE_REMOVED);

    private LedgerRecorder() {}

    /**
     * Runs the goal.
     *
     * @throws InvalidInputException if the catalogue or the ledger is not valid, forced or not
     * @throws java.nio.file.NoSuchFileException if the catalogue does not exist
     * @throws IOException if a file cannot be read or written
     */
    public static RecordResult run(RecordRequest request) throws IOException, InvalidInputException {
        byte[] catalogueContent = Files.readAllBytes(request.catalogue());
        boolean exists = Files.exists(request.ledger());
        Diagnostics input = new Diagnostics();
        Optional<Catalogue> catalogue = LedgerChecker.catalogue(request.catalogue(), catalogueContent,
                request.declaredClasses(), request.classesElsewhere(), input);
        Ledger read = exists
                ? LedgerParser.parse(request.ledger(), Files.readAllBytes(request.ledger()), input)
                : Ledger.empty(request.ledger());
        input.throwIfErrors();
        Ledger ledger = LedgerSorter.sort(read);
        Comparison comparison = CatalogueComparer.compare(
                catalogue.orElseThrow(), ledger, request.declaredRenames(), false);
        Diagnostics findings = new Diagnostics();
        input.all().forEach(findings::add);
        comparison.diagnostics().stream()
                .filter(diagnostic -> RESOLVED.stream().noneMatch(rule -> diagnostic.rule().equals(Optional.of(rule.id()))))
                .forEach(diagnostic -> findings.add(request.force() ? forced(diagnostic) : diagnostic));
        if (findings.hasErrors()) {
            return new RecordResult(true, findings.all(), List.of(), "dm-errors: record refused");
        }
        if (comparison.events().isEmpty() && ledger == read) {
            return new RecordResult(false, findings.all(), List.of(), "dm-errors: " + request.ledger()
                    + " is up to date with " + request.catalogue() + " (" + ledger.events().size() + " events)");
        }
        List<String> lines = LedgerMerger.merge(ledger, comparison.events());
        String content = lines.stream().map(line -> line + "\n").collect(Collectors.joining());
        SingleFileWriter.writeIfChanged(request.ledger(), content.getBytes(StandardCharsets.UTF_8));
        List<String> added = comparison.events().stream()
                .sorted(Comparator.comparingInt(LedgerEvent::code))
                .map(LedgerEvent::line)
                .toList();
        String summary = comparison.events().isEmpty()
                ? "dm-errors: sorted " + request.ledger() + " (" + ledger.events().size() + " events), which a union"
                        + " merge left out of order; it is up to date with " + request.catalogue()
                : summary(request, exists, comparison.events())
                        + (ledger == read ? "" : "; sorted the lines a union merge left out of order");
        return new RecordResult(false, findings.all(), added, summary);
    }

    private static Diagnostic forced(Diagnostic diagnostic) {
        if (diagnostic.severity() == Severity.WARNING) {
            return diagnostic;
        }
        return diagnostic.with(Severity.WARNING, "recorded by force: " + diagnostic.message());
    }

    private static String summary(RecordRequest request, boolean existed, List<LedgerEvent> events) {
        Map<EventKind, Integer> counts = new EnumMap<>(EventKind.class);
        events.forEach(event -> counts.merge(event.kind(), 1, Integer::sum));
        String kinds = counts.entrySet().stream()
                .map(count -> count.getValue() + " " + count.getKey().word())
                .collect(Collectors.joining(", "));
        return "dm-errors: " + (existed ? "recorded " : "created " + request.ledger() + " with ")
                + events.size() + (events.size() == 1 ? " event" : " events")
                + (existed ? " in " + request.ledger() : "") + " (" + kinds + ") from " + request.catalogue();
    }
}
