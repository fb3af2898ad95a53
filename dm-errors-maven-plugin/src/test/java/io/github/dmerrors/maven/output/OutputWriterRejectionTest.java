package io.github.dmerrors.maven.output;

import static io.github.dmerrors.maven.output.OutputFixtures.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterRejectionTest {
    private static final List<GeneratedFile> ONE = List.of(file("A", "A"));

    @TempDir
    Path dir;

    @TempDir
    Path state;

    private OutputWriter writer;

    @BeforeEach
    void createWriter() {
        writer = new OutputWriter(state);
    }

    @Test
    void rejectsFilesThatDifferOnlyInCaseBeforeWritingAnything() {
        List<GeneratedFile> files =
                List.of(file("a/A.java", "A"), file("a/Foo.java", "1"), file("a/FOO.java", "2"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> writer.write(dir.resolve("out"), "default", "fp", files))
                .withMessage("generated paths differ only in case or Unicode normalisation, which"
                        + " Windows and macOS store as one file: a/FOO.java and a/Foo.java");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void keepsAFileNoRunWroteAndWritesNothing() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/User.java"), "mine");
        writer.write(dir, "other", "fo", List.of(file("a/Other.java", "other")));
        List<GeneratedFile> files = List.of(file("a/B.java", "B"), file("a/User.java", "generated"));

        assertThatExceptionOfType(FileAlreadyExistsException.class)
                .isThrownBy(() -> writer.write(dir, "default", "fp", files))
                .withMessage(dir.resolve("a/User.java") + ": exists and was not generated; nothing was written,"
                        + " to keep it (move it, or generate another class or into another directory)");
        assertThat(dir.resolve("a/User.java")).hasContent("mine");
        assertThat(dir.resolve("a/B.java")).doesNotExist();
        assertThat(OutputFixtures.record(state, dir, "default.manifest")).doesNotExist();

        // A file that already holds what would be written is taken over, and so is another run's.
        Files.writeString(dir.resolve("a/User.java"), "generated");
        assertThat(writer.write(dir, "default", "fp", files).written()).containsExactly("a/B.java");
        assertThat(writer.write(dir, "default", "fp2", List.of(file("a/Other.java", "mine now"))).written())
                .containsExactly("a/Other.java");
    }

    @Test
    void rejectsDirectoriesThatDifferOnlyInCase() {
        List<GeneratedFile> files =
                List.of(file("com/Example/A.java", "A"), file("com/example/B.java", "B"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> writer.write(dir, "default", "fp", files))
                .withMessageEndingWith(": com/Example and com/example");
    }

    @Test
    void rejectsFilesThatDifferOnlyInUnicodeNormalisation() {
        List<GeneratedFile> files =
                List.of(file("caf\u00e9.txt", "composed"), file("cafe\u0301.txt", "decomposed"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> writer.write(dir, "default", "fp", files))
                .withMessageContaining("differ only in case or Unicode normalisation");
    }

    @Test
    void rejectsAPathThatIsBothAFileAndADirectory() {
        List<GeneratedFile> files = List.of(file("a/b", "file"), file("a/b/c", "below it"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> writer.write(dir, "default", "fp", files))
                .withMessage("generated path is both a file and a directory: a/b");
    }

    @Test
    void rejectsAPathGivenTwice() {
        List<GeneratedFile> files = List.of(file("a/b", "one"), file("a/b", "two"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> writer.write(dir, "default", "fp", files))
                .withMessage("generated path given twice: a/b");
    }

    @Test
    void rejectsAFingerprintThatIsNotOneLine() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> writer.write(dir.resolve("out"), "default", "a\nb", ONE))
                .withMessage("fingerprint contains a control character");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void rejectsAnEmptyOwner() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> writer.write(dir.resolve("out"), "", "fp", ONE));
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
