package io.github.dmerrors.maven.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Brings an output directory in line with the files a generating run produced, touching as little
 * as possible, so that an incremental build recompiles nothing that did not change.
 *
 * <p>Each run belongs to an owner (one per generating execution; several may share a directory),
 * which records the run in {@code <owner>.manifest} in the output directory's state directory,
 * outside the output directory (see {@link #forBuildDirectory}): the caller's fingerprint of all
 * inputs and the SHA-256 of each file (format in {@link Manifest}). The output directory holds
 * nothing but the files, so that a sources jar made from it holds nothing else. A run:
 * <ol>
 *   <li>does nothing at all if the manifest already records this fingerprint and exactly these
 *       files, and each is on disk with its recorded hash;
 *   <li>otherwise replaces each file whose bytes differ, atomically (a temporary file beside it,
 *       then a rename), and leaves identical files untouched; it warns about a file another
 *       owner's manifest records with other content, since two owners would overwrite each other;
 *   <li>removes the files its previous manifest listed and this run does not produce, unless
 *       another owner's manifest lists them, then the directories that became empty;
 *   <li>writes its manifest last, so that a run that died is seen as out of date and repaired by
 *       the next.
 * </ol>
 * It never deletes a file that no manifest of its owner lists, never replaces a file with other
 * content that no record lists (someone's own file) unless it bears the caller's
 * {@link GeneratedMark} (the generator's own, whose records were lost), and a manifest it cannot
 * read deletes nothing.
 * Files a run is about to create are listed first in {@code <owner>.pending} beside the manifest;
 * should the run die and the next one no longer produce them,
 * they are removed if they still hold what the dead run meant to write. Nothing depends on the
 * clock, the locale or the order in which a directory lists its entries. An output directory that
 * still holds the {@code .dm-errors/} of an earlier version has its records moved to the state
 * directory by the next run, which therefore still knows its files ({@link LegacyRecords}).
 *
 * <p>Not safe for two runs of one owner on one directory at the same time.
 */
public final class OutputWriter {
    /** Where a build keeps the writer's records, relative to its build directory. */
    static final String STATE_ROOT = "dm-errors/state";

    private final Path stateRoot;
    private final FileMover mover;

    /**
     * Creates a writer that keeps its records under {@code stateRoot}, one directory for each
     * output directory, and moves files into place with an atomic rename.
     */
    public OutputWriter(Path stateRoot) {
        this(stateRoot, FileMover.ATOMIC);
    }

    OutputWriter(Path stateRoot, FileMover mover) {
        this.stateRoot = Objects.requireNonNull(stateRoot, "stateRoot == null");
        this.mover = Objects.requireNonNull(mover, "mover == null");
    }

    /**
     * Creates the writer of a build whose build directory (Maven's {@code target}) is
     * {@code buildDirectory}: its records go to {@code dm-errors/state/} there, which a clean
     * removes with the output directories it usually holds.
     */
    public static OutputWriter forBuildDirectory(Path buildDirectory) {
        return new OutputWriter(buildDirectory.resolve(STATE_ROOT));
    }

    /**
     * Tells, without generating anything, whether {@code owner}'s last run in
     * {@code outputDirectory} was made from the same inputs and its files are still as it wrote
     * them: then the caller can skip generating, and {@link #write} would change nothing.
     *
     * @param outputDirectory the directory the files were written into
     * @param owner who wrote them
     * @param fingerprint a digest of everything the files would be generated from now
     * @return the result of an up-to-date run, listing the files as unchanged; empty if there is
     *     work to do
     * @throws IOException if the manifest exists but cannot be read
     */
    public Optional<WriteResult> upToDate(Path outputDirectory, String owner, String fingerprint)
            throws IOException {
        Objects.requireNonNull(fingerprint, "fingerprint == null");
        Path directory = outputDirectory.toAbsolutePath().normalize();
        ManifestStore store = new ManifestStore(
                ManifestStore.directoryFor(stateRoot, directory), OwnerFileName.of(owner), new ArrayList<>());
        Optional<Manifest> previous = store.readManifest();
        if (previous.isEmpty()
                || LegacyRecords.present(directory)
                || !previous.get().fingerprint().equals(fingerprint)
                || store.hasPending()
                || !isOnDisk(directory, previous.get())) {
            return Optional.empty();
        }
        return Optional.of(upToDateResult(previous.get(), List.of()));
    }

    /**
     * Writes {@code files} like {@link #write(Path, String, String, List, GeneratedMark)}, taking
     * every file with other content that no record lists for someone's own.
     */
    public WriteResult write(
            Path outputDirectory, String owner, String fingerprint, List<GeneratedFile> files)
            throws IOException {
        return write(outputDirectory, owner, fingerprint, files, GeneratedMark.NONE);
    }

    /**
     * Writes {@code files} into {@code outputDirectory} for {@code owner}, creating the directory
     * if needed. Everything is checked before anything is written: invalid arguments, two files
     * with one path, or paths that differ only in case throw {@link IllegalArgumentException} with
     * the directory untouched, and a file to be replaced that no record lists and that does not
     * bear {@code mark} throws {@link FileAlreadyExistsException}.
     *
     * @param outputDirectory the directory to write into
     * @param owner who writes, for example a Maven execution id; any non-empty string
     * @param fingerprint a digest of everything the files were generated from; one line of text
     * @param files the files, in any order
     * @param mark recognises the files the generator wrote when no record lists them
     * @return what was done
     * @throws IOException if a file cannot be read, written or deleted; every file is then either
     *     as before or as requested, and the next run completes the work
     */
    public WriteResult write(Path outputDirectory, String owner, String fingerprint, List<GeneratedFile> files,
            GeneratedMark mark) throws IOException {
        Objects.requireNonNull(outputDirectory, "outputDirectory == null");
        Objects.requireNonNull(mark, "mark == null");
        Objects.requireNonNull(fingerprint, "fingerprint == null");
        Objects.requireNonNull(files, "files == null");
        String ownerFileName = OwnerFileName.of(owner);
        ProducedFiles produced = ProducedFiles.of(files);
        Manifest wanted = new Manifest(fingerprint, produced.hashes());

        Path directory = outputDirectory.toAbsolutePath().normalize();
        List<String> warnings = new ArrayList<>();
        ManifestStore store = new ManifestStore(
                ManifestStore.directoryFor(stateRoot, directory), ownerFileName, warnings);
        if (LegacyRecords.present(directory)) {
            LegacyRecords.migrate(directory, store.directory(), warnings);
        }
        Optional<Manifest> previous = store.readManifest();
        boolean recorded = previous.equals(Optional.of(wanted)) && !store.hasPending();
        if (recorded && isOnDisk(directory, wanted)) {
            return upToDateResult(wanted, warnings);
        }

        Set<String> owned = previous.map(manifest -> manifest.hashes().keySet()).orElse(Set.of());
        ManifestStore.OtherOwners otherOwners = store.readOtherOwners();
        Optional<Set<String>> others = otherOwners.paths();
        otherOwners.withOtherContent(produced.hashes()).forEach((path, manifest) -> warnings.add(path
                + " is also written, with other content, by the run recorded in " + store.manifestFile(manifest)
                + ": two executions writing one file overwrite each other; give them different"
                + " classes, or delete that manifest if its execution is gone"));
        Optional<Manifest> pending = store.readPending();
        if (others.isPresent()) {
            Set<String> recordedAnywhere = new TreeSet<>(ProducedFiles.FOLDED);
            recordedAnywhere.addAll(owned);
            recordedAnywhere.addAll(others.get());
            pending.ifPresent(manifest -> recordedAnywhere.addAll(manifest.hashes().keySet()));
            refuseToReplaceFilesOfNoRun(directory, produced, recordedAnywhere, mark);
        }
        FileReplacer replacer = new FileReplacer(mover, ownerFileName);
        replacer.sweep(directory);
        replacer.sweep(store.directory());
        StaleFileRemover remover = new StaleFileRemover(directory, produced, others, warnings);

        removeWhatAnInterruptedRunCreated(pending, owned, remover);
        SortedMap<String, String> creating = new TreeMap<>(produced.hashes());
        creating.keySet().removeAll(owned);
        if (!creating.isEmpty()) {
            store.writePending(new Manifest(fingerprint, creating), replacer);
        }

        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (String path : produced.hashes().keySet()) {
            if (replacer.writeIfChanged(directory.resolve(path), produced.content(path))) {
                written.add(path);
            } else {
                unchanged.add(path);
            }
        }
        for (String path : owned) {
            remover.remove(path);
        }

        store.writeManifest(wanted, replacer);
        store.deletePending();
        return new WriteResult(written, unchanged, remover.removed(), false, warnings);
    }

    /**
     * Throws if a file this run would replace holds other content, no record says a run wrote it,
     * and it does not bear the generator's mark: it is someone's own file, in an output directory
     * shared with sources, and generated code must not take its place. Checked before anything is
     * written.
     */
    private static void refuseToReplaceFilesOfNoRun(
            Path directory, ProducedFiles produced, Set<String> recorded, GeneratedMark mark) throws IOException {
        List<String> foreign = new ArrayList<>();
        for (Map.Entry<String, String> file : produced.hashes().entrySet()) {
            Path path = directory.resolve(file.getKey());
            if (recorded.contains(file.getKey()) || !Files.isRegularFile(path)) {
                continue;
            }
            byte[] content = Files.readAllBytes(path);
            if (!file.getValue().equals(Sha256.hex(content)) && !mark.isOn(file.getKey(), content)) {
                foreign.add(file.getKey());
            }
        }
        if (!foreign.isEmpty()) {
            throw new FileAlreadyExistsException(directory.resolve(foreign.get(0)).toString(), null,
                    "exists and was not generated; nothing was written, to keep it (move it, or generate"
                    + " another class or into another directory)"
                    + (foreign.size() > 1 ? "; also " + String.join(", ", foreign.subList(1, foreign.size())) : ""));
        }
    }

    /**
     * Removes the files an interrupted run listed as about to create, that this run does not
     * produce, if they hold what that run meant to write: it may have died before writing them,
     * and a user's file of the same name is not ours. Files the manifest lists are left to the
     * normal removal of stale files.
     */
    private static void removeWhatAnInterruptedRunCreated(
            Optional<Manifest> pending, Set<String> owned, StaleFileRemover remover)
            throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        for (Map.Entry<String, String> file : pending.get().hashes().entrySet()) {
            if (!owned.contains(file.getKey())) {
                remover.removeIfHolding(file.getKey(), file.getValue());
            }
        }
    }

    private static WriteResult upToDateResult(Manifest manifest, List<String> warnings) {
        return new WriteResult(List.of(), List.copyOf(manifest.hashes().keySet()), List.of(), true, warnings);
    }

    private static boolean isOnDisk(Path directory, Manifest manifest) {
        for (Map.Entry<String, String> file : manifest.hashes().entrySet()) {
            try {
                byte[] content = Files.readAllBytes(directory.resolve(file.getKey()));
                if (!file.getValue().equals(Sha256.hex(content))) {
                    return false;
                }
            } catch (IOException e) {
                // Missing or unreadable: a full run will rewrite it or report why it cannot.
                return false;
            }
        }
        return true;
    }
}
