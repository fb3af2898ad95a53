package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.maven.catalogue.CatalogueEntry;
import io.github.dmerrors.maven.catalogue.CatalogueParser;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.CatalogueValidator;
import io.github.dmerrors.maven.model.ClassesElsewhere;
import io.github.dmerrors.maven.model.ErrorDefinition;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A checked catalogue with the parsed line behind each entry, so that a finding points at the
 * field it is about: the name, the code, the class.
 *
 * @param catalogue the checked catalogue
 * @param entries the parsed line of each entry, by line number
 */
record LocatedCatalogue(Catalogue catalogue, Map<Integer, CatalogueEntry> entries) {
    LocatedCatalogue {
        Objects.requireNonNull(catalogue, "catalogue == null");
        entries = Map.copyOf(entries);
        for (ErrorDefinition error : catalogue.errors()) {
            if (!entries.containsKey(error.location().line())) {
                throw new IllegalArgumentException("no line for " + error.name());
            }
        }
    }

    /**
     * Parses and checks {@code content}, the bytes of {@code file}, as {@code generate} does.
     *
     * @return the catalogue, or empty if {@code diagnostics} received any error
     */
    static Optional<LocatedCatalogue> read(Path file, byte[] content, Set<ErrorClass> extraClasses,
            ClassesElsewhere elsewhere, Diagnostics diagnostics) {
        List<CatalogueEntry> parsed = CatalogueParser.parse(file, content, diagnostics);
        Map<Integer, CatalogueEntry> byLine = new HashMap<>();
        parsed.forEach(entry -> byLine.put(entry.location().line(), entry));
        return CatalogueValidator.validate(file, parsed, extraClasses, elsewhere, diagnostics)
                .map(catalogue -> new LocatedCatalogue(catalogue, byLine));
    }

    Path file() {
        return catalogue.file();
    }

    List<ErrorDefinition> errors() {
        return catalogue.errors();
    }

    CatalogueEntry entry(ErrorDefinition error) {
        return entries.get(error.location().line());
    }
}
