package io.github.dmerrors.internal;

import java.util.Objects;

/**
 * Template text printed as is; {@code %%} directives that consume nothing are folded into it.
 *
 * @param text the text, not empty
 */
record Literal(String text) implements TemplatePart {
    Literal {
        if (Objects.requireNonNull(text, "text == null").isEmpty()) {
            throw new IllegalArgumentException("empty literal");
        }
    }
}
