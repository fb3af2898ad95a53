package io.github.dmerrors.maven.model;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The error classes that other executions of the plugin declare in their own
 * {@code <extraClasses>} and the running goal does not see: a goal run from the command line
 * (execution {@code default-cli}) gets the plugin's {@code <configuration>}, never an execution's.
 * Used only to explain an unknown class; it declares nothing.
 *
 * @param execution the id of the running goal's execution, such as {@code default-cli}
 * @param declaredBy for each class, the ids of the other executions that declare it
 */
public record ClassesElsewhere(String execution, SortedMap<String, List<String>> declaredBy) {
    /** For a goal that knows of no other execution, such as one run without a POM. */
    public static final ClassesElsewhere NONE = new ClassesElsewhere("default-cli", new TreeMap<>());

    public ClassesElsewhere {
        Objects.requireNonNull(execution, "execution == null");
        SortedMap<String, List<String>> copy = new TreeMap<>();
        declaredBy.forEach((name, executions) -> {
            if (executions.isEmpty()) {
                throw new IllegalArgumentException("no execution declares " + name);
            }
            copy.put(name, List.copyOf(new TreeSet<>(executions)));
        });
        declaredBy = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Returns what to add to the report of the unknown class {@code name} when another execution
     * declares it, saying where and how to make every goal see it; empty otherwise.
     */
    Optional<String> hint(String name) {
        List<String> executions = declaredBy.get(name);
        if (executions == null) {
            return Optional.empty();
        }
        String where = executions.size() == 1
                ? "execution '" + executions.get(0) + "'"
                : "executions '" + String.join("', '", executions) + "'";
        return Optional.of("; '" + name + "' is declared only in the <extraClasses> of " + where
                + ", which this goal (execution '" + execution + "') does not see: move <extraClasses>, with"
                + " <packageName> and <catalogue>, from the <execution> to the plugin's own <configuration>");
    }
}
