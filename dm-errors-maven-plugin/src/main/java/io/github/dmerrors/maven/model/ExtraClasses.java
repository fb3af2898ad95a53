package io.github.dmerrors.maven.model;

import io.github.dmerrors.ErrorClass;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code extraClasses} parameter that every goal reading a catalogue takes: the error classes
 * a build declares besides DM's, checked the same way everywhere.
 */
public final class ExtraClasses {
    private ExtraClasses() {}

    /**
     * Returns the names sorted and each once, so that requests that differ only in their order are
     * equal.
     *
     * @throws IllegalArgumentException naming the parameter, if a name is not a valid class name
     */
    public static List<String> checked(List<String> names) {
        List<String> sorted = List.copyOf(new TreeSet<>(names));
        for (String name : sorted) {
            if (!ErrorClass.isValidName(name)) {
                throw new IllegalArgumentException("extraClasses: '" + name + "' is not a valid error class name"
                        + " (use letters, digits, '-', '_' or '.', starting with a letter or digit)");
            }
        }
        return sorted;
    }

    /** The classes of names already {@linkplain #checked checked}, as the validator takes them. */
    public static Set<ErrorClass> of(List<String> names) {
        Set<ErrorClass> classes = new LinkedHashSet<>();
        names.forEach(name -> classes.add(ErrorClass.of(name)));
        return classes;
    }
}
