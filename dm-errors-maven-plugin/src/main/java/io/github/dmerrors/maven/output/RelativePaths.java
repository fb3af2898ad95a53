package io.github.dmerrors.maven.output;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for the relative paths this package writes, deletes and records: what a generated
 * file may be called, and what a manifest may list. A path that breaks it is never normalised into
 * shape, since a generator that produces {@code a//b} or {@code ./a} has a bug worth seeing, and a
 * manifest that lists one was not written by us.
 */
final class RelativePaths {
    /**
     * The start of the names this package keeps for itself in an output directory: its temporary
     * files, and the directory in which earlier versions kept their manifests.
     */
    static final String RESERVED_NAME = ".dm-errors";

    /** Characters Windows refuses in file names, and {@code \} which it reads as a separator. */
    private static final String NOT_PORTABLE = "\\:*?\"<>|";

    private RelativePaths() {}

    /**
     * Returns why {@code path} is not an acceptable relative path, or empty if it is: non-empty,
     * {@code /}-separated, not absolute, no empty, {@code .} or {@code ..} segment, no control
     * character or character Windows refuses, and no segment starting with {@code .dm-errors},
     * which names this package's own temporary files and earlier versions' manifests.
     */
    static Optional<String> problem(String path) {
        if (path.isEmpty()) {
            return Optional.of("is empty");
        }
        if (path.startsWith("/")) {
            return Optional.of("is absolute");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (Character.isISOControl(c) || NOT_PORTABLE.indexOf(c) >= 0) {
                return Optional.of("contains a character that is not portable in file names: U+"
                        + String.format(Locale.ROOT, "%04X", (int) c));
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                return Optional.of("is not normalised (empty or '.' segment)");
            }
            if (segment.equals("..")) {
                return Optional.of("escapes the output directory ('..' segment)");
            }
            if (segment.startsWith(RESERVED_NAME)) {
                return Optional.of("uses a name reserved for the writer's own files: " + segment);
            }
        }
        return Optional.empty();
    }
}
