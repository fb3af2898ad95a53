package io.github.dmerrors.maven.guide;

import io.github.dmerrors.ErrorLevel;
import io.github.dmerrors.ErrorScope;
import io.github.dmerrors.maven.model.Catalogue;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Collects what the validator accepts, for one {@link Guide}. */
final class GuideBuilder {
    private final Catalogue catalogue;
    private final Map<Integer, ErrorGuide> errors = new HashMap<>();
    private final Map<String, GuideText> classes = new HashMap<>();
    private final Map<ErrorLevel, GuideText> levels = new EnumMap<>(ErrorLevel.class);
    private final Map<ErrorScope, GuideText> scopes = new EnumMap<>(ErrorScope.class);
    private GuideText troubleshooting = GuideText.NONE;
    private String product;

    GuideBuilder(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    void error(ErrorGuide error) {
        errors.put(error.code(), error);
    }

    void errorClass(String name, GuideText text) {
        classes.put(name, text);
    }

    void level(ErrorLevel level, GuideText text) {
        levels.put(level, text);
    }

    void scope(ErrorScope scope, GuideText text) {
        scopes.put(scope, text);
    }

    void troubleshooting(GuideText text) {
        troubleshooting = text;
    }

    void product(String name) {
        product = name;
    }

    Guide build() {
        Optional<String> named = product != null ? Optional.of(product) : Guide.productOf(catalogue);
        return new Guide(true, named, errors, classes, levels, scopes, troubleshooting);
    }
}
