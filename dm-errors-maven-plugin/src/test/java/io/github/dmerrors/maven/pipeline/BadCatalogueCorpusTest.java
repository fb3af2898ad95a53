package io.github.dmerrors.maven.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.diagnostic.Severity;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import io.github.dmerrors.maven.testing.CatalogueGoal;
import io.github.dmerrors.maven.testing.CorpusCase;
import io.github.dmerrors.maven.testing.DirectorySnapshot;
import io.github.dmerrors.testing.TestTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every catalogue of {@code src/test/resources/bad} (see {@link CorpusCase} for the format), run
 * by every {@linkplain CatalogueGoal goal} the way its Mojo runs it, over the output of a good run.
 * Each must fail the build with exactly the diagnostics its expectation lists — all of them, at
 * their line and column — and leave every file of the project as it was.
 */
class BadCatalogueCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad");
    /** Generous for a laptop, and far below the 15 s a megabyte value once took; see {@link TestTime}. */
    private static final Duration LIMIT = TestTime.scaled(Duration.ofSeconds(10));
    /** A code of {@link #GOOD}, which {@code explain} asks about. */
    private static final int GOOD_CODE = 10002;
    private static final String GOOD = """
            ErrDBBadConn,[code=10002:class=database:scope=not-set:level=high], "Message: database driver"
            ErrDBQueryFailed,[code=10005:class=database:scope=not-set:level=high], "Message: query statement failed: %s"
            ErrVerifyArgs,[code=11017:class=functional:scope=internal:level=low], "Workaround: check the arguments"
            """;

    @TempDir
    Path work;

    @Test
    void coversEveryRuleWithAtLeastSixtyCatalogues() {
        List<CorpusCase> cases = CorpusCase.readAll(CORPUS);

        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        // A case that expects only warnings would be an accepted one in the wrong place.
        assertThat(cases).allSatisfy(badCase -> assertThat(badCase.diagnostics())
                .as(badCase.name())
                .anySatisfy(diagnostic -> assertThat(diagnostic).doesNotContain(": warning: ")));
    }

    @TestFactory
    Stream<DynamicTest> rejectsEachWithAllItsDiagnosticsAndWritesNothing() {
        return CatalogueGoal.ALL.stream().flatMap(goal -> CorpusCase.readAll(CORPUS).stream()
                .filter(badCase -> badCase.appliesTo(goal))
                .map(badCase -> DynamicTest.dynamicTest(goal.name() + " " + badCase.name(),
                        () -> assertRejected(goal, badCase))));
    }

    private void assertRejected(CatalogueGoal<?> goal, CorpusCase badCase) throws Exception {
        Path project = work.resolve(goal.name()).resolve(badCase.name());
        Path catalogue = project.resolve("src/main/errors/errors_release.txt");
        Files.createDirectories(catalogue.getParent());
        Files.writeString(catalogue, GOOD, StandardCharsets.UTF_8);
        CatalogueGoal.Input input = new CatalogueGoal.Input(
                catalogue, project, project.resolve("target/generated"), badCase.extraClasses(), GOOD_CODE);
        goal.run(input);
        Map<String, String> before = projectWithout(project, catalogue);
        if (goal.writes()) {
            assertThat(before).as("files of the good run").isNotEmpty();
        }
        Files.write(catalogue, badCase.content());

        assertThatThrownBy(() -> assertTimeoutPreemptively(LIMIT, () -> goal.run(input)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.diagnostics()).extracting(CorpusCase::describe)
                            .containsExactlyElementsOf(badCase.diagnostics());
                    assertThat(e.diagnostics()).extracting(diagnostic -> diagnostic.location().file())
                            .containsOnly(catalogue);
                });
        assertThat(projectWithout(project, catalogue)).as("files after the failed run").isEqualTo(before);
    }

    private static Map<String, String> projectWithout(Path project, Path catalogue) throws IOException {
        Map<String, String> files = DirectorySnapshot.of(project);
        files.remove(project.relativize(catalogue).toString().replace('\\', '/'));
        return files;
    }

    @Test
    void describesADiagnosticWithoutItsFile() {
        Diagnostic warning =
                new Diagnostic(Severity.WARNING, new SourceLocation(Path.of("/p/errors.txt"), 3, 14), "odd");

        assertThat(CorpusCase.describe(warning)).isEqualTo("3:14: warning: odd");
    }
}
