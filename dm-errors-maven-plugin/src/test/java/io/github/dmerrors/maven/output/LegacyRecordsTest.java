package io.github.dmerrors.maven.output;

import static io.github.dmerrors.maven.output.OutputFixtures.age;
import static io.github.dmerrors.maven.output.OutputFixtures.contents;
import static io.github.dmerrors.maven.output.OutputFixtures.file;
import static io.github.dmerrors.maven.output.OutputFixtures.record;
import static io.github.dmerrors.maven.output.OutputFixtures.times;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output directories written by earlier versions, which kept their records in {@code .dm-errors/}. */
class LegacyRecordsTest {
    private static final List<GeneratedFile> THREE =
            List.of(file("a/A.java", "A"), file("a/b/B.java", "B"), file("C.txt", "C"));

    @TempDir
    Path dir;

    @TempDir
    Path state;

    private OutputWriter writer;

    @BeforeEach
    void createWriter() {
        writer = new OutputWriter(state);
    }

    /** Lays the output out as an earlier version left it: the records inside it. */
    private void downgrade(String... owners) throws IOException {
        Path legacy = Files.createDirectories(dir.resolve(".dm-errors"));
        for (String owner : owners) {
            Files.move(record(state, dir, owner + ".manifest"), legacy.resolve(owner + ".manifest"));
        }
    }

    @Test
    void firstRunAfterAnUpgradeWritesNoFileAndMovesTheRecordsOut() throws IOException {
        writer.write(dir, "default", "fp1", THREE);
        downgrade("default");
        age(dir);
        var before = times(dir);

        assertThat(writer.upToDate(dir, "default", "fp1")).as("the old directory is work to do").isEmpty();
        WriteResult result = writer.write(dir, "default", "fp1", THREE);

        assertThat(result.written()).isEmpty();
        assertThat(result.removed()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        before.keySet().removeIf(path -> path.startsWith(".dm-errors/"));
        assertThat(times(dir)).isEqualTo(before);
        assertThat(dir.resolve(".dm-errors")).doesNotExist();
        assertThat(record(state, dir, "default.manifest")).content().contains("fingerprint fp1\n");
        assertThat(writer.upToDate(dir, "default", "fp1")).isPresent();
    }

    @Test
    void stillRemovesWhatTheOldManifestListsAndNoLongerGenerated() throws IOException {
        writer.write(dir, "default", "fp1", THREE);
        downgrade("default");

        WriteResult result = writer.write(dir, "default", "fp2", List.of(file("a/A.java", "A")));

        assertThat(result.removed()).containsExactly("C.txt", "a/b/B.java");
        assertThat(contents(dir)).containsOnlyKeys("a/A.java");
    }

    @Test
    void movesTheRecordsOfEveryOwnerAndDeletesOldTemporaryFiles() throws IOException {
        writer.write(dir, "default", "fp1", List.of(file("A.java", "A")));
        writer.write(dir, "docs", "d1", List.of(file("D.txt", "D")));
        downgrade("default", "docs");
        Files.writeString(dir.resolve(".dm-errors/default.pending"), "dm-errors manifest 1\nfingerprint fp1\n");
        Files.writeString(dir.resolve(".dm-errors/.dm-errors.docs.tmp"), "dm-errors man");

        writer.write(dir, "default", "fp1", List.of(file("A.java", "A")));

        assertThat(dir.resolve(".dm-errors")).doesNotExist();
        assertThat(contents(dir)).containsOnlyKeys("A.java", "D.txt");
        assertThat(record(state, dir, "docs.manifest")).content().contains("fingerprint d1\n");
        assertThat(record(state, dir, "default.pending")).doesNotExist();
        assertThat(writer.write(dir, "docs", "d1", List.of(file("D.txt", "D"))).upToDate()).isTrue();
    }

    @Test
    void keepsAFileOfSomeoneElseInTheOldDirectory() throws IOException {
        writer.write(dir, "default", "fp1", THREE);
        downgrade("default");
        Files.writeString(dir.resolve(".dm-errors/notes.txt"), "mine");

        WriteResult result = writer.write(dir, "default", "fp1", THREE);

        assertThat(result.written()).isEmpty();
        assertThat(result.warnings()).containsExactly("kept " + dir.resolve(".dm-errors") + ": it holds notes.txt,"
                + " which dm-errors did not write there; its records are now kept in "
                + record(state, dir, "default.manifest").getParent());
        assertThat(contents(dir.resolve(".dm-errors"))).containsOnlyKeys("notes.txt");
        assertThat(writer.write(dir, "default", "fp1", THREE).warnings())
                .as("once the records are out, the directory is the user's")
                .isEmpty();
        assertThat(writer.upToDate(dir, "default", "fp1")).isPresent();
    }

    @Test
    void removesAnEmptyOldDirectory() throws IOException {
        Files.createDirectories(dir.resolve(".dm-errors"));

        writer.write(dir, "default", "fp1", THREE);

        assertThat(dir.resolve(".dm-errors")).doesNotExist();
    }

    @Test
    void keysTheStateDirectoryByThePathRelativeToTheStateRoot() {
        Path one = dir.resolve("one/target");
        Path two = dir.resolve("moved/elsewhere/target");
        Path inOne = ManifestStore.directoryFor(
                one.resolve("dm-errors/state"), one.resolve("generated-sources/dm-errors"));
        Path inTwo = ManifestStore.directoryFor(
                two.resolve("dm-errors/state"), two.resolve("generated-sources/dm-errors"));

        assertThat(inOne.getFileName()).isEqualTo(inTwo.getFileName());
        assertThat(inOne.getFileName().toString()).matches("dm-errors-[0-9a-f]{16}");
        Path other = ManifestStore.directoryFor(one.resolve("dm-errors/state"), one.resolve("docs/dm-errors"));
        assertThat(other.getParent()).isEqualTo(inOne.getParent());
        assertThat(other.getFileName().toString()).matches("dm-errors-[0-9a-f]{16}").isNotEqualTo(
                inOne.getFileName().toString());
        assertThat(ManifestStore.directoryFor(one.resolve("dm-errors/state"), one.resolve("Generated Docs"))
                .getFileName().toString()).startsWith("generated_docs-");
    }
}
