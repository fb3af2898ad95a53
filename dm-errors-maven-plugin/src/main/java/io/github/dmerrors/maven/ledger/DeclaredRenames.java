package io.github.dmerrors.maven.ledger;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The renames a change declares, {@code ErrOld=ErrNew}: the code of {@code ErrOld} keeps its
 * meaning under the name {@code ErrNew}. Each old name is renamed once and each new name comes
 * from one old name.
 *
 * @param newNames the new name of each old name, sorted by old name
 */
record DeclaredRenames(Map<String, String> newNames) {
    DeclaredRenames {
        newNames = Collections.unmodifiableMap(new TreeMap<>(newNames));
    }

    /**
     * Reads declarations such as {@code ErrOld=ErrNew}; blank ones are ignored.
     *
     * @throws IllegalArgumentException if a declaration is not {@code Old=New} with two different
     *     names, or an old or new name is declared twice
     */
    static DeclaredRenames parse(List<String> declarations) {
        Map<String, String> newNames = new LinkedHashMap<>();
        Map<String, String> oldNames = new HashMap<>();
        for (String declaration : declarations) {
            Objects.requireNonNull(declaration, "declaration == null");
            if (declaration.isBlank()) {
                continue;
            }
            String[] names = declaration.strip().split("=", -1);
            if (names.length != 2 || !LineReader.isName(names[0]) || !LineReader.isName(names[1])) {
                throw new IllegalArgumentException("renames: '" + declaration
                        + "' is not Old=New, such as ErrOld=ErrNew");
            }
            if (names[0].equals(names[1])) {
                throw new IllegalArgumentException("renames: '" + declaration + "' renames a name to itself");
            }
            String earlier = newNames.putIfAbsent(names[0], names[1]);
            if (earlier != null) {
                throw new IllegalArgumentException("renames: " + names[0] + " is renamed twice, to "
                        + earlier + " and to " + names[1]);
            }
            String otherOld = oldNames.putIfAbsent(names[1], names[0]);
            if (otherOld != null) {
                throw new IllegalArgumentException("renames: " + names[1] + " is the new name of both "
                        + otherOld + " and " + names[0]);
            }
        }
        return new DeclaredRenames(newNames);
    }

    boolean declares(String oldName, String newName) {
        return newName.equals(newNames.get(oldName));
    }
}
