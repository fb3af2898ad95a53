package io.github.dmerrors.maven.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.docs.DocsFormat;
import io.github.dmerrors.maven.docs.DocsPipeline;
import io.github.dmerrors.maven.docs.DocsRequest;
import io.github.dmerrors.maven.docs.DocsResult;
import io.github.dmerrors.maven.docs.ErrorQuery;
import io.github.dmerrors.maven.docs.ExplainRequest;
import io.github.dmerrors.maven.docs.Explainer;
import io.github.dmerrors.maven.docs.Explanation;
import io.github.dmerrors.maven.ledger.CheckRequest;
import io.github.dmerrors.maven.ledger.CheckResult;
import io.github.dmerrors.maven.ledger.LedgerChecker;
import io.github.dmerrors.maven.ledger.LedgerRecorder;
import io.github.dmerrors.maven.ledger.RecordRequest;
import io.github.dmerrors.maven.ledger.RecordResult;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.ClassesElsewhere;
import io.github.dmerrors.maven.model.ErrorDefinition;
import io.github.dmerrors.maven.pipeline.GeneratePipeline;
import io.github.dmerrors.maven.pipeline.GenerateRequest;
import io.github.dmerrors.maven.pipeline.GenerateResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A goal that reads a catalogue, as the hostile-input tests drive it: through the same pipeline
 * its Mojo calls, without Maven. The corpus tests run every goal of {@link #ALL} on every
 * catalogue, so a goal added here is held to the same promises: every diagnostic, never another
 * exception, nothing written on bad input, and on good input what the goal is for.
 *
 * @param <R> what a run of the goal gives back
 */
public interface CatalogueGoal<R> {
    /** The {@code generate} goal, into package {@code com.example.errors}, class {@code DmErrors}. */
    CatalogueGoal<GenerateResult> GENERATE = new CatalogueGoal<>() {
        @Override
        public String name() {
            return "generate";
        }

        @Override
        public GenerateResult run(Input input) throws IOException, InvalidInputException {
            return GeneratePipeline.run(new GenerateRequest(input.catalogue(), input.project(), "com.example.errors",
                    "DmErrors", input.output(), input.extraClasses(), "default", "test",
                    input.guide()));
        }

        /** The class and its parts written, and a constant in them for every entry. */
        @Override
        public void assertProduced(Input input, Catalogue catalogue, GenerateResult result) throws IOException {
            assertThat(result.entries()).as("entries").isEqualTo(catalogue.errors().size());
            assertWarnings(result.warnings(), catalogue);
            assertThat(result.className()).isEqualTo("com.example.errors.DmErrors");
            assertThat(result.files().written()).as("files written").contains("com/example/errors/DmErrors.java");
            String sources = read(input.output(), result.files().written());
            assertThat(catalogue.errors()).as("constants in the generated sources")
                    .allSatisfy(error -> assertThat(sources).contains("DmError " + error.name() + " = "));
        }
    };

    /** The {@code docs} goal, every format. */
    CatalogueGoal<DocsResult> DOCS = new CatalogueGoal<>() {
        @Override
        public String name() {
            return "docs";
        }

        @Override
        public DocsResult run(Input input) throws IOException, InvalidInputException {
            return DocsPipeline.run(new DocsRequest(input.catalogue(), input.project(), input.output(),
                    List.of(DocsFormat.values()), input.extraClasses(), "docs-default", input.guide()));
        }

        /** One file per format, each with every entry: its anchor, its key or its object. */
        @Override
        public void assertProduced(Input input, Catalogue catalogue, DocsResult result) throws IOException {
            assertThat(result.entries()).as("entries").isEqualTo(catalogue.errors().size());
            assertWarnings(result.warnings(), catalogue);
            assertThat(result.files().written()).as("files written").containsExactlyInAnyOrderElementsOf(
                    Arrays.stream(DocsFormat.values()).map(DocsFormat::fileName).toList());
            String markdown = read(input.output(), List.of(DocsFormat.MARKDOWN.fileName()));
            String toml = read(input.output(), List.of(DocsFormat.TOML.fileName()));
            String json = read(input.output(), List.of(DocsFormat.JSON.fileName()));
            for (ErrorDefinition error : catalogue.errors()) {
                assertThat(markdown).as("errors.md").contains("<a id=\"" + error.code() + "\"></a>");
                assertThat(toml).as("errors.toml").contains("DM-" + error.errorClass().name() + "-" + error.code());
                assertThat(json).as("errors.json").contains("\"code\": " + error.code() + ",");
            }
        }
    };

    /** The {@code explain} goal, for the code the input names. */
    CatalogueGoal<Explanation> EXPLAIN = new CatalogueGoal<>() {
        @Override
        public String name() {
            return "explain";
        }

        @Override
        public boolean writes() {
            return false;
        }

        @Override
        public Explanation run(Input input) throws IOException, InvalidInputException {
            return Explainer.run(new ExplainRequest(input.catalogue(), input.project(), input.extraClasses(),
                    ErrorQuery.of(Integer.toString(input.explained()), null), input.guide()));
        }

        /** The entry of the code asked about found and described, not its nearest neighbours. */
        @Override
        public void assertProduced(Input input, Catalogue catalogue, Explanation result) {
            ErrorDefinition asked = catalogue.errors().stream()
                    .filter(error -> error.code() == input.explained())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the catalogue has no code " + input.explained()));
            assertThat(result.problem()).as("explain's problem").isEmpty();
            assertThat(result.found()).isTrue();
            assertThat(result.lines()).first().isEqualTo("Error " + asked.code() + ": " + asked.name());
            // DM's words only for a catalogue of DM's classes alone; any other reads neutrally.
            boolean dms = catalogue.errors().stream().allMatch(error -> error.errorClass().isKnown());
            String prints = dms ? "  DM prints   " : "  printed as  ";
            assertThat(result.lines()).anySatisfy(line -> assertThat(line).startsWith(prints)
                    .endsWith("[code=" + asked.code() + ":class=" + asked.errorClass() + ":scope=" + asked.scope()
                            + ":level=" + asked.level() + "]"));
        }
    };

    /**
     * The {@code record} goal, then {@code check} on the ledger it wrote, as a project adopting the
     * ledger runs them. The check report, which is rewritten on every run by design, goes beside
     * the project, not into it. A refused record or a failed check rejects the catalogue, as their
     * Mojos fail the build.
     */
    CatalogueGoal<Ledgered> RECORD_AND_CHECK = new CatalogueGoal<>() {
        @Override
        public String name() {
            return "record-and-check";
        }

        @Override
        public Ledgered run(Input input) throws IOException, InvalidInputException {
            Path ledger = input.project().resolve("src/main/errors/errors.ledger");
            Path report = input.project().resolveSibling(input.project().getFileName() + "-check-report.json");
            RecordResult recorded = LedgerRecorder.run(
                    new RecordRequest(input.catalogue(), ledger, List.of(), input.extraClasses(), false));
            if (recorded.refused()) {
                throw new InvalidInputException(recorded.diagnostics());
            }
            CheckResult checked = LedgerChecker.run(new CheckRequest(input.catalogue(), ledger, List.of(),
                    Optional.empty(), List.of(), input.extraClasses(), report, ClassesElsewhere.NONE, input.guide()));
            if (checked.hasErrors()) {
                throw new InvalidInputException(checked.diagnostics());
            }
            return new Ledgered(ledger, recorded, checked, report);
        }

        /** A ledger assigning every code to its entry, then a check that agrees and writes its report. */
        @Override
        public void assertProduced(Input input, Catalogue catalogue, Ledgered result) throws IOException {
            assertWarnings(result.recorded().diagnostics(), catalogue);
            assertWarnings(result.checked().diagnostics(), catalogue);
            assertThat(result.recorded().added()).as("lines recorded")
                    .hasSameSizeAs(catalogue.errors())
                    .allSatisfy(line -> assertThat(catalogue.errors()).anyMatch(error ->
                            line.startsWith(error.code() + " assigned " + error.name() + " ")));
            assertThat(Files.readAllLines(result.ledger(), StandardCharsets.UTF_8)).as("the ledger")
                    .containsAll(result.recorded().added());
            assertThat(result.checked().summary()).as("check's summary")
                    .contains("agrees with").contains("(" + catalogue.errors().size() + " codes)");
            assertThat(result.report()).as("check's report").isNotEmptyFile();
        }
    };

    /** Every goal that reads a catalogue. */
    List<CatalogueGoal<?>> ALL = List.of(GENERATE, DOCS, EXPLAIN, RECORD_AND_CHECK);

    /** The goal's name, as a corpus case restricts itself with {@code only <name>}. */
    String name();

    /** Whether a good run writes files into the project, which a bad run must then leave alone. */
    default boolean writes() {
        return true;
    }

    /**
     * Runs the goal once.
     *
     * @return what the goal gave back, for {@link #assertProduced}
     * @throws InvalidInputException if the catalogue has errors, the only way to reject it
     * @throws IOException if a file cannot be read or written
     */
    R run(Input input) throws IOException, InvalidInputException;

    /**
     * Checks what a run on a catalogue the goal accepts produced: what it reported and the files it
     * wrote, against the catalogue as {@code CatalogueLoader} reads it.
     *
     * @param input what the goal ran on
     * @param catalogue the catalogue's entries and warnings
     * @param result what {@link #run} gave back
     * @throws IOException if a file the goal wrote cannot be read
     */
    void assertProduced(Input input, Catalogue catalogue, R result) throws IOException;

    /**
     * What a goal runs on.
     *
     * @param catalogue the catalogue file, inside {@code project}
     * @param project the project's base directory
     * @param output the directory the goal writes into, inside {@code project}
     * @param extraClasses the error classes the build declares
     * @param explained the code {@code explain} asks about
     * @param guide the catalogue's guide, inside {@code project}; empty if it has none
     */
    record Input(Path catalogue, Path project, Path output, List<String> extraClasses, int explained,
            Optional<Path> guide) {
        public Input {
            Objects.requireNonNull(catalogue, "catalogue == null");
            Objects.requireNonNull(project, "project == null");
            Objects.requireNonNull(output, "output == null");
            extraClasses = List.copyOf(extraClasses);
            Objects.requireNonNull(guide, "guide == null");
        }

        /** What a goal runs on for a catalogue without a guide. */
        public Input(Path catalogue, Path project, Path output, List<String> extraClasses, int explained) {
            this(catalogue, project, output, extraClasses, explained, Optional.empty());
        }
    }

    /**
     * What {@link #RECORD_AND_CHECK} gives back.
     *
     * @param ledger the ledger file
     * @param recorded what {@code record} did
     * @param checked what {@code check} found
     * @param report the check's JSON report
     */
    record Ledgered(Path ledger, RecordResult recorded, CheckResult checked, Path report) {}

    /** The warnings a goal reported are the catalogue's, in order. */
    private static void assertWarnings(List<Diagnostic> reported, Catalogue catalogue) {
        assertThat(reported).as("warnings").extracting(CorpusCase::describe)
                .containsExactlyElementsOf(catalogue.warnings().stream().map(CorpusCase::describe).toList());
    }

    /** The files under {@code directory}, one after the other; each must exist. */
    private static String read(Path directory, List<String> files) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String file : files) {
            assertThat(directory.resolve(file)).as(file).isRegularFile();
            text.append(Files.readString(directory.resolve(file), StandardCharsets.UTF_8));
        }
        return text.toString();
    }
}
