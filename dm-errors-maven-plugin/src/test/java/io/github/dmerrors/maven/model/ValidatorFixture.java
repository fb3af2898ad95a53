package io.github.dmerrors.maven.model;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.maven.catalogue.CatalogueParser;
import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import java.nio.charset.StandardCharsets;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Parses and validates test lines into one collector, and prints what it reported as the build would. */
final class ValidatorFixture {
    static final Path FILE = Path.of("errors.txt");

    final Diagnostics diagnostics = new Diagnostics();

    /** A line without text; its code is at column {@code name.length() + 8}. */
    static String line(String name, String code, String errorClass, String scope, String level) {
        return name + ",[code=" + code + ":class=" + errorClass + ":scope=" + scope + ":level=" + level + "]";
    }

    static String line(String name, String code) {
        return line(name, code, "database", "internal", "high");
    }

    Optional<Catalogue> validate(String... lines) {
        return validate(Set.of(), lines);
    }

    Optional<Catalogue> validate(Set<ErrorClass> extraClasses, String... lines) {
        return validate(extraClasses, ClassesElsewhere.NONE, lines);
    }

    Optional<Catalogue> validate(Set<ErrorClass> extraClasses, ClassesElsewhere elsewhere, String... lines) {
        byte[] content = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        return CatalogueValidator.validate(
                FILE, CatalogueParser.parse(FILE, content, diagnostics), extraClasses, elsewhere, diagnostics);
    }

    List<String> reported() {
        return diagnostics.all().stream().map(Diagnostic::toString).collect(Collectors.toList());
    }

    /**
     * Where the fields of a line written as {@link #line} start, in {@code file}: the code after
     * {@code Name,[code=}, each other value after its key.
     */
    static EntryLocations fields(Path file, int line, String name, String code, String errorClass, String scope) {
        int codeColumn = name.length() + 8;
        int classColumn = codeColumn + code.length() + 7;
        int scopeColumn = classColumn + errorClass.length() + 7;
        int levelColumn = scopeColumn + scope.length() + 7;
        return new EntryLocations(new SourceLocation(file, line, 1), new SourceLocation(file, line, codeColumn),
                new SourceLocation(file, line, classColumn), new SourceLocation(file, line, scopeColumn),
                new SourceLocation(file, line, levelColumn));
    }
}
