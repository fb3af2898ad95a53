package io.github.dmerrors.maven.diagnostic;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * A position in a source file, printed as {@code file:line:col} like javac's, so that IDEs and CI
 * annotations link to it. Lines and columns count from 1; a column counts characters (UTF-16
 * code units of the decoded line), not bytes.
 *
 * @param file the file, as the user named it
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record SourceLocation(Path file, int line, int column) implements Comparable<SourceLocation> {
    private static final Comparator<SourceLocation> ORDER = Comparator
            .comparing((SourceLocation location) -> location.file().toString())
            .thenComparingInt(SourceLocation::line)
            .thenComparingInt(SourceLocation::column);

    public SourceLocation {
        Objects.requireNonNull(file, "file == null");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column count from 1: " + line + ":" + column);
        }
    }

    /** Returns the location of column {@code newColumn} on the same line. */
    public SourceLocation atColumn(int newColumn) {
        return new SourceLocation(file, line, newColumn);
    }

    @Override
    public int compareTo(SourceLocation other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
