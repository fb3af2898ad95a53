package io.github.dmerrors.maven.text;

import java.nio.file.Path;

/**
 * A path as the user knows it: relative to the project when it lies inside it, with {@code /}
 * separators on every platform.
 */
public final class ShownPath {
    private ShownPath() {}

    /**
     * Names {@code path} in what the build writes (generated sources, documents), the same on every
     * machine: relative to {@code base} if it lies inside it, otherwise by its file name alone.
     */
    public static String inDocument(Path path, Path base) {
        Path absolute = path.toAbsolutePath().normalize();
        return portable(inside(absolute, base) ? relative(absolute, base) : absolute.getFileName());
    }

    /** Names {@code path} in the build log: relative to {@code base} if inside it, otherwise absolute. */
    public static String inLog(Path path, Path base) {
        Path absolute = path.toAbsolutePath().normalize();
        return portable(inside(absolute, base) ? relative(absolute, base) : absolute);
    }

    private static boolean inside(Path absolute, Path base) {
        Path root = base.toAbsolutePath().normalize();
        return absolute.startsWith(root) && !absolute.equals(root);
    }

    private static Path relative(Path absolute, Path base) {
        return base.toAbsolutePath().normalize().relativize(absolute);
    }

    private static String portable(Path path) {
        return String.valueOf(path).replace('\\', '/');
    }
}
