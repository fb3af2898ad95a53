package io.github.dmerrors.maven.docs;

import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.guide.ErrorGuide;
import io.github.dmerrors.maven.guide.Guide;
import io.github.dmerrors.maven.guide.GuideLoader;
import io.github.dmerrors.maven.guide.GuideText;
import io.github.dmerrors.maven.guide.GuidedCatalogue;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.ErrorDefinition;
import io.github.dmerrors.maven.text.HiddenCharacters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code explain} goal: everything the catalogue and its guide say about one error, laid out
 * for a person reading a console — what DM prints, the class, scope and level with what each
 * means, the message and the workaround, what the error means and how to handle it — or, for an
 * error that does not exist, the nearest ones. Given a text in which DM printed errors, it
 * explains each of them, with the message and the raw cause the text carried.
 *
 * <p>Each line is a log line of its own. A message or workaround of several lines continues on
 * lines indented under its first; hidden characters are shown as escapes.
 */
public final class Explainer {
    private static final String LABEL_FORMAT = "  %-12s";
    private static final String CONTINUATION = " ".repeat(14);

    private Explainer() {}

    /**
     * Reads the catalogue and explains the error asked about.
     *
     * @throws InvalidInputException if the catalogue has errors; it carries every diagnostic
     * @throws java.nio.file.NoSuchFileException if the catalogue does not exist
     * @throws IOException if the catalogue cannot be read
     */
    public static Explanation run(ExplainRequest request) throws IOException, InvalidInputException {
        GuidedCatalogue guided = GuideLoader.load(
                request.catalogue(), request.declaredClasses(), request.classesElsewhere(), request.guide());
        return explain(guided.catalogue().errors(), guided.guide(), request.catalogueName(), request.query());
    }

    static Explanation explain(List<ErrorDefinition> errors, String catalogueName, ErrorQuery query) {
        return explain(errors, Guide.none(new Catalogue(Path.of(catalogueName), errors)), catalogueName, query);
    }

    static Explanation explain(List<ErrorDefinition> errors, Guide guide, String catalogueName, ErrorQuery query) {
        if (query instanceof ErrorQuery.ByText byText) {
            return TextExplainer.explain(errors, guide, catalogueName, byText.text());
        }
        if (query instanceof ErrorQuery.ByCode byCode) {
            Optional<ErrorDefinition> found = errors.stream().filter(error -> error.code() == byCode.code()).findFirst();
            Optional<String> otherClass = byCode.errorClass()
                    .filter(asked -> found.isPresent() && !asked.equals(found.get().errorClass().toString()));
            if (otherClass.isPresent()) {
                return otherClass(found.get(), otherClass.get(), catalogueName);
            }
            return found.map(error -> describe(error, guide)).orElseGet(() -> notFound(
                    "has code " + byCode.code(), catalogueName, "codes", NearestErrors.byCode(errors, byCode.code())));
        }
        String name = ((ErrorQuery.ByName) query).name();
        Optional<ErrorDefinition> found = errors.stream().filter(error -> error.name().equals(name)).findFirst();
        return found.map(error -> describe(error, guide)).orElseGet(() -> notFound(
                "is named " + HiddenCharacters.shown(name), catalogueName, "names", NearestErrors.byName(errors, name)));
    }

    private static Explanation describe(ErrorDefinition error, Guide guide) {
        List<String> lines = lines(error, guide);
        troubleshooting(lines, guide);
        return new Explanation(lines, Optional.empty());
    }

    /** The lines that explain {@code error}: what the catalogue and the guide say about it. */
    static List<String> lines(ErrorDefinition error, Guide guide) {
        List<String> lines = new ArrayList<>();
        lines.add("Error " + error.code() + ": " + error.name());
        field(lines, guide.prints(), "[code=" + error.code() + ":class=" + error.errorClass() + ":scope="
                + error.scope() + ":level=" + error.level() + "]");
        field(lines, "class", error.errorClass() + ": " + guide.meaning(error.errorClass()));
        field(lines, "scope", error.scope() + ": " + guide.meaning(error.scope()));
        field(lines, "level", error.level() + ": " + guide.meaning(error.level()));
        field(lines, "message", error.message().isEmpty() ? "(none)" : error.message());
        field(lines, "workaround", error.workaround().isEmpty() ? "(none in the catalogue)" : error.workaround());
        Optional<ErrorGuide> entry = guide.of(error);
        entry.map(ErrorGuide::description).filter(text -> !text.isEmpty())
                .ifPresent(text -> field(lines, "meaning", String.join("\n", text.paragraphs())));
        entry.map(ErrorGuide::handling).filter(text -> !text.isEmpty())
                .ifPresent(text -> field(lines, "handling", String.join("\n", text.paragraphs())));
        return lines;
    }

    /** Adds the guide's first steps when something fails, if it has them. */
    static void troubleshooting(List<String> lines, Guide guide) {
        GuideText text = guide.troubleshooting();
        if (!text.isEmpty()) {
            field(lines, "first steps", String.join("\n", text.paragraphs()));
        }
    }

    /** An {@code errors.toml} key whose class is not the code's: a mistyped key, so no answer is guessed. */
    private static Explanation otherClass(ErrorDefinition error, String askedClass, String catalogueName) {
        String key = "DM-" + error.errorClass() + "-" + error.code();
        String actual = IndefiniteArticle.before(error.errorClass().name());
        return new Explanation(
                List.of("No error DM-" + askedClass + "-" + error.code() + " in " + catalogueName + ": code "
                        + error.code() + " is " + error.name() + ", " + actual + " error (" + key + ")."),
                Optional.of("dm-errors: code " + error.code() + " is not " + IndefiniteArticle.before(askedClass)
                        + " error in " + catalogueName + "; it is " + key));
    }

    static void field(List<String> lines, String label, String value) {
        String[] valueLines = value.split("\n", -1);
        // A label as long as the column, such as "Billing prints", still needs a space after it.
        String shownLabel = String.format(Locale.ROOT, LABEL_FORMAT, label);
        lines.add((shownLabel.endsWith(" ") ? shownLabel : shownLabel + " ") + HiddenCharacters.shown(valueLines[0]));
        for (int i = 1; i < valueLines.length; i++) {
            lines.add(CONTINUATION + HiddenCharacters.shown(valueLines[i]));
        }
    }

    /**
     * Lists the nearest errors, for an error that does not exist.
     *
     * @param predicate what no error is, such as {@code "has code 10009"}
     */
    static Explanation notFound(
            String predicate, String catalogueName, String nearestNoun, List<ErrorDefinition> nearest) {
        String problem = "dm-errors: no error " + predicate + " in " + catalogueName;
        List<String> lines = new ArrayList<>();
        if (nearest.isEmpty()) {
            lines.add("No error " + predicate + ": " + catalogueName + " has no errors.");
            return new Explanation(lines, Optional.of(problem));
        }
        lines.add("No error " + predicate + " in " + catalogueName + ". The nearest " + nearestNoun + ":");
        for (ErrorDefinition error : nearest) {
            String message = error.message().isEmpty() ? "" : ": " + error.message().split("\n", -1)[0];
            lines.add("  " + error.code() + " " + error.name() + HiddenCharacters.shown(message));
        }
        return new Explanation(lines, Optional.of(problem + "; see the nearest " + nearestNoun + " above"));
    }
}
