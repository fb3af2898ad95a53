package io.github.dmerrors.maven.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The records of one owner of an output directory, and what the other owners sharing the directory
 * recorded. They live outside the output directory, which is often a compile source root whose
 * every file would end up in a sources jar: in a state directory of their own for each output
 * directory, under the build's state root ({@link #directoryFor}).
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
    private static final int MAX_STEM = 32;
    private static final int DIGEST_LENGTH = 16;

    private final Path directory;
    private final String ownerFileName;
    private final List<String> warnings;

    /**
     * @param directory the state directory of the output directory, from {@link #directoryFor}
     * @param ownerFileName the owner's {@link OwnerFileName}
     * @param warnings where to report unreadable records
     */
    ManifestStore(Path directory, String ownerFileName, List<String> warnings) {
        this.directory = directory;
        this.ownerFileName = ownerFileName;
        this.warnings = warnings;
    }

    /**
     * Returns the state directory of {@code outputDirectory} under {@code stateRoot}: named after
     * the output directory's own name, for a reader, and a digest of its path relative to the
     * state root, so that two output directories never share one, and a project moved or checked
     * out elsewhere keeps its records.
     *
     * @param stateRoot where the build keeps the records of all its output directories
     * @param outputDirectory an output directory, absolute and normalised
     */
    static Path directoryFor(Path stateRoot, Path outputDirectory) {
        Path root = stateRoot.toAbsolutePath().normalize();
        String key;
        if (root.getRoot().equals(outputDirectory.getRoot())) {
            key = root.relativize(outputDirectory).toString();
        } else {
            key = outputDirectory.toString();
        }
        key = key.replace(outputDirectory.getFileSystem().getSeparator(), "/");
        Path name = outputDirectory.getFileName();
        String stem = (name == null ? "root" : name.toString()).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_-]", "_");
        stem = stem.substring(0, Math.min(stem.length(), MAX_STEM));
        String digest = Sha256.hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, DIGEST_LENGTH);
        return root.resolve(stem + "-" + digest);
    }

    /** The state directory, which {@link FileReplacer#sweep} cleans of a killed run's temporary files. */
    Path directory() {
        return directory;
    }

    /** The manifest file named {@code fileName}, as warnings name it. */
    Path manifestFile(String fileName) {
        return directory.resolve(fileName);
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
     * What the owners sharing the directory recorded: their readable manifests by file name, and
     * whether every one of them could be read.
     */
    record OtherOwners(SortedMap<String, Manifest> manifests, boolean complete) {
        /**
         * Returns every path they list, or empty if a manifest was unreadable, since then no path
         * can be known to be free.
         */
        Optional<Set<String>> paths() {
            if (!complete) {
                return Optional.empty();
            }
            Set<String> paths = new HashSet<>();
            manifests.values().forEach(manifest -> paths.addAll(manifest.hashes().keySet()));
            return Optional.of(Set.copyOf(paths));
        }

        /**
         * Returns, for each of {@code files} (paths and hashes) that one of them records with other
         * content, the name of that manifest: two owners writing one file overwrite each other.
         */
        SortedMap<String, String> withOtherContent(Map<String, String> files) {
            SortedMap<String, String> claimed = new TreeMap<>();
            manifests.forEach((name, manifest) -> manifest.hashes().forEach((path, hash) -> {
                if (files.containsKey(path) && !files.get(path).equals(hash)) {
                    claimed.putIfAbsent(path, name);
                }
            }));
            return claimed;
        }
    }

    /** Reads the other owners' manifests, reporting each unreadable one in the warnings. */
    OtherOwners readOtherOwners() throws IOException {
        // Sorted by name, so that warnings come in the same order whatever the directory's listing order.
        SortedMap<String, Manifest> manifests = new TreeMap<>();
        boolean complete = true;
        if (Files.isDirectory(directory)) {
            List<Path> others = new ArrayList<>();
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory, "*" + MANIFEST)) {
                listing.forEach(others::add);
            }
            others.remove(file(MANIFEST));
            Collections.sort(others);
            for (Path manifest : others) {
                Optional<Manifest> other = read(manifest, "no stale file was removed, since it may list it");
                other.ifPresent(readable -> manifests.put(manifest.getFileName().toString(), readable));
                complete &= other.isPresent();
            }
        }
        return new OtherOwners(manifests, complete);
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
            warnings.add("cannot read " + file + ": " + consequence);
        }
        return manifest;
    }
}
