package io.github.dmerrors.maven.guide;

import java.util.Objects;

/**
 * What the guide says about one error.
 *
 * @param code the error's code
 * @param name the error's name, as the catalogue spells it
 * @param description what the error means; may be empty if {@code handling} is not
 * @param handling how to handle it; may be empty if {@code description} is not
 */
public record ErrorGuide(int code, String name, GuideText description, GuideText handling) {
    public ErrorGuide {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(description, "description == null");
        Objects.requireNonNull(handling, "handling == null");
        if (description.isEmpty() && handling.isEmpty()) {
            throw new IllegalArgumentException("a guide entry without text: " + code + " " + name);
        }
    }
}
