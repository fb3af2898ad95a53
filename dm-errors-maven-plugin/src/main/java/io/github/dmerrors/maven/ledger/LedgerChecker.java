package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import io.github.dmerrors.maven.guide.GuideFile;
import io.github.dmerrors.maven.guide.GuideParser;
import io.github.dmerrors.maven.guide.GuideSection;
import io.github.dmerrors.maven.guide.GuideValidator;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.CatalogueLoader;
import io.github.dmerrors.maven.model.ClassesElsewhere;
import io.github.dmerrors.maven.output.SingleFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code check} goal: compares the catalogue with its ledger and its guide, and the ledger with
 * those of the git bases, and writes every finding to the JSON report, errors or not. Changes no other file;
 * if the catalogue or the ledger cannot be read, no report is left behind.
 *
 * <p>With a base, the ledger must keep every event of the ledger where the branch forked from the
 * base (what the base gained later is not missing, the branch is merely behind), the catalogue must
 * not take a code or a name the base's tip took since then, and the ledger must record the whole
 * catalogue.
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
        Diagnostics findings = new Diagnostics();
        Optional<Catalogue> catalogue = catalogue(request.catalogue(), catalogueContent, request.declaredClasses(),
                request.classesElsewhere(), findings);
        Optional<GuideFile> guideFile = GuideFile.read(request.guide());
        if (guideFile.isPresent()) {
            Diagnostics guideDiagnostics = new Diagnostics();
            List<GuideSection> sections =
                    GuideParser.parse(guideFile.get().path(), guideFile.get().content(), guideDiagnostics);
            catalogue.ifPresent(read -> GuideValidator.validate(
                    sections, read, request.declaredClasses(), guideDiagnostics));
            findings.addAll(Rule.GUIDE.id(), guideDiagnostics.all());
        }
        Diagnostics ledgerDiagnostics = new Diagnostics();
        Ledger ledger = LedgerParser.parse(request.ledger(), ledgerContent, ledgerDiagnostics);
        findings.addAll(Rule.LEDGER_FORMAT.id(), ledgerDiagnostics.all());
        boolean withBase = request.baseRef().isPresent() || !request.baseRefs().isEmpty();
        if (catalogue.isPresent() && !ledgerDiagnostics.hasErrors()) {
            findings.addAll(Rule.CATALOGUE.id(), CatalogueComparer.compare(
                    catalogue.get(), ledger, request.declaredRenames(), withBase).diagnostics());
        }
        if (!ledger.canonical() && !ledgerDiagnostics.hasErrors()) {
            findings.add(Rule.LEDGER_FORMAT.warning(new SourceLocation(request.ledger(), 1, 1), "codes out of order"
                    + " or an event twice, as git's union merge leaves a ledger; run mvn dm-errors:record to"
                    + " sort it"));
        }
        StringBuilder summary = new StringBuilder("dm-errors: ").append(request.ledger()).append(" (")
                .append(ledger.events().size()).append(" events) agrees with ").append(request.catalogue())
                .append(catalogue.map(read -> " (" + read.errors().size() + " codes)").orElse(""));
        Set<Integer> reported = Set.of();
        if (request.baseRef().isPresent()) {
            String ref = request.baseRef().get();
            Optional<BaseLedgers> base = BaseLedgers.read(request.ledger(), ref, findings);
            if (base.isPresent()) {
                BaseLedgers read = base.get();
                findings.addAll(Rule.LEDGER_EDITED.id(), BaseComparer.appendOnly(ledger, read.forkName(), read.fork()));
                if (catalogue.isPresent()) {
                    TipComparer tip = TipComparer.compare(catalogue.get(), ref, ledger, read.fork(), read.tip());
                    findings.addAll(Rule.BRANCHES_DISAGREE.id(), tip.diagnostics());
                    findings.addAll(Rule.BRANCHES_DISAGREE.id(),
                            BaseComparer.agreement(ledger, Map.of(ref, read.tip()), tip::unreportedNews));
                    reported = tip.reportedCodes();
                }
                summary.append(read.forkHasLedger() ? ", keeps every line of " + read.forkName()
                        : ", is new since " + ref);
            }
        }
        if (!request.baseRefs().isEmpty()) {
            Map<String, Ledger> bases = new LinkedHashMap<>();
            for (String ref : request.baseRefs()) {
                BaseLedgers.tip(request.ledger(), ref, findings).ifPresent(baseLedger -> bases.put(ref, baseLedger));
            }
            Set<Integer> alreadyReported = reported;
            findings.addAll(Rule.BRANCHES_DISAGREE.id(),
                    BaseComparer.agreement(ledger, bases, code -> !alreadyReported.contains(code)));
            summary.append(", agrees with ").append(String.join(", ", request.baseRefs()));
        }
        CheckResult result = new CheckResult(findings.all(), summary.toString());
        SingleFileWriter.writeIfChanged(request.report(),
                CheckReport.json(request, result.diagnostics()).getBytes(StandardCharsets.UTF_8));
        return result;
    }

    /**
     * Loads the catalogue as every goal does, adding its diagnostics to {@code findings} under the
     * rule {@code catalogue}; {@code record} reads it the same way.
     *
     * @return the catalogue, or empty if it has errors
     */
    static Optional<Catalogue> catalogue(Path file, byte[] content, Set<ErrorClass> declaredClasses,
            ClassesElsewhere elsewhere, Diagnostics findings) {
        try {
            Catalogue catalogue = CatalogueLoader.load(file, content, declaredClasses, elsewhere);
            findings.addAll(Rule.CATALOGUE.id(), catalogue.warnings());
            return Optional.of(catalogue);
        } catch (InvalidInputException e) {
            findings.addAll(Rule.CATALOGUE.id(), e.diagnostics());
            return Optional.empty();
        }
    }
}
