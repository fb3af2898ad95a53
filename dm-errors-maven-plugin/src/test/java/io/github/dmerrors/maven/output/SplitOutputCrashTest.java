package io.github.dmerrors.maven.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import io.github.dmerrors.maven.generate.JavaSourceGenerator;
import io.github.dmerrors.maven.model.CatalogueLoader;
import io.github.dmerrors.maven.model.GenerationTarget;
import io.github.dmerrors.maven.testing.DirectorySnapshot;
import io.github.dmerrors.testing.LargeCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that fails at each of its moves, while it replaces the six files of a split catalogue
 * with the five of another: whatever the move, every file is whole, the previous run's
 * or the new one's, the manifest still describes a complete run, and the next run leaves exactly
 * what a clean run leaves.
 */
class SplitOutputCrashTest {
    private static final String OWNER = "default";
    private static List<GeneratedFile> before;
    private static List<GeneratedFile> after;

    @TempDir
    Path work;

    @BeforeAll
    static void generate() throws Exception {
        before = generate(LargeCatalogue.of(4_100, "before"));
        after = generate(LargeCatalogue.of(3_050, "after"));
        assertThat(before).hasSize(6);
        assertThat(after).hasSize(5);
    }

    private static List<GeneratedFile> generate(byte[] catalogue) throws Exception {
        return JavaSourceGenerator.generate(CatalogueLoader.load(Path.of("errors_release.txt"), catalogue, Set.of()),
                        new GenerationTarget("com.example.big", "DmErrors", "errors_release.txt")).stream()
                .map(source -> new GeneratedFile(source.relativePath(), source.content().getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    /** Fails the n-th move, counting from 1, after the moves before it went through. */
    private static final class FailingMover implements FileMover {
        private final int failing;
        private int moves;

        FailingMover(int failing) {
            this.failing = failing;
        }

        @Override
        public void move(Path source, Path target) throws IOException {
            if (++moves == failing) {
                throw new IOException("killed at move " + failing);
            }
            FileMover.ATOMIC.move(source, target);
        }
    }

    @Test
    void leavesEveryFileWholeWhicheverMoveFailsAndTheNextRunEqualsACleanOne() throws IOException {
        Map<String, String> clean = written(work.resolve("clean"), after, "after");
        Map<String, String> old = written(work.resolve("old"), before, "before");
        written(work.resolve("count"), before, "before");
        FailingMover counting = new FailingMover(0);
        new OutputWriter(state(), counting).write(work.resolve("count"), OWNER, "after", after);
        int moves = counting.moves;
        assertThat(moves).as("five files and the manifest").isEqualTo(6);

        for (int failing = 1; failing <= moves; failing++) {
            Path output = work.resolve("run" + failing);
            written(output, before, "before");
            String manifestBefore = manifest(output);
            OutputWriter dying = new OutputWriter(state(), new FailingMover(failing));
            assertThatIOException().isThrownBy(() -> dying.write(output, OWNER, "after", after));

            Map<String, String> left = DirectorySnapshot.of(output);
            for (Map.Entry<String, String> file : left.entrySet()) {
                assertThat(file.getValue()).as("move %d failed: %s", failing, file.getKey())
                        .isIn(old.get(file.getKey()), clean.get(file.getKey()));
            }
            Set<String> known = new HashSet<>(old.keySet());
            known.addAll(clean.keySet());
            assertThat(known).as("move %d failed: files", failing).containsAll(left.keySet());
            assertThat(manifest(output)).as("move %d failed: manifest", failing)
                    .isIn(manifestBefore, manifest(work.resolve("clean")));

            new OutputWriter(state()).write(output, OWNER, "after", after);

            assertThat(DirectorySnapshot.of(output)).as("move %d failed, then a full run", failing).isEqualTo(clean);
            assertThat(manifest(output)).as("move %d failed, then a full run: manifest", failing)
                    .isEqualTo(manifest(work.resolve("clean")));
        }
    }

    private Map<String, String> written(Path output, List<GeneratedFile> files, String fingerprint)
            throws IOException {
        new OutputWriter(state()).write(output, OWNER, fingerprint, new ArrayList<>(files));
        return DirectorySnapshot.of(output);
    }

    private Path state() {
        return work.resolve("state");
    }

    private String manifest(Path output) throws IOException {
        return Files.readString(OutputFixtures.record(state(), output, OWNER + ".manifest"));
    }
}
