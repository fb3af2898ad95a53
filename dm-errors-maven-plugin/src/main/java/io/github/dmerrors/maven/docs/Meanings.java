package io.github.dmerrors.maven.docs;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.ErrorScope;

/**
 * What a class and a scope mean, in words an operator acts on. Levels carry their meaning
 * themselves ({@link io.github.dmerrors.ErrorLevel#meaning()}); the runtime documents scopes for
 * programmers only, and a class the catalogue declares has no description.
 */
final class Meanings {
    private Meanings() {}

    /** What errors of {@code errorClass} mark: DM's description, or that the catalogue declared it. */
    static String of(ErrorClass errorClass) {
        return errorClass.isKnown() ? errorClass.description() : "A class of this catalogue's own.";
    }

    /** Where an error of {@code scope} comes from. */
    static String of(ErrorScope scope) {
        return switch (scope) {
            case NOT_SET -> "Not recorded: the error may come from anywhere.";
            case UPSTREAM -> "The upstream (source) database.";
            case DOWNSTREAM -> "The downstream (target) database.";
            case INTERNAL -> "DM itself.";
        };
    }
}
