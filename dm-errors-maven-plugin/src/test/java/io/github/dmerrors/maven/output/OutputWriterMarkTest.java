package io.github.dmerrors.maven.output;

import static io.github.dmerrors.maven.output.OutputFixtures.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file whose records were lost (a clean of the build directory) is known by the generator's mark. */
class OutputWriterMarkTest {
    private static final GeneratedMark MARK = GeneratedMark.startingWith("// generated\n");

    @TempDir
    Path dir;

    @TempDir
    Path build;

    /** A writer of a fresh build directory: what a clean leaves, with the output kept elsewhere. */
    private OutputWriter writerAfterClean(String name) {
        return new OutputWriter(build.resolve(name));
    }

    @Test
    void replacesAFileBearingTheMarkWhenItsRecordsAreGone() throws Exception {
        writerAfterClean("first").write(dir, "default", "fp1", List.of(file("a/A.java", "// generated\nold")), MARK);

        OutputWriter writer = writerAfterClean("second");
        WriteResult result = writer.write(dir, "default", "fp2", List.of(file("a/A.java", "// generated\nnew")), MARK);

        assertThat(result.written()).containsExactly("a/A.java");
        assertThat(result.summary()).isEqualTo("1 file written, 0 unchanged, 0 removed");
        assertThat(result.warnings()).isEmpty();
        assertThat(dir.resolve("a/A.java")).hasContent("// generated\nnew");
        // Recorded again: the next run finds it up to date, and one that no longer generates it removes it.
        assertThat(writer.upToDate(dir, "default", "fp2")).isPresent();
        assertThat(writer.write(dir, "default", "fp3", List.of(file("a/B.java", "// generated\nB")), MARK).removed())
                .containsExactly("a/A.java");
    }

    @Test
    void stillRefusesAFileWithoutTheMark() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/A.java"), "// mine\nkeep me");
        List<GeneratedFile> files = List.of(file("a/A.java", "// generated\nnew"), file("a/B.java", "// generated\nB"));

        assertThatExceptionOfType(FileAlreadyExistsException.class)
                .isThrownBy(() -> writerAfterClean("state").write(dir, "default", "fp", files, MARK))
                .withMessageStartingWith(dir.resolve("a/A.java") + ": exists and was not generated;");
        assertThat(OutputFixtures.contents(dir)).isEqualTo(Map.of("a/A.java", "// mine\nkeep me"));
    }

    @Test
    void refusesAMarkedFileWhenTheCallerGivesNoMark() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/A.java"), "// generated\nold");

        assertThatExceptionOfType(FileAlreadyExistsException.class).isThrownBy(() -> writerAfterClean("state")
                .write(dir, "default", "fp", List.of(file("a/A.java", "// generated\nnew"))));
        assertThat(dir.resolve("a/A.java")).hasContent("// generated\nold");
    }

    @Test
    void neverRemovesAMarkedFileThatNoRecordLists() throws Exception {
        // After a clean, the mark does not tell which execution sharing the directory wrote A.
        writerAfterClean("first").write(dir, "default", "fp1", List.of(file("a/A.java", "// generated\nA")), MARK);

        OutputWriter writer = writerAfterClean("second");
        WriteResult result = writer.write(dir, "default", "fp2", List.of(file("a/B.java", "// generated\nB")), MARK);
        WriteResult again = writer.write(dir, "default", "fp3", List.of(file("a/B.java", "// generated\nB2")), MARK);

        assertThat(result.removed()).isEmpty();
        assertThat(again.removed()).isEmpty();
        assertThat(OutputFixtures.contents(dir))
                .isEqualTo(Map.of("a/A.java", "// generated\nA", "a/B.java", "// generated\nB2"));
    }

    @Test
    void marksOnlyContentThatStartsWithThePrefix() {
        GeneratedMark mark = GeneratedMark.startingWith("// Généré");

        assertThat(mark.isOn("A.java", "// Généré par moi".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(mark.isOn("A.java", "// Généré".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(mark.isOn("A.java", "// Génér".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(mark.isOn("A.java", " // Généré".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(mark.isOn("A.java", new byte[0])).isFalse();
        assertThat(GeneratedMark.NONE.isOn("A.java", "// Généré".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void rejectsAnEmptyPrefix() {
        assertThatIllegalArgumentException().isThrownBy(() -> GeneratedMark.startingWith(""))
                .withMessage("prefix is empty");
    }
}
