package io.github.dmerrors.maven.output;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Deletes, for one run, files its owner no longer generates, then the directories this left empty,
 * up to but not including the output directory.
 *
 * <p>Keeps a file this run produces (also under another case, on a file system that ignores case),
 * a file another owner's manifest lists, and every file if some other manifest is unreadable. Of
 * the rest, deletes only regular files and symbolic links that really lie in the output directory:
 * a path leading elsewhere through a linked directory, or now a directory, is kept and reported.
 */
final class StaleFileRemover {
    private final Path outputDirectory;
    private final ProducedFiles produced;
    private final Optional<Set<String>> otherOwners;
    private final List<String> warnings;
    private final List<String> removed = new ArrayList<>();

    /**
     * @param outputDirectory the output directory, absolute and normalised
     * @param produced the files of this run
     * @param otherOwners the paths other owners' manifests list, or empty if not known
     * @param warnings where to report kept files
     */
    StaleFileRemover(
            Path outputDirectory,
            ProducedFiles produced,
            Optional<Set<String>> otherOwners,
            List<String> warnings) {
        this.outputDirectory = outputDirectory;
        this.produced = produced;
        this.otherOwners = otherOwners;
        this.warnings = warnings;
    }

    /** Deletes {@code relativePath}, a file the owner's manifest lists, if it is stale. */
    void remove(String relativePath) throws IOException {
        remove(relativePath, Optional.empty());
    }

    /**
     * Deletes {@code relativePath} if it is stale and still holds content with SHA-256
     * {@code hash}: for a file that a run may or may not have written before it died, the content
     * is the proof.
     */
    void removeIfHolding(String relativePath, String hash) throws IOException {
        remove(relativePath, Optional.of(hash));
    }

    /** Returns the files deleted so far, sorted. */
    List<String> removed() {
        List<String> sorted = new ArrayList<>(removed);
        Collections.sort(sorted);
        return sorted;
    }

    private void remove(String relativePath, Optional<String> hash) throws IOException {
        if (produced.contains(relativePath)
                || otherOwners.isEmpty()
                || otherOwners.get().contains(relativePath)) {
            return;
        }
        Path file = outputDirectory.resolve(relativePath);
        boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        if (!exists || isProducedUnderOtherCase(relativePath)) {
            return;
        }
        if (!file.getParent().toRealPath().startsWith(outputDirectory.toRealPath())) {
            warnings.add(
                    "kept " + relativePath + ": its directory lies outside the output directory");
            return;
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            warnings.add("kept " + relativePath + ": it is now a directory");
            return;
        }
        if (hash.isPresent() && !hash.get().equals(Sha256.hex(Files.readAllBytes(file)))) {
            return;
        }
        Files.delete(file);
        removed.add(relativePath);
        pruneEmptyDirectories(file.getParent());
    }

    /** Where case is ignored, {@code Foo.java} may be the {@code FOO.java} just written. */
    private boolean isProducedUnderOtherCase(String relativePath) throws IOException {
        Optional<String> twin = produced.caseTwin(relativePath);
        return twin.isPresent() && Files.isSameFile(
                outputDirectory.resolve(relativePath), outputDirectory.resolve(twin.get()));
    }

    private void pruneEmptyDirectories(Path directory) throws IOException {
        Path current = directory;
        while (!current.equals(outputDirectory)) {
            try {
                Files.delete(current);
            } catch (DirectoryNotEmptyException e) {
                return;
            } catch (NoSuchFileException e) {
                // Already gone: its parent may still have become empty.
            }
            current = current.getParent();
        }
    }
}
