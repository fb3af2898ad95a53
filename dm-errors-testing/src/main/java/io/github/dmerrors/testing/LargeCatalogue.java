package io.github.dmerrors.testing;

import java.nio.charset.StandardCharsets;

/**
 * The text of a valid catalogue of any size, for tests that need the generated class split into
 * parts and files big enough to take a while to write. The variant changes every message, so two
 * variants share no generated file.
 */
public final class LargeCatalogue {
    private LargeCatalogue() {}

    /** {@code size} entries, every other one taking an argument, with long messages. */
    public static byte[] of(int size, String variant) {
        StringBuilder text = new StringBuilder(size * 400);
        for (int i = 0; i < size; i++) {
            text.append("ErrGen").append(i).append(",[code=").append(10_000 + i)
                    .append(":class=sync-unit:scope=internal:level=medium], \"Message: ")
                    .append(variant).append(" entry ").append(i).append(i % 2 == 0 ? " failed: %s" : " failed")
                    .append(" — ").append("a long explanation of what went wrong ".repeat(4))
                    .append(", Workaround: retry ").append(i).append("\"\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
