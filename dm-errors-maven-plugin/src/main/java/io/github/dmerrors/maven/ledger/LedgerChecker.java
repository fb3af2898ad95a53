package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import io.github.dmerrors.maven.output.SingleFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code check} goal: compares the catalogue with its ledger, and the ledger with those of the
 * git bases, and writes every finding to the JSON report, errors or not. Changes no other file;
 * if the catalogue or the ledger cannot be read, no report is left behind.
 */
public final class LedgerChecker {
    private LedgerChecker() {}

    /**
     * Runs the goal.
     *
     * @throws java.nio.file.NoSuchFileException if the catalogue or the ledger does not exist
     * @throws IOException if a file cannot be read or the report cannot be written
     */
    public static CheckResult run(CheckRequest request) throws IOException {
        try {
            return check(request);
        } catch (IOException e) {
            // A run that cannot read its inputs writes no report; the last run's must not stand for it.
            Files.deleteIfExists(request.report());
            throw e;
        }
    }

    private static CheckResult check(CheckRequest request) throws IOException {
        byte[] catalogueContent = Files.readAllBytes(request.catalogue());
        byte[] ledgerContent = Files.readAllBytes(request.ledger());
        Findings findings = new Findings();
        Diagnostics catalogueDiagnostics = new Diagnostics();
        Optional<LocatedCatalogue> catalogue = LocatedCatalogue.read(
                request.catalogue(), catalogueContent, request.declaredClasses(), request.classesElsewhere(),
                catalogueDiagnostics);
        findings.addAll(Rule.CATALOGUE, catalogueDiagnostics.all());
        Diagnostics ledgerDiagnostics = new Diagnostics();
        Ledger ledger = LedgerParser.parse(request.ledger(), ledgerContent, ledgerDiagnostics);
        findings.addAll(Rule.LEDGER_FORMAT, ledgerDiagnostics.all());
        if (catalogue.isPresent() && !ledgerDiagnostics.hasErrors()) {
            findings.addAll(CatalogueComparer.compare(catalogue.get(), ledger, request.declaredRenames()).findings());
        }
        StringBuilder summary = new StringBuilder("dm-errors: ").append(request.ledger()).append(" (")
                .append(ledger.events().size()).append(" events) agrees with ").append(request.catalogue())
                .append(catalogue.map(read -> " (" + read.errors().size() + " codes)").orElse(""));
        if (request.baseRef().isPresent()) {
            String ref = request.baseRef().get();
            Optional<Ledger> base = base(request.ledger(), ref, findings);
            base.ifPresent(baseLedger -> findings.addAll(BaseComparer.appendOnly(ledger, ref, baseLedger)));
            summary.append(base.isPresent() ? ", keeps every line of " : ", is new since ").append(ref);
        }
        if (!request.baseRefs().isEmpty()) {
            Map<String, Ledger> bases = new LinkedHashMap<>();
            for (String ref : request.baseRefs()) {
                base(request.ledger(), ref, findings).ifPresent(baseLedger -> bases.put(ref, baseLedger));
            }
            findings.addAll(BaseComparer.agreement(ledger, bases));
            summary.append(", agrees with ").append(String.join(", ", request.baseRefs()));
        }
        CheckResult result = new CheckResult(findings.all(), summary.toString());
        SingleFileWriter.writeIfChanged(request.report(),
                CheckReport.json(request, result.findings()).getBytes(StandardCharsets.UTF_8));
        return result;
    }

    /**
     * Reads the ledger of revision {@code ref}, empty if that revision has none; its own mistakes
     * were reported when it was checked. A revision that cannot be read is a finding, so that the
     * report is written and names it like every other problem.
     */
    private static Optional<Ledger> base(Path ledger, String ref, Findings findings) throws IOException {
        try {
            return GitReader.show(ledger, ref)
                    .map(content -> LedgerParser.parse(ledger, content, new Diagnostics()));
        } catch (GitException e) {
            findings.error(Rule.BASE_UNREADABLE, new SourceLocation(ledger, 1, 1), e.getMessage());
            return Optional.empty();
        }
    }
}
