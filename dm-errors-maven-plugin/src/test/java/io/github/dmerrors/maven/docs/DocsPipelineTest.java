package io.github.dmerrors.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsPipelineTest {
    private static final String CATALOGUE = """
            ErrDBBadConn,[code=10002:class=database:scope=not-set:level=high], "Message: database driver"
            ErrDBDriverError,[code=10001:class=database:scope=not-set:level=high], "Message: driver %s"
            """;

    @TempDir
    Path project;

    @Test
    void writesEveryFormatAndSaysSoInOneLine() throws Exception {
        DocsResult result = DocsPipeline.run(request(write(CATALOGUE), List.of(DocsFormat.values())));

        assertThat(result.summary()).isEqualTo("dm-errors: 2 errors from src/main/errors/errors_release.txt"
                + " -> target/dm-errors-docs (errors.md, errors.toml, errors.json): 3 files written, 0 unchanged, 0 removed");
        Path docs = project.resolve("target/dm-errors-docs");
        assertThat(Files.readString(docs.resolve("errors.toml"), StandardCharsets.UTF_8)).startsWith(
                "[error.DM-database-10001]\nmessage = \"driver %s\"\n");
        assertThat(Files.readString(docs.resolve("errors.md"), StandardCharsets.UTF_8))
                .contains("of the catalogue `src/main/errors/errors_release.txt`")
                .contains("| <a id=\"10001\"></a>10001 | `ErrDBDriverError` | high | not-set | driver `{arg1}` |  |");
        assertThat(Files.readString(docs.resolve("errors.json"), StandardCharsets.UTF_8)).startsWith(
                "[\n  {\n    \"code\": 10001,\n");
    }

    @Test
    void showsAPrivateUseCharacterEscapedInTheMarkdownAsInJavadoc() throws Exception {
        // Private-use characters draw as whatever a font puts there, or as nothing.
        DocsPipeline.run(request(write("""
                ErrA,[code=1:class=database:scope=not-set:level=high], "Message: a\uE000b, Workaround: c\uDB80\uDC00d"
                """), List.of(DocsFormat.MARKDOWN)));

        String markdown = Files.readString(project.resolve("target/dm-errors-docs/errors.md"), StandardCharsets.UTF_8);
        assertThat(markdown)
                .contains("| a\\ue000b | c\\udb80\\udc00d |")
                .doesNotContain("\uE000")
                .doesNotContain("\uDB80\uDC00");
    }

    @Test
    void rewritesNothingWhenRunAgain() throws Exception {
        DocsRequest request = request(write(CATALOGUE), List.of(DocsFormat.values()));
        DocsPipeline.run(request);
        Path markdown = project.resolve("target/dm-errors-docs/errors.md");
        Files.setLastModifiedTime(markdown, java.nio.file.attribute.FileTime.fromMillis(0));

        DocsResult again = DocsPipeline.run(request);

        assertThat(again.files().upToDate()).isTrue();
        assertThat(again.summary()).endsWith(": up to date (3 files)");
        assertThat(Files.getLastModifiedTime(markdown).toMillis()).isZero();
    }

    @Test
    void removesTheFilesOfFormatsNoLongerAskedFor() throws Exception {
        Path catalogue = write(CATALOGUE);
        DocsPipeline.run(request(catalogue, List.of(DocsFormat.values())));

        DocsResult result = DocsPipeline.run(request(catalogue, List.of(DocsFormat.TOML)));

        assertThat(result.files().removed()).containsExactly("errors.json", "errors.md");
        assertThat(result.summary()).endsWith("(errors.toml): 0 files written, 1 unchanged, 2 removed");
        assertThat(project.resolve("target/dm-errors-docs/errors.md")).doesNotExist();
    }

    @Test
    void writesNothingFromACatalogueWithErrors() throws Exception {
        Path catalogue = write("ErrA,[code=1:class=databse:scope=internal:level=low]\n");

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> DocsPipeline.run(request(catalogue, List.of(DocsFormat.values()))))
                .satisfies(e -> assertThat(e.diagnostics().get(0).message())
                        .startsWith("unknown class 'databse' (did you mean 'database'?)"));
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void namesACatalogueOutsideTheProjectByItsFileNameInTheDocuments() throws Exception {
        Path outside = Files.createTempDirectory("dm-errors-outside");
        try {
            Path catalogue = Files.writeString(outside.resolve("dm.txt"), CATALOGUE, StandardCharsets.UTF_8);
            DocsResult result = DocsPipeline.run(request(catalogue, List.of(DocsFormat.MARKDOWN)));

            assertThat(result.catalogueName()).isEqualTo("dm.txt");
            assertThat(Files.readString(project.resolve("target/dm-errors-docs/errors.md"), StandardCharsets.UTF_8))
                    .contains("of the catalogue `dm.txt`");
        } finally {
            Files.delete(outside.resolve("dm.txt"));
            Files.delete(outside);
        }
    }

    @Test
    void rejectsAnInvalidExtraClassBeforeReadingAnything() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DocsRequest(project.resolve("missing.txt"), project, project.resolve("docs"),
                        List.of(DocsFormat.TOML), List.of("-bad"), "docs-default"))
                .withMessageStartingWith("extraClasses: '-bad' is not a valid error class name");
    }

    @Test
    void replacesItsOwnDocumentsOutsideTheBuildDirectoryAfterACleanAndACatalogueChange() throws Exception {
        Path docs = project.resolve("docs/reference");
        DocsPipeline.run(requestInto(docs, write(CATALOGUE)));
        deleteTree(project.resolve("target"));

        DocsResult result = DocsPipeline.run(requestInto(docs, write(CATALOGUE
                + "ErrDBUnknownError,[code=10006:class=database:scope=not-set:level=high], \"Message: unknown\"\n")));

        assertThat(result.summary()).endsWith(": 3 files written, 0 unchanged, 0 removed");
        assertThat(result.files().warnings()).isEmpty();
        for (DocsFormat format : DocsFormat.values()) {
            assertThat(Files.readString(docs.resolve(format.fileName()), StandardCharsets.UTF_8))
                    .as(format.fileName()).contains("10006");
        }
    }

    @Test
    void stillRefusesDocumentsOfYoursInTheirPlace() throws Exception {
        Path docs = Files.createDirectories(project.resolve("docs/reference"));
        Path catalogue = write(CATALOGUE);
        // Each is what a person may keep under that name: none has the layout the goal writes.
        Map<DocsFormat, String> yours = Map.of(
                DocsFormat.MARKDOWN, "<!-- Generated by hand. -->\n# Error reference\n",
                DocsFormat.TOML, "[error.ours-1]\nmessage = \"ours\"\n",
                DocsFormat.JSON, "[\n  {\n    \"code\": 1,\n    \"text\": \"ours\"\n  }\n]\n");
        for (Map.Entry<DocsFormat, String> file : yours.entrySet()) {
            Files.writeString(docs.resolve(file.getKey().fileName()), file.getValue(), StandardCharsets.UTF_8);
        }

        for (DocsFormat format : DocsFormat.values()) {
            assertThatExceptionOfType(FileAlreadyExistsException.class)
                    .as(format.fileName())
                    .isThrownBy(() -> DocsPipeline.run(new DocsRequest(catalogue, project, docs, List.of(format),
                            List.of(), "docs-default")))
                    .withMessageStartingWith(docs.resolve(format.fileName()) + ": exists and was not generated;");
        }
        for (Map.Entry<DocsFormat, String> file : yours.entrySet()) {
            assertThat(docs.resolve(file.getKey().fileName())).hasContent(file.getValue().stripTrailing());
        }
    }

    private DocsRequest requestInto(Path docs, Path catalogue) {
        return new DocsRequest(catalogue, project, docs, List.of(DocsFormat.values()), List.of(), "docs-default");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private DocsRequest request(Path catalogue, List<DocsFormat> formats) {
        return new DocsRequest(catalogue, project, project.resolve("target/dm-errors-docs"), formats, List.of(),
                "docs-default");
    }

    private Path write(String content) throws IOException {
        Path file = project.resolve("src/main/errors/errors_release.txt");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
