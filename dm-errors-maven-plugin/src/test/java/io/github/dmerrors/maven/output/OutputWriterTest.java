package io.github.dmerrors.maven.output;

import static io.github.dmerrors.maven.output.OutputFixtures.OLD;
import static io.github.dmerrors.maven.output.OutputFixtures.age;
import static io.github.dmerrors.maven.output.OutputFixtures.contents;
import static io.github.dmerrors.maven.output.OutputFixtures.file;
import static io.github.dmerrors.maven.output.OutputFixtures.record;
import static io.github.dmerrors.maven.output.OutputFixtures.sha256;
import static io.github.dmerrors.maven.output.OutputFixtures.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
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

    private Path manifest(Path outputDirectory, String owner) {
        return record(state, outputDirectory, owner + ".manifest");
    }

    @Test
    void firstWriteCreatesTheFilesInTheOutputAndTheManifestInTheStateDirectory() throws IOException {
        WriteResult result = writer.write(dir.resolve("out"), "default", "fp1", THREE);

        assertThat(result.written()).containsExactly("C.txt", "a/A.java", "a/b/B.java");
        assertThat(result.unchanged()).isEmpty();
        assertThat(result.removed()).isEmpty();
        assertThat(result.upToDate()).isFalse();
        assertThat(result.warnings()).isEmpty();
        assertThat(contents(dir.resolve("out"))).containsExactly(
                entry("C.txt", "C"),
                entry("a/A.java", "A"),
                entry("a/b/B.java", "B"));
        assertThat(contents(state)).containsExactly(entry(
                state.relativize(manifest(dir.resolve("out"), "default")).toString().replace('\\', '/'),
                "dm-errors manifest 1\n"
                        + "fingerprint fp1\n"
                        + sha256("C") + "  C.txt\n"
                        + sha256("A") + "  a/A.java\n"
                        + sha256("B") + "  a/b/B.java\n"));
    }

    @Test
    void keepsEachOutputDirectoryInAStateDirectoryOfItsOwn() throws IOException {
        writer.write(dir.resolve("one/out"), "default", "fp1", List.of(file("A.java", "A")));
        writer.write(dir.resolve("two/out"), "default", "fp2", List.of(file("B.java", "B")));

        assertThat(manifest(dir.resolve("one/out"), "default")).content().contains("fingerprint fp1\n");
        assertThat(manifest(dir.resolve("two/out"), "default")).content().contains("fingerprint fp2\n");
        assertThat(manifest(dir.resolve("one/out"), "default").getParent().getFileName().toString())
                .startsWith("out-");
        assertThat(manifest(dir.resolve("one/out"), "default").getParent())
                .isNotEqualTo(manifest(dir.resolve("two/out"), "default").getParent());
        assertThat(writer.write(dir.resolve("one/out"), "default", "fp1", List.of(file("A.java", "A"))).upToDate())
                .isTrue();
    }

    @Test
    void identicalSecondWriteIsUpToDateAndTouchesNothing() throws IOException {
        writer.write(dir, "default", "fp1", THREE);
        age(dir);
        age(state);
        Map<String, FileTime> before = times(dir);

        WriteResult result = writer.write(dir, "default", "fp1", THREE);

        assertThat(result.upToDate()).isTrue();
        assertThat(result.summary()).isEqualTo("up to date (3 files)");
        assertThat(result.unchanged()).containsExactly("C.txt", "a/A.java", "a/b/B.java");
        assertThat(before).hasSize(3).allSatisfy((path, time) -> assertThat(time).isEqualTo(OLD));
        assertThat(times(dir)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(manifest(dir, "default"))).isEqualTo(OLD);
    }

    @Test
    void rewritesOnlyTheFileThatChanged() throws IOException {
        writer.write(dir, "default", "fp1", THREE);
        age(dir);

        WriteResult result = writer.write(dir, "default", "fp2",
                List.of(file("a/A.java", "A"), file("a/b/B.java", "B2"), file("C.txt", "C")));

        assertThat(result.written()).containsExactly("a/b/B.java");
        assertThat(result.unchanged()).containsExactly("C.txt", "a/A.java");
        assertThat(result.summary()).isEqualTo("1 file written, 2 unchanged, 0 removed");
        assertThat(Files.readString(dir.resolve("a/b/B.java"))).isEqualTo("B2");
        Map<String, FileTime> times = times(dir);
        assertThat(times.get("a/A.java")).isEqualTo(OLD);
        assertThat(times.get("C.txt")).isEqualTo(OLD);
        assertThat(times.get("a/b/B.java")).isNotEqualTo(OLD);
    }

    @Test
    void newFingerprintWithTheSameFilesRewritesOnlyTheManifest() throws IOException {
        writer.write(dir, "default", "fp1", THREE);
        age(dir);
        age(state);

        WriteResult result = writer.write(dir, "default", "fp2", THREE);

        assertThat(result.upToDate()).isFalse();
        assertThat(result.written()).isEmpty();
        assertThat(result.unchanged()).hasSize(3);
        assertThat(times(dir).values()).hasSize(3).containsOnly(OLD);
        assertThat(Files.getLastModifiedTime(manifest(dir, "default"))).isNotEqualTo(OLD);
        assertThat(manifest(dir, "default")).content().contains("fingerprint fp2\n");
    }

    @Test
    void removesFilesThePreviousRunWroteAndThisOneDoesNot() throws IOException {
        writer.write(dir, "default", "fp1", THREE);

        WriteResult result = writer.write(dir, "default", "fp2", List.of(file("a/A.java", "A")));

        assertThat(result.removed()).containsExactly("C.txt", "a/b/B.java");
        assertThat(contents(dir)).containsOnlyKeys("a/A.java");
        assertThat(manifest(dir, "default")).content().endsWith(sha256("A") + "  a/A.java\n");
        assertThat(dir.resolve("a/b")).doesNotExist();
        assertThat(dir.resolve("a")).isDirectory();
    }

    @Test
    void removesDirectoriesThatBecameEmptyUpToTheOutputDirectory() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("users-empty-directory"));
        writer.write(out, "default", "fp1", List.of(file("x/y/z/Z.java", "Z")));

        WriteResult result = writer.write(out, "default", "fp2", List.of());

        assertThat(result.removed()).containsExactly("x/y/z/Z.java");
        assertThat(out.resolve("x")).doesNotExist();
        assertThat(out).isDirectory();
        assertThat(out.resolve("users-empty-directory")).isDirectory();
    }

    @Test
    void keepsFilesItDidNotWrite() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/User.java"), "mine");
        Files.writeString(dir.resolve("Notes.txt"), "notes");
        writer.write(dir, "default", "fp1", List.of(file("a/A.java", "A")));

        WriteResult result = writer.write(dir, "default", "fp2", List.of());

        assertThat(result.removed()).containsExactly("a/A.java");
        assertThat(contents(dir)).containsOnlyKeys("Notes.txt", "a/User.java");
    }

    @Test
    void keepsFilesAnotherOwnerLists() throws IOException {
        writer.write(dir, "docs", "d1", List.of(file("shared/S.txt", "S"), file("docs/D.txt", "D")));
        byte[] docsManifest = Files.readAllBytes(manifest(dir, "docs"));
        writer.write(dir, "default", "fp1",
                List.of(file("shared/S.txt", "S"), file("a/A.java", "A")));

        WriteResult result = writer.write(dir, "default", "fp2", List.of());

        assertThat(result.removed()).containsExactly("a/A.java");
        assertThat(contents(dir)).containsOnlyKeys("docs/D.txt", "shared/S.txt");
        assertThat(manifest(dir, "docs")).hasBinaryContent(docsManifest);
        assertThat(manifest(dir, "default")).isRegularFile();
    }

    @Test
    void warnsWhenAnotherOwnerRecordsOneOfItsFilesWithOtherContent() throws IOException {
        writer.write(dir, "a", "fa", List.of(file("x/Errors.java", "from a"), file("x/A.java", "A")));
        assertThat(writer.write(dir, "b", "fb", List.of(file("x/Errors.java", "from a"))).warnings())
                .as("the same bytes: no harm done")
                .isEmpty();

        WriteResult result = writer.write(dir, "b", "fb2", List.of(file("x/Errors.java", "from b")));

        assertThat(result.warnings()).containsExactly("x/Errors.java is also written, with other content, by the run"
                + " recorded in " + manifest(dir, "a") + ": two executions writing one file overwrite each other; give them"
                + " different classes, or delete that manifest if its execution is gone");
        assertThat(dir.resolve("x/Errors.java")).hasContent("from b");
    }

    @Test
    void regeneratesAFileDeletedBehindItsBack() throws IOException {
        writer.write(dir, "default", "fp1", THREE);
        age(dir);
        age(state);
        Files.delete(dir.resolve("a/b/B.java"));

        WriteResult result = writer.write(dir, "default", "fp1", THREE);

        assertThat(result.upToDate()).isFalse();
        assertThat(result.written()).containsExactly("a/b/B.java");
        assertThat(dir.resolve("a/b/B.java")).hasContent("B");
        assertThat(times(dir)).containsEntry("a/A.java", OLD).containsEntry("C.txt", OLD);
        assertThat(Files.getLastModifiedTime(manifest(dir, "default"))).isEqualTo(OLD);
    }

    @Test
    void restoresAFileEditedBehindItsBack() throws IOException {
        writer.write(dir, "default", "fp1", THREE);
        Files.writeString(dir.resolve("C.txt"), "edited");

        WriteResult result = writer.write(dir, "default", "fp1", THREE);

        assertThat(result.written()).containsExactly("C.txt");
        assertThat(dir.resolve("C.txt")).hasContent("C");
    }

    @Test
    void corruptManifestDeletesNothingAndIsReplaced() throws IOException {
        writer.write(dir, "default", "fp1", THREE);
        Path manifest = manifest(dir, "default");
        byte[] bytes = Files.readAllBytes(manifest);
        Files.write(manifest, Arrays.copyOf(bytes, bytes.length - 10));

        WriteResult result = writer.write(dir, "default", "fp1", List.of(file("a/A.java", "A")));

        assertThat(result.upToDate()).isFalse();
        assertThat(result.removed()).isEmpty();
        assertThat(result.warnings()).singleElement().asString()
                .isEqualTo("cannot read " + manifest + ": files it listed that are no longer"
                        + " generated were kept");
        assertThat(contents(dir)).containsKeys("a/A.java", "a/b/B.java", "C.txt");
        assertThat(writer.write(dir, "default", "fp1", List.of(file("a/A.java", "A"))).upToDate())
                .isTrue();
    }

    @Test
    void manifestListingAPathOutsideTheDirectoryDeletesNothing() throws IOException {
        Path out = dir.resolve("out");
        Files.writeString(dir.resolve("victim.txt"), "x");
        writer.write(out, "default", "fp1", List.of(file("A.java", "A")));
        Files.writeString(manifest(out, "default"), "dm-errors manifest 1\n"
                + "fingerprint fp1\n"
                + sha256("x") + "  ../victim.txt\n"
                + sha256("A") + "  A.java\n");

        WriteResult result = writer.write(out, "default", "fp2", List.of());

        assertThat(result.removed()).isEmpty();
        assertThat(dir.resolve("victim.txt")).hasContent("x");
        assertThat(out.resolve("A.java")).hasContent("A");
    }

    @Test
    void unreadableManifestOfAnotherOwnerStopsAllRemoval() throws IOException {
        writer.write(dir, "default", "fp1", THREE);
        Files.writeString(manifest(dir, "other"), "not a manifest");

        WriteResult result = writer.write(dir, "default", "fp2", List.of(file("a/A.java", "A")));

        assertThat(result.removed()).isEmpty();
        assertThat(contents(dir)).containsKeys("a/b/B.java", "C.txt");
        assertThat(result.warnings()).singleElement().asString()
                .isEqualTo("cannot read " + manifest(dir, "other") + ": no stale file was removed, since it may"
                        + " list it");
    }

    @Test
    void keepsAStaleFileWhoseDirectoryNowLeadsOutside() throws IOException {
        Path out = dir.resolve("out");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("X.txt"), "precious");
        writer.write(out, "default", "fp1", List.of(file("sub/X.txt", "X")));
        Files.delete(out.resolve("sub/X.txt"));
        Files.delete(out.resolve("sub"));
        Files.createSymbolicLink(out.resolve("sub"), elsewhere);

        WriteResult result = writer.write(out, "default", "fp2", List.of());

        assertThat(result.removed()).isEmpty();
        assertThat(elsewhere.resolve("X.txt")).hasContent("precious");
        assertThat(result.warnings()).containsExactly(
                "kept sub/X.txt: its directory lies outside the output directory");
    }

    @Test
    void replacesAFileWhoseNameOnlyChangedCase() throws IOException {
        Path out = dir.resolve("out");
        Files.writeString(dir.resolve("probe"), "");
        boolean caseSensitive = !Files.exists(dir.resolve("PROBE"));
        writer.write(out, "default", "fp1", List.of(file("a/Foo.java", "old")));

        WriteResult result =
                writer.write(out, "default", "fp2", List.of(file("a/FOO.java", "new")));

        // Where case is ignored both names are one file, which the stale name must not take along.
        assertThat(out.resolve("a/FOO.java")).hasContent("new");
        if (caseSensitive) {
            assertThat(result.removed()).containsExactly("a/Foo.java");
            assertThat(out.resolve("a/Foo.java")).doesNotExist();
        } else {
            assertThat(result.removed()).isEmpty();
        }
    }

    @Test
    void keepsTheNewFileWhenTheStaleNameIsTheSameFile() throws IOException {
        writer.write(dir, "default", "fp1", List.of(file("a/Foo.java", "old")));
        // What a case-insensitive file system does: after the write, "Foo.java" names "FOO.java".
        FileMover caseInsensitive = (source, target) -> {
            FileMover.ATOMIC.move(source, target);
            if (target.endsWith("FOO.java")) {
                Files.delete(target.resolveSibling("Foo.java"));
                Files.createLink(target.resolveSibling("Foo.java"), target);
            }
        };

        WriteResult result = new OutputWriter(state, caseInsensitive)
                .write(dir, "default", "fp2", List.of(file("a/FOO.java", "new")));

        assertThat(result.removed()).isEmpty();
        assertThat(dir.resolve("a/FOO.java")).hasContent("new");
    }

    @Test
    void writesTheSameManifestBytesWhateverTheOrderOfTheFiles() throws IOException {
        writer.write(dir.resolve("one"), "default", "fp", THREE);
        List<GeneratedFile> shuffled = List.of(THREE.get(2), THREE.get(0), THREE.get(1));
        writer.write(dir.resolve("two"), "default", "fp", shuffled);

        assertThat(manifest(dir.resolve("two"), "default"))
                .hasSameBinaryContentAs(manifest(dir.resolve("one"), "default"));
    }

    @Test
    void escapesTheOwnerInTheManifestName() throws IOException {
        writer.write(dir, "Gen/Docs", "fp", List.of(file("A.txt", "A")));

        assertThat(manifest(dir, "%47en%2F%44ocs")).isRegularFile();
        assertThat(dir.resolve("A.txt")).hasContent("A");
    }
}
