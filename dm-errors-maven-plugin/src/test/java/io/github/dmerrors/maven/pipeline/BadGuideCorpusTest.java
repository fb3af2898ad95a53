package io.github.dmerrors.maven.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.testing.CatalogueGoal;
import io.github.dmerrors.maven.testing.CorpusCase;
import io.github.dmerrors.maven.testing.DirectorySnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every guide of {@code src/test/resources/bad-guides} (see {@link CorpusCase}; the inputs are
 * {@code .md} files), beside a good catalogue, run by every {@linkplain CatalogueGoal goal} over
 * the output of a run with a good guide. Each must fail the build with exactly the diagnostics its
 * expectation lists, all in the guide, and leave every file of the project as it was — the same
 * promises as for a bad catalogue.
 */
class BadGuideCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/bad-guides");
    private static final Duration LIMIT = Duration.ofSeconds(10);
    static final String CATALOGUE = """
            ErrDBBadConn,[code=10002:class=database:scope=not-set:level=high], "Message: database driver"
            ErrDBQueryFailed,[code=10005:class=database:scope=not-set:level=high], "Message: query statement failed: %s"
            ErrInvoiceRejected,[code=90001:class=billing:scope=downstream:level=low], "Message: invoice rejected: %s"
            """;
    static final List<String> EXTRA_CLASSES = List.of("billing");
    private static final String GOOD_GUIDE = """
            # Guide

            ## 10002 ErrDBBadConn

            ### Description

            The connection broke before the request went out.

            ### Handling

            Check the network.
            """;

    @TempDir
    Path work;

    @Test
    void coversEveryRuleOfTheGuide() {
        List<CorpusCase> cases = CorpusCase.readAll(CORPUS, "md");

        assertThat(cases).hasSizeGreaterThanOrEqualTo(25);
        assertThat(cases).allSatisfy(badCase -> assertThat(badCase.diagnostics()).as(badCase.name()).isNotEmpty());
    }

    @TestFactory
    Stream<DynamicTest> rejectsEachWithAllItsDiagnosticsAndWritesNothing() {
        return CatalogueGoal.ALL.stream().flatMap(goal -> CorpusCase.readAll(CORPUS, "md").stream()
                .filter(badCase -> badCase.appliesTo(goal))
                .map(badCase -> DynamicTest.dynamicTest(goal.name() + " " + badCase.name(),
                        () -> assertRejected(goal, badCase))));
    }

    private void assertRejected(CatalogueGoal goal, CorpusCase badCase) throws Exception {
        Path project = work.resolve(goal.name()).resolve(badCase.name());
        Path catalogue = project.resolve("src/main/errors/errors_release.txt");
        Path guide = project.resolve("src/main/errors/errors_guide.md");
        Files.createDirectories(catalogue.getParent());
        Files.writeString(catalogue, CATALOGUE, StandardCharsets.UTF_8);
        Files.writeString(guide, GOOD_GUIDE, StandardCharsets.UTF_8);
        CatalogueGoal.Input input = new CatalogueGoal.Input(
                catalogue, project, project.resolve("target/generated"), EXTRA_CLASSES, 10002, Optional.of(guide));
        goal.run(input);
        Map<String, String> before = projectWithout(project, guide);
        if (goal.writes()) {
            assertThat(before).as("files of the good run besides the catalogue").hasSizeGreaterThan(1);
        }
        Files.write(guide, badCase.content());

        assertThatThrownBy(() -> assertTimeoutPreemptively(LIMIT, () -> goal.run(input)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.diagnostics()).extracting(CorpusCase::describe)
                            .containsExactlyElementsOf(badCase.diagnostics());
                    assertThat(e.diagnostics()).extracting(diagnostic -> diagnostic.location().file())
                            .containsOnly(guide);
                });
        assertThat(projectWithout(project, guide)).as("files after the failed run").isEqualTo(before);
    }

    private static Map<String, String> projectWithout(Path project, Path guide) throws IOException {
        Map<String, String> files = DirectorySnapshot.of(project);
        files.remove(project.relativize(guide).toString().replace('\\', '/'));
        return files;
    }
}
