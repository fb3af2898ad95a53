package io.github.dmerrors.maven.testing;

import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.docs.DocsFormat;
import io.github.dmerrors.maven.docs.DocsPipeline;
import io.github.dmerrors.maven.docs.DocsRequest;
import io.github.dmerrors.maven.docs.ErrorQuery;
import io.github.dmerrors.maven.docs.ExplainRequest;
import io.github.dmerrors.maven.docs.Explainer;
import io.github.dmerrors.maven.ledger.CheckRequest;
import io.github.dmerrors.maven.ledger.CheckResult;
import io.github.dmerrors.maven.ledger.LedgerChecker;
import io.github.dmerrors.maven.ledger.LedgerRecorder;
import io.github.dmerrors.maven.ledger.RecordRequest;
import io.github.dmerrors.maven.pipeline.GeneratePipeline;
import io.github.dmerrors.maven.pipeline.GenerateRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

/**
 * A goal that reads a catalogue, as the hostile-input tests drive it: through the same pipeline
 * its Mojo calls, without Maven. The corpus tests run every goal of {@link #ALL} on every
 * catalogue, so a goal added here is held to the same promises: every diagnostic, never another
 * exception, and nothing written on bad input.
 */
public interface CatalogueGoal {
    /** The {@code generate} goal, into package {@code com.example.errors}, class {@code DmErrors}. */
    CatalogueGoal GENERATE = new CatalogueGoal() {
        @Override
        public String name() {
            return "generate";
        }

        @Override
        public void run(Input input) throws IOException, InvalidInputException {
            GeneratePipeline.run(new GenerateRequest(input.catalogue(), input.project(), "com.example.errors",
                    "DmErrors", input.output(), input.extraClasses(), "default", "test", input.guide()));
        }
    };

    /** The {@code docs} goal, every format. */
    CatalogueGoal DOCS = new CatalogueGoal() {
        @Override
        public String name() {
            return "docs";
        }

        @Override
        public void run(Input input) throws IOException, InvalidInputException {
            DocsPipeline.run(new DocsRequest(input.catalogue(), input.project(), input.output(),
                    List.of(DocsFormat.values()), input.extraClasses(), "docs-default", input.guide()));
        }
    };

    /** The {@code explain} goal, for the first code of the corpus' good catalogues. */
    CatalogueGoal EXPLAIN = new CatalogueGoal() {
        @Override
        public String name() {
            return "explain";
        }

        @Override
        public boolean writes() {
            return false;
        }

        @Override
        public void run(Input input) throws IOException, InvalidInputException {
            Explainer.run(new ExplainRequest(input.catalogue(), input.project(), input.extraClasses(),
                    ErrorQuery.of("10002", null), input.guide()));
        }
    };

    /**
     * The {@code record} goal, then {@code check} on the ledger it wrote, as a project adopting the
     * ledger runs them. The check report, which is rewritten on every run by design, goes beside
     * the project, not into it.
     */
    CatalogueGoal RECORD_AND_CHECK = new CatalogueGoal() {
        @Override
        public String name() {
            return "record-and-check";
        }

        @Override
        public void run(Input input) throws IOException, InvalidInputException {
            Path ledger = input.project().resolve("src/main/errors/errors.ledger");
            LedgerRecorder.run(new RecordRequest(input.catalogue(), ledger, List.of(), input.extraClasses(), false));
            CheckResult result = LedgerChecker.run(new CheckRequest(input.catalogue(), ledger, List.of(),
                    Optional.empty(), List.of(), input.extraClasses(),
                    input.project().resolveSibling(input.project().getFileName() + "-check-report.json"),
                    input.guide()));
            if (result.hasErrors()) {
                throw new InvalidInputException(result.diagnostics());
            }
        }
    };

    /** Every goal that reads a catalogue. */
    List<CatalogueGoal> ALL = List.of(GENERATE, DOCS, EXPLAIN, RECORD_AND_CHECK);

    /** The goal's name, as a corpus case restricts itself with {@code only <name>}. */
    String name();

    /** Whether a good run writes files into the project, which a bad run must then leave alone. */
    default boolean writes() {
        return true;
    }

    /**
     * Runs the goal once.
     *
     * @throws InvalidInputException if the catalogue has errors, the only way to reject it
     * @throws IOException if a file cannot be read or written
     */
    void run(Input input) throws IOException, InvalidInputException;

    /**
     * What a goal runs on.
     *
     * @param catalogue the catalogue file, inside {@code project}
     * @param project the project's base directory
     * @param output the directory the goal writes into, inside {@code project}
     * @param extraClasses the error classes the build declares
     * @param guide the catalogue's guide, inside {@code project}; empty if it has none
     */
    record Input(Path catalogue, Path project, Path output, List<String> extraClasses, Optional<Path> guide) {
        public Input {
            Objects.requireNonNull(catalogue, "catalogue == null");
            Objects.requireNonNull(project, "project == null");
            Objects.requireNonNull(output, "output == null");
            extraClasses = List.copyOf(extraClasses);
            Objects.requireNonNull(guide, "guide == null");
        }

        /** What a goal runs on for a catalogue without a guide. */
        public Input(Path catalogue, Path project, Path output, List<String> extraClasses) {
            this(catalogue, project, output, extraClasses, Optional.empty());
        }
    }
}
