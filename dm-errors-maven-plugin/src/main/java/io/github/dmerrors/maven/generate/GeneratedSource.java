package io.github.dmerrors.maven.generate;

import java.util.Objects;

/**
 * One generated Java source file.
 *
 * @param relativePath its path under the source root, with {@code /} separators, for example
 *     {@code io/github/dmerrors/examples/DmErrors.java}
 * @param content the source text, lines ending in {@code \n}
 */
public record GeneratedSource(String relativePath, String content) {
    public GeneratedSource {
        Objects.requireNonNull(relativePath, "relativePath == null");
        Objects.requireNonNull(content, "content == null");
    }
}
