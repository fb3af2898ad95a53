package io.github.dmerrors.maven.output;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * How a generator recognises, by their content alone, the files it wrote: after its records were
 * lost (a clean of the build directory, with an output directory outside it), {@link OutputWriter}
 * replaces a file that bears the mark like one its records list, instead of refusing it as a file
 * of someone's own. The generator defines its mark from the text it writes, so that this package
 * knows bytes only.
 *
 * <p>A mark lets a file be replaced, never removed: it does not tell which of the executions that
 * share a directory wrote the file, so only a record can show that a file is no longer generated.
 */
@FunctionalInterface
public interface GeneratedMark {
    /** Recognises nothing: a file that no record lists is someone's own. */
    GeneratedMark NONE = (relativePath, content) -> false;

    /**
     * Tells whether {@code content}, found at {@code relativePath}, was written by the generator.
     *
     * @param relativePath the file's path under the output directory, with {@code /} separators
     * @param content the file's bytes
     * @return whether the file bears the mark
     */
    boolean isOn(String relativePath, byte[] content);

    /**
     * Returns the mark of files whose bytes start with {@code prefix} in UTF-8, such as a header
     * line that the generator writes first in every file.
     *
     * @param prefix the start of every file the generator writes; not empty, since an empty prefix
     *     would claim every file
     */
    static GeneratedMark startingWith(String prefix) {
        Objects.requireNonNull(prefix, "prefix == null");
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("prefix is empty");
        }
        byte[] bytes = prefix.getBytes(StandardCharsets.UTF_8);
        return (relativePath, content) -> content.length >= bytes.length
                && Arrays.equals(content, 0, bytes.length, bytes, 0, bytes.length);
    }
}
