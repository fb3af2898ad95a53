package io.github.dmerrors.maven.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The records of one owner in {@code <outputDirectory>/.dm-errors/}, and what the other owners
 * sharing the directory recorded.
 *
 * <ul>
 *   <li>{@code <owner>.manifest}: the files the owner's last complete run wrote; written last.
 *   <li>{@code <owner>.pending}: the files a run is about to create that the manifest does not list
 *       yet, in the same format; written before the first file and deleted after the manifest, so
 *       that files created by a run that died are known to the next.
 * </ul>
 *
 * <p>An unreadable record is never trusted to delete anything: it is reported in the warnings and
 * read as absent (own records) or as "unknown" (other owners' manifests).
 */
final class ManifestStore {
    private static final String MANIFEST = ".manifest";
    private static final String PENDING = ".pending";

    private final Path directory;
    private final String ownerFileName;
    private final List<String> warnings;

    ManifestStore(Path outputDirectory, String ownerFileName, List<String> warnings) {
        this.directory = outputDirectory.resolve(RelativePaths.STATE_DIRECTORY);
        this.ownerFileName = ownerFileName;
        this.warnings = warnings;
    }

    /** Returns the owner's manifest, or empty if there is none or it is unreadable. */
    Optional<Manifest> readManifest() throws IOException {
        return read(file(MANIFEST), "files it listed that are no longer generated were kept");
    }

    /** Returns the owner's pending list, or empty if there is none or it is unreadable. */
    Optional<Manifest> readPending() throws IOException {
        return read(file(PENDING),
                "files an interrupted run created that are no longer generated were kept");
    }

    /** Tells whether a pending list exists, which means the last run did not finish. */
    boolean hasPending() {
        return Files.exists(file(PENDING));
    }

    /**
     * Returns every path the other owners' manifests list, or empty if any of them is unreadable,
     * since then no path can be known to be free.
     */
    Optional<Set<String>> readOtherOwners() throws IOException {
        Set<String> paths = new HashSet<>();
        boolean known = true;
        for (Path manifest : otherManifests()) {
            Optional<Manifest> other =
                    read(manifest, "no stale file was removed, since it may list it");
            other.ifPresent(m -> paths.addAll(m.hashes().keySet()));
            known &= other.isPresent();
        }
        return known ? Optional.of(Set.copyOf(paths)) : Optional.empty();
    }

    /**
     * Returns, for each of {@code files} (paths and hashes) that another owner's manifest records
     * with other content, the name of that manifest: two owners writing one file overwrite each
     * other. Unreadable manifests are left to {@link #readOtherOwners()} to report.
     */
    SortedMap<String, String> otherOwnersWithOtherContent(Map<String, String> files) throws IOException {
        SortedMap<String, String> claimed = new TreeMap<>();
        for (Path manifest : otherManifests()) {
            Optional<Manifest> other = Manifest.parse(Files.readAllBytes(manifest));
            for (Map.Entry<String, String> file : other.map(Manifest::hashes).orElse(Map.of()).entrySet()) {
                String hash = files.get(file.getKey());
                if (hash != null && !hash.equals(file.getValue())) {
                    claimed.putIfAbsent(file.getKey(), manifest.getFileName().toString());
                }
            }
        }
        return claimed;
    }

    /** The other owners' manifests, sorted so that warnings come in the same order on every system. */
    private List<Path> otherManifests() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> manifests = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory, "*" + MANIFEST)) {
            listing.forEach(manifests::add);
        }
        manifests.remove(file(MANIFEST));
        Collections.sort(manifests);
        return manifests;
    }

    /** Records {@code manifest} as the owner's, unless it already is byte for byte. */
    void writeManifest(Manifest manifest, FileReplacer replacer) throws IOException {
        replacer.writeIfChanged(file(MANIFEST), manifest.toBytes());
    }

    /** Records {@code pending} as the files the current run is about to create. */
    void writePending(Manifest pending, FileReplacer replacer) throws IOException {
        replacer.writeIfChanged(file(PENDING), pending.toBytes());
    }

    /** Deletes the pending list, once the manifest covers everything the run wrote. */
    void deletePending() throws IOException {
        Files.deleteIfExists(file(PENDING));
    }

    private Path file(String suffix) {
        return directory.resolve(ownerFileName + suffix);
    }

    private Optional<Manifest> read(Path file, String consequence) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        Optional<Manifest> manifest = Manifest.parse(bytes);
        if (manifest.isEmpty()) {
            warnings.add("cannot read " + RelativePaths.STATE_DIRECTORY + "/" + file.getFileName()
                    + ": " + consequence);
        }
        return manifest;
    }
}
