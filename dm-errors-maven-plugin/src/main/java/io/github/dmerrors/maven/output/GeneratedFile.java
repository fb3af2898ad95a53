package io.github.dmerrors.maven.output;

import java.util.Arrays;
import java.util.Objects;

/**
 * One file to write: where, relative to the output directory, and its exact bytes.
 *
 * <p>The path uses {@code /} on every platform and must already be normal: not absolute, no empty,
 * {@code .} or {@code ..} segment, no character that some file system refuses
 * ({@code \ : * ? " < > |} or a control character), and no segment starting with
 * {@code .dm-errors}, which the writer keeps for itself. The bytes are copied in and out, so a
 * caller cannot change a file after handing it over.
 *
 * @param relativePath the path under the output directory, for example
 *     {@code io/github/dmerrors/generated/DmErrors.java}
 * @param content the file's bytes
 */
public record GeneratedFile(String relativePath, byte[] content) {
    public GeneratedFile {
        Objects.requireNonNull(relativePath, "relativePath == null");
        Objects.requireNonNull(content, "content == null");
        RelativePaths.problem(relativePath).ifPresent(problem -> {
            throw new IllegalArgumentException(
                    "generated file path " + problem + ": " + relativePath);
        });
        content = content.clone();
    }

    /** Returns a copy of the file's bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GeneratedFile file
                && relativePath.equals(file.relativePath)
                && Arrays.equals(content, file.content);
    }

    @Override
    public int hashCode() {
        return 31 * relativePath.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return relativePath + " (" + content.length + " bytes)";
    }
}
