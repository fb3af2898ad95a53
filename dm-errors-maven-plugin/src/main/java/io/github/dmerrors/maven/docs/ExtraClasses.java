package io.github.dmerrors.maven.docs;

import io.github.dmerrors.ErrorClass;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The {@code extraClasses} parameter, checked as the {@code generate} goal checks it. */
final class ExtraClasses {
    private ExtraClasses() {}

    /**
     * Returns the names sorted and each once.
     *
     * @throws IllegalArgumentException naming the parameter, if a name is not a valid class name
     */
    static List<String> checked(List<String> names) {
        List<String> sorted = List.copyOf(new TreeSet<>(names));
        for (String name : sorted) {
            if (!ErrorClass.isValidName(name)) {
                throw new IllegalArgumentException("extraClasses: '" + name + "' is not a valid error class name"
                        + " (use letters, digits, '-', '_' or '.', starting with a letter or digit)");
            }
        }
        return sorted;
    }

    static Set<ErrorClass> of(List<String> names) {
        Set<ErrorClass> classes = new LinkedHashSet<>();
        names.forEach(name -> classes.add(ErrorClass.of(name)));
        return classes;
    }
}
