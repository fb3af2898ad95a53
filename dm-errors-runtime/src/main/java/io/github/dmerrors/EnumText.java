package io.github.dmerrors;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Lists the valid values of DM's fields in error messages. */
final class EnumText {
    private EnumText() {}

    static String list(Object[] values) {
        return Arrays.stream(values).map(Object::toString).collect(Collectors.joining(", "));
    }
}
