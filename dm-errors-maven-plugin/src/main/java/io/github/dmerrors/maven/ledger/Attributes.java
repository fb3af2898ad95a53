package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.ErrorLevel;
import io.github.dmerrors.ErrorScope;
import io.github.dmerrors.maven.model.ErrorDefinition;
import java.util.Objects;

/**
 * The class, scope and level of a code, as DM spells them. Kept as text, so that a ledger reads
 * the same whatever classes the build declares today.
 *
 * @param errorClass the class, a valid {@link ErrorClass} name
 * @param scope the scope, one of {@link ErrorScope}'s spellings
 * @param level the level, one of {@link ErrorLevel}'s spellings
 */
record Attributes(String errorClass, String scope, String level) {
    Attributes {
        if (!ErrorClass.isValidName(errorClass)) {
            throw new IllegalArgumentException("invalid class: " + errorClass);
        }
        ErrorScope.of(Objects.requireNonNull(scope, "scope == null"));
        ErrorLevel.of(Objects.requireNonNull(level, "level == null"));
    }

    static Attributes of(ErrorDefinition error) {
        return new Attributes(error.errorClass().name(), error.scope().toString(), error.level().toString());
    }

    /** Returns {@code class=… scope=… level=…}, the form a ledger line holds. */
    String text() {
        return "class=" + errorClass + " scope=" + scope + " level=" + level;
    }
}
