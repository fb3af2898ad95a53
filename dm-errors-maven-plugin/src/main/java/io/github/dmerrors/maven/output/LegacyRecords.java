package io.github.dmerrors.maven.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The records that earlier versions kept inside the output directory, in {@code .dm-errors/},
 * where a sources jar picked them up. The first run after an upgrade moves them to the state
 * directory, so that it still knows which files are its own and can find them up to date, and
 * removes the directory. Only what those versions wrote there is moved or deleted: manifests,
 * pending lists and their temporary files. Anything else stays, with the directory, and a warning.
 */
final class LegacyRecords {
    /** The directory, directly under the output directory, in which earlier versions kept records. */
    static final String DIRECTORY = RelativePaths.RESERVED_NAME;

    /** A manifest or pending list: an {@link OwnerFileName} and its suffix. */
    private static final Pattern RECORD = Pattern.compile("[a-z0-9_%~A-F-]+\\.(manifest|pending)");
    /** What {@link FileReplacer} writes first when it replaces a record. */
    private static final Pattern TEMPORARY = Pattern.compile("\\.dm-errors\\.[a-z0-9_%~A-F-]+\\.tmp");

    private LegacyRecords() {}

    /**
     * Tells whether {@code outputDirectory} holds an old directory that {@link #migrate} would
     * change: one with records or their temporary files in it, or an empty one. One that holds
     * only files of someone else's is left alone, and does not make every run a full one.
     */
    static boolean present(Path outputDirectory) throws IOException {
        Path legacy = outputDirectory.resolve(DIRECTORY);
        if (!Files.isDirectory(legacy, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        List<Path> entries = entries(legacy);
        return entries.isEmpty()
                || entries.stream().anyMatch(entry -> isOurs(entry, RECORD) || isOurs(entry, TEMPORARY));
    }

    /**
     * Moves the records of every owner from {@code outputDirectory}'s old directory into
     * {@code stateDirectory}, replacing what is there: the old directory exists only if an
     * earlier version ran after this one last did, so its records are the newest.
     *
     * @param warnings receives a note about files that were kept
     */
    static void migrate(Path outputDirectory, Path stateDirectory, List<String> warnings) throws IOException {
        if (!present(outputDirectory)) {
            return;
        }
        Path legacy = outputDirectory.resolve(DIRECTORY);
        List<String> kept = new ArrayList<>();
        for (Path entry : entries(legacy)) {
            if (isOurs(entry, RECORD)) {
                Files.createDirectories(stateDirectory);
                Files.move(entry, stateDirectory.resolve(entry.getFileName().toString()),
                        StandardCopyOption.REPLACE_EXISTING);
            } else if (isOurs(entry, TEMPORARY)) {
                Files.delete(entry);
            } else {
                kept.add(entry.getFileName().toString());
            }
        }
        if (!kept.isEmpty()) {
            warnings.add("kept " + legacy + ": it holds " + String.join(", ", kept) + ", which dm-errors did not"
                    + " write there; its records are now kept in " + stateDirectory);
            return;
        }
        try {
            Files.delete(legacy);
        } catch (DirectoryNotEmptyException e) {
            // Someone wrote into it meanwhile: theirs, so it stays, and the next run looks again.
        }
    }

    private static List<Path> entries(Path directory) throws IOException {
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean isOurs(Path entry, Pattern name) {
        return name.matcher(entry.getFileName().toString()).matches()
                && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS);
    }
}
