package io.github.dmerrors.maven.testing;

import io.github.dmerrors.maven.diagnostic.CatalogueException;
import io.github.dmerrors.maven.pipeline.GeneratePipeline;
import io.github.dmerrors.maven.pipeline.GenerateRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
        public void run(Input input) throws IOException, CatalogueException {
            GeneratePipeline.run(new GenerateRequest(input.catalogue(), input.project(), "com.example.errors",
                    "DmErrors", input.output(), input.extraClasses(), "default", "test"));
        }
    };

    /** Every goal that reads a catalogue. The check and docs goals belong here too. */
    List<CatalogueGoal> ALL = List.of(GENERATE);

    /** The goal's name, as a corpus case restricts itself with {@code only <name>}. */
    String name();

    /**
     * Runs the goal once.
     *
     * @throws CatalogueException if the catalogue has errors, the only way to reject it
     * @throws IOException if a file cannot be read or written
     */
    void run(Input input) throws IOException, CatalogueException;

    /**
     * What a goal runs on.
     *
     * @param catalogue the catalogue file, inside {@code project}
     * @param project the project's base directory
     * @param output the directory the goal writes into, inside {@code project}
     * @param extraClasses the error classes the build declares
     */
    record Input(Path catalogue, Path project, Path output, List<String> extraClasses) {
        public Input {
            Objects.requireNonNull(catalogue, "catalogue == null");
            Objects.requireNonNull(project, "project == null");
            Objects.requireNonNull(output, "output == null");
            extraClasses = List.copyOf(extraClasses);
        }
    }
}
