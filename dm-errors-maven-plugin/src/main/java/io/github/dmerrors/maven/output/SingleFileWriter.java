package io.github.dmerrors.maven.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes one file that a goal owns outright, such as a ledger or a report, the way
 * {@link OutputWriter} writes generated files: only if its bytes change, and through a temporary
 * file beside it and one rename, so that a reader or a killed build sees the old file or the new
 * one, never half of it. No manifest: the caller names the one file it owns.
 */
public final class SingleFileWriter {
    private SingleFileWriter() {}

    /**
     * Writes {@code content} to {@code target}, creating missing directories, unless the target
     * already holds exactly these bytes.
     *
     * @param target the file
     * @param content its new bytes
     * @return whether the file was written
     * @throws IOException if it cannot be written; the file is then as before
     */
    public static boolean writeIfChanged(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        String owner = OwnerFileName.of(absolute.getFileName().toString());
        return new FileReplacer(FileMover.ATOMIC, owner).writeIfChanged(absolute, content);
    }
}
