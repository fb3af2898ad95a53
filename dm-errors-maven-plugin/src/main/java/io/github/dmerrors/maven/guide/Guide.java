package io.github.dmerrors.maven.guide;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.ErrorLevel;
import io.github.dmerrors.ErrorScope;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.ErrorDefinition;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A checked handling guide, and the words every output uses for the catalogue it belongs to.
 *
 * <p><b>Whose catalogue.</b> Outputs say "DM" and "replication task" only for DM's catalogue. A
 * guide names the product with its {@code ## Product} section; without one, a catalogue is DM's
 * when every entry's class is one of DM's own classes, as in DM's {@code errors_release.txt}, and
 * no product's otherwise: then the outputs use neutral words ("printed as", "the program itself").
 *
 * @param given whether a guide file was read; without one, the outputs are those of a catalogue
 *     alone, byte for byte
 * @param product the product whose catalogue this is, such as {@code DM}; empty if unknown
 * @param errors what the guide says about each error, by code
 * @param classes what each class marks, by class name, where the guide says it
 * @param levels what each level means, where the guide says it
 * @param scopes where errors of each scope come from, where the guide says it
 * @param troubleshooting where to start when something fails; may be empty
 */
public record Guide(
        boolean given,
        Optional<String> product,
        Map<Integer, ErrorGuide> errors,
        Map<String, GuideText> classes,
        Map<ErrorLevel, GuideText> levels,
        Map<ErrorScope, GuideText> scopes,
        GuideText troubleshooting) {
    /** The product name of DM's own catalogue. */
    public static final String DM = "DM";

    public Guide {
        Objects.requireNonNull(product, "product == null");
        errors = Map.copyOf(errors);
        classes = Map.copyOf(classes);
        levels = Map.copyOf(levels);
        scopes = Map.copyOf(scopes);
        Objects.requireNonNull(troubleshooting, "troubleshooting == null");
        if (!given && !(errors.isEmpty() && classes.isEmpty() && levels.isEmpty() && scopes.isEmpty()
                && troubleshooting.isEmpty())) {
            throw new IllegalArgumentException("guide text without a guide file");
        }
    }

    /** The guide of a catalogue that has none: no text, and the product its classes tell. */
    public static Guide none(Catalogue catalogue) {
        return new Guide(false, productOf(catalogue), Map.of(), Map.of(), Map.of(), Map.of(), GuideText.NONE);
    }

    /** DM, if every class of the catalogue's entries is one of DM's; otherwise unknown. */
    static Optional<String> productOf(Catalogue catalogue) {
        boolean dm = catalogue.errors().stream().allMatch(error -> error.errorClass().isKnown());
        return dm ? Optional.of(DM) : Optional.empty();
    }

    /** Tells whether the catalogue is DM's, so that the outputs may speak of DM and its tasks. */
    public boolean isDm() {
        return product.filter(DM::equals).isPresent();
    }

    /** What the guide says about {@code error}, if anything. */
    public Optional<ErrorGuide> of(ErrorDefinition error) {
        return Optional.ofNullable(errors.get(error.code()));
    }

    /**
     * Completes "… [code=…]" for the line that shows an error's bracket: {@code DM prints},
     * {@code Billing prints}, or {@code printed as} when the product is unknown.
     */
    public String prints() {
        return product.map(name -> name + " prints").orElse("printed as");
    }

    /** What errors of {@code errorClass} mark: the guide's words, DM's description, or "the catalogue's own". */
    public String meaning(ErrorClass errorClass) {
        GuideText text = classes.get(errorClass.name());
        if (text != null) {
            return text.oneLine();
        }
        return errorClass.isKnown() ? errorClass.description() : "A class of this catalogue's own.";
    }

    /** What {@code level} means: the guide's words, DM's manual's for DM, neutral ones otherwise. */
    public String meaning(ErrorLevel level) {
        GuideText text = levels.get(level);
        if (text != null) {
            return text.oneLine();
        }
        if (isDm()) {
            return level.meaning();
        }
        return switch (level) {
            case LOW -> "Usually about a user's operation or input. It does not affect work already running.";
            case MEDIUM -> "Usually about a user's configuration. It affects what starts after it,"
                    + " but not the work already running.";
            case HIGH -> "Needs attention: left alone, it may interrupt the work that met it.";
        };
    }

    /** Where an error of {@code scope} comes from: the guide's words, or the default ones. */
    public String meaning(ErrorScope scope) {
        GuideText text = scopes.get(scope);
        if (text != null) {
            return text.oneLine();
        }
        return switch (scope) {
            case NOT_SET -> "Not recorded: the error may come from anywhere.";
            case UPSTREAM -> isDm() ? "The upstream (source) database." : "Upstream: where the data comes from.";
            case DOWNSTREAM -> isDm() ? "The downstream (target) database." : "Downstream: where the data goes.";
            case INTERNAL -> product.map(name -> name + " itself.").orElse("The program itself.");
        };
    }
}
