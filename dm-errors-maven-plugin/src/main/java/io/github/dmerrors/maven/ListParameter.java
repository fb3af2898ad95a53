package io.github.dmerrors.maven;

import java.util.List;
import java.util.Objects;

/**
 * A list parameter as Maven hands it over: null when it is not set, and with a null item for each
 * empty piece of a comma-separated value ({@code a,,b}, or the trailing comma a CI script leaves
 * behind). An empty piece names nothing, so it is dropped rather than failing the build.
 */
final class ListParameter {
    private ListParameter() {}

    /** Returns the items that name something, stripped of surrounding spaces ({@code a, b}). */
    static List<String> items(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}
