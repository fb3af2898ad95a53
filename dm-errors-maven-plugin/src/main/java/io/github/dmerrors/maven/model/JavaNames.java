package io.github.dmerrors.maven.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The naming rules of generated code, in one place because users depend on them, and validation
 * as well as the generator applies them.
 *
 * <ul>
 *   <li>A constant is named exactly as its entry ({@code ErrDBBadConn}), so a search for DM's name
 *       in logs, docs and Go code finds the Java constant.
 *   <li>A typed factory method is {@code new} followed by the entry's name
 *       ({@code newErrDBUnExpect}). The prefix keeps every factory name distinct from the others
 *       (entry names are unique), from the class's own methods ({@code all}, {@code byCode},
 *       {@code byName}, {@code catalogue}), from {@code Object}'s methods and from keywords, so no
 *       catalogue can make the generated class fail to compile.
 *   <li>A catalogue of more than {@link #ENTRIES_PER_CLASS} entries is split into parts of that
 *       many entries, in catalogue order: package-private abstract classes {@code <Class>Part1},
 *       {@code <Class>Part2}, … each extending the previous, which the catalogue class extends.
 *       Constants and factories are inherited static members, so {@code DmErrors.ErrX} and
 *       {@code DmErrors.newErrX(…)} work at any size. (javac fails with "code too large" somewhere
 *       near 2,000 constants in one class.)
 * </ul>
 */
public final class JavaNames {
    /** The most entries one generated class holds. */
    public static final int ENTRIES_PER_CLASS = 1000;

    private JavaNames() {}

    /** The name of the typed factory of {@code error}: {@code new} and its name. */
    public static String factoryName(ErrorDefinition error) {
        return "new" + error.name();
    }

    /** How many parts a catalogue of {@code entries} entries is split into: 0 if it fits in one class. */
    public static int partCount(int entries) {
        return entries <= ENTRIES_PER_CLASS ? 0 : (entries + ENTRIES_PER_CLASS - 1) / ENTRIES_PER_CLASS;
    }

    /** The name of part {@code number} (from 1) of the catalogue class {@code className}. */
    public static String partName(String className, int number) {
        return className + "Part" + number;
    }

    /**
     * Returns {@code preferred}, or {@code preferred} followed by as many underscores as it takes to
     * be different from every entry's name: the catalogue class inherits every entry's constant, so
     * a private member of that name would hide it.
     */
    public static String freeName(String preferred, List<ErrorDefinition> errors) {
        Set<String> taken = errors.stream().map(ErrorDefinition::name).collect(Collectors.toSet());
        String name = preferred;
        while (taken.contains(name)) {
            name += "_";
        }
        return name;
    }
}
