package io.github.dmerrors.maven.output;

import static io.github.dmerrors.maven.output.OutputFixtures.contents;
import static io.github.dmerrors.maven.output.OutputFixtures.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs that fail part-way, as a full disk or a killed build leaves them, and the runs after. */
class OutputWriterCrashTest {
    private static final List<GeneratedFile> BEFORE = List.of(
            file("a/A.java", "A1"),
            file("a/B.java", "B"),
            file("C.java", "C1"),
            file("gone/D.java", "D"));
    private static final List<GeneratedFile> AFTER = List.of(
            file("a/A.java", "A2"),
            file("a/B.java", "B"),
            file("C.java", "C2"),
            file("new/E.java", "E"));

    @TempDir
    Path dir;

    @TempDir
    Path state;

    private Path stateDirectory() {
        return ManifestStore.directoryFor(state, dir.toAbsolutePath().normalize());
    }

    /** The output directory's files, and the writer's records under {@code state/}. */
    private Map<String, String> everything() {
        Map<String, String> all = new TreeMap<>(contents(dir));
        contents(stateDirectory()).forEach((path, text) -> all.put("state/" + path, text));
        return all;
    }

    /** Moves files like the real writer but fails the n-th move, counting from 1. */
    private static final class FailingMover implements FileMover {
        private final int failing;
        private final List<Path> targets = new ArrayList<>();

        FailingMover(int failing) {
            this.failing = failing;
        }

        @Override
        public void move(Path source, Path target) throws IOException {
            targets.add(target);
            if (targets.size() == failing) {
                throw new IOException("simulated failure of move " + failing);
            }
            FileMover.ATOMIC.move(source, target);
        }
    }

    @Test
    void theRunUnderTestMovesPendingListThenChangedFilesThenManifest() throws IOException {
        new OutputWriter(state).write(dir, "default", "before", BEFORE);
        FailingMover counting = new FailingMover(0);

        new OutputWriter(state, counting).write(dir, "default", "after", AFTER);

        assertThat(counting.targets).containsExactly(
                stateDirectory().resolve("default.pending"),
                dir.resolve("C.java"),
                dir.resolve("a/A.java"),
                dir.resolve("new/E.java"),
                stateDirectory().resolve("default.manifest"));
    }

    @ParameterizedTest(name = "move {0} fails")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void aFailedRunLeavesEveryFileOldOrNewAndTheNextRunRepairsIt(int failing) throws IOException {
        new OutputWriter(state).write(dir, "default", "before", BEFORE);
        byte[] manifestBefore = Files.readAllBytes(stateDirectory().resolve("default.manifest"));

        OutputWriter failingWriter = new OutputWriter(state, new FailingMover(failing));
        assertThatIOException()
                .isThrownBy(() -> failingWriter.write(dir, "default", "after", AFTER))
                .withMessage("simulated failure of move " + failing);

        Map<String, String> left = everything();
        // The pending list names new/E.java from the first move on, until the manifest covers it.
        String pending = left.remove("state/default.pending");
        if (failing == 1) {
            assertThat(pending).isNull();
        } else {
            assertThat(pending).endsWith("  new/E.java\n");
        }
        assertThat(left.get("a/A.java")).isIn("A1", "A2");
        assertThat(left.get("a/B.java")).isEqualTo("B");
        assertThat(left.get("C.java")).isIn("C1", "C2");
        assertThat(left.get("new/E.java")).isIn(null, "E");
        assertThat(left.get("gone/D.java")).isIn(null, "D");
        assertThat(left.keySet()).isSubsetOf("state/default.manifest",
                "a/A.java", "a/B.java", "C.java", "new/E.java", "gone/D.java");
        assertThat(stateDirectory().resolve("default.manifest")).hasBinaryContent(manifestBefore);

        WriteResult repair = new OutputWriter(state).write(dir, "default", "after", AFTER);

        assertThat(repair.upToDate()).isFalse();
        assertThat(everything()).containsOnlyKeys(
                "state/default.manifest", "a/A.java", "a/B.java", "C.java", "new/E.java");
        assertThat(everything()).contains(
                entry("a/A.java", "A2"), entry("C.java", "C2"), entry("new/E.java", "E"));
        assertThat(new OutputWriter(state).write(dir, "default", "after", AFTER).upToDate()).isTrue();
    }

    @Test
    void sweepsTheTemporaryFilesOfAKilledRunOfTheSameOwnerOnly() throws IOException {
        new OutputWriter(state).write(dir, "default", "before", BEFORE);
        Files.writeString(dir.resolve("a/.dm-errors.default.tmp"), "half a fi");
        Files.writeString(dir.resolve("gone/.dm-errors.default.tmp"), "half a fi");
        Files.writeString(stateDirectory().resolve(".dm-errors.default.tmp"), "dm-errors man");
        Files.writeString(dir.resolve("a/.dm-errors.docs.tmp"), "another owner's, mid-run");
        Files.writeString(dir.resolve("a/.dm-errors.default.tmp.txt"), "a user's file");

        new OutputWriter(state).write(dir, "default", "after", AFTER);

        assertThat(everything()).containsOnlyKeys("state/default.manifest",
                "a/A.java", "a/B.java", "C.java", "new/E.java",
                "a/.dm-errors.docs.tmp", "a/.dm-errors.default.tmp.txt");
        assertThat(dir.resolve("gone")).doesNotExist();
    }

    @Test
    void removesFilesAFailedRunCreatedWhenTheNextRunNoLongerGeneratesThem() throws IOException {
        new OutputWriter(state).write(dir, "default", "before", BEFORE);
        assertThatIOException().isThrownBy(
                () -> new OutputWriter(state, new FailingMover(5)).write(dir, "default", "after", AFTER));
        assertThat(dir.resolve("new/E.java")).hasContent("E");

        WriteResult result = new OutputWriter(state).write(dir, "default", "later", BEFORE);

        assertThat(result.removed()).containsExactly("new/E.java");
        assertThat(dir.resolve("new")).doesNotExist();
        assertThat(everything()).containsOnlyKeys(
                "state/default.manifest", "a/A.java", "a/B.java", "C.java", "gone/D.java");
    }

    @Test
    void cleansUpThePendingListOfARunKilledJustAfterItsManifest() throws IOException {
        new OutputWriter(state).write(dir, "default", "after", AFTER);
        Path records = stateDirectory();
        Files.copy(records.resolve("default.manifest"), records.resolve("default.pending"));

        WriteResult result = new OutputWriter(state).write(dir, "default", "after", AFTER);

        assertThat(result.upToDate()).isFalse();
        assertThat(result.written()).isEmpty();
        assertThat(result.removed()).isEmpty();
        assertThat(stateDirectory().resolve("default.pending")).doesNotExist();
        assertThat(new OutputWriter(state).write(dir, "default", "after", AFTER).upToDate()).isTrue();
    }

    @Test
    void keepsAUsersFileAFailedRunMeantToReplaceButDidNotReach() throws IOException {
        new OutputWriter(state).write(dir, "default", "before", BEFORE);
        Files.createDirectories(dir.resolve("new"));
        Files.writeString(dir.resolve("new/E.java"), "the user's own");
        // Move 1 is the pending list; move 4, of new/E.java, fails.
        assertThatIOException().isThrownBy(
                () -> new OutputWriter(state, new FailingMover(4)).write(dir, "default", "after", AFTER));

        WriteResult result = new OutputWriter(state).write(dir, "default", "later", BEFORE);

        assertThat(result.removed()).isEmpty();
        assertThat(dir.resolve("new/E.java")).hasContent("the user's own");
    }
}
