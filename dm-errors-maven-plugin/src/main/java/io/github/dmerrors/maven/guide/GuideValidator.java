package io.github.dmerrors.maven.guide;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.maven.catalogue.CatalogueEntry;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.Excerpt;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.CodeReader;
import io.github.dmerrors.maven.model.ErrorDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the sections of a guide against the checked catalogue and builds the {@link Guide}:
 * each error section names an error of the catalogue by its code and, as a check, its name; each
 * class section a class of the catalogue; no section appears twice; every text is within
 * {@link #MAX_TEXT} chars. Every problem is reported, at its line and column.
 */
public final class GuideValidator {
    /** The most chars of one text: a guide says what to do, and links to longer documents. */
    public static final int MAX_TEXT = 16_384;

    private static final Pattern ERROR_HEADING = Pattern.compile("^([0-9+-]\\S*)(?:[ \\t]+(\\S+))?$");
    private static final Pattern CLASS_HEADING = Pattern.compile("^(?i:class)[ \\t]+(\\S+)$");
    private static final Pattern PRODUCT = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,63}$");
    private static final String SECTIONS = "'## <code> <Name>', '## Class <name>', '## Levels', '## Scopes',"
            + " '## Troubleshooting' or '## Product'";

    private final Catalogue catalogue;
    private final Set<String> classes = new TreeSet<>();
    private final Diagnostics diagnostics;
    private final Map<String, SourceLocation> seen = new HashMap<>();
    private final GuideBuilder guide;

    private GuideValidator(Catalogue catalogue, Set<ErrorClass> declaredClasses, Diagnostics diagnostics) {
        this.catalogue = catalogue;
        this.diagnostics = diagnostics;
        this.guide = new GuideBuilder(catalogue);
        ErrorClass.known().forEach(errorClass -> classes.add(errorClass.name()));
        declaredClasses.forEach(errorClass -> classes.add(errorClass.name()));
        catalogue.errors().forEach(error -> classes.add(error.errorClass().name()));
    }

    /**
     * Checks {@code sections} against {@code catalogue}.
     *
     * @param sections the guide's sections, as parsed
     * @param catalogue the checked catalogue
     * @param declaredClasses the classes the build declares besides DM's
     * @param diagnostics receives every problem found
     * @return the guide; not to be used if {@code diagnostics} received an error
     */
    public static Guide validate(List<GuideSection> sections, Catalogue catalogue, Set<ErrorClass> declaredClasses,
            Diagnostics diagnostics) {
        GuideValidator validator = new GuideValidator(catalogue, declaredClasses, diagnostics);
        sections.forEach(validator::section);
        return validator.guide.build();
    }

    private void section(GuideSection section) {
        if (section.damaged()) {
            return;
        }
        String heading = section.heading();
        Matcher error = ERROR_HEADING.matcher(heading);
        Matcher errorClass = CLASS_HEADING.matcher(heading);
        if (error.matches()) {
            errorSection(section, error);
        } else if (errorClass.matches()) {
            classSection(section, errorClass);
        } else {
            switch (heading.toLowerCase(Locale.ROOT)) {
                case "levels" -> {
                    if (unique(section, "levels", "'## Levels'")) {
                        MeaningList.levels(section, diagnostics).forEach(guide::level);
                    }
                }
                case "scopes" -> {
                    if (unique(section, "scopes", "'## Scopes'")) {
                        MeaningList.scopes(section, diagnostics).forEach(guide::scope);
                    }
                }
                case "troubleshooting" -> text(section, "troubleshooting", "'## Troubleshooting'")
                        .ifPresent(guide::troubleshooting);
                case "product" -> product(section);
                default -> diagnostics.error(section.location(),
                        "unknown section '" + Excerpt.of(heading) + "'; a guide has " + SECTIONS + " sections");
            }
        }
    }

    private void errorSection(GuideSection section, Matcher heading) {
        SourceLocation at = section.location();
        OptionalInt code = CodeReader.read(new CatalogueEntry.Field(heading.group(1), at), diagnostics);
        if (code.isEmpty()) {
            return;
        }
        Optional<ErrorDefinition> error = catalogue.errors().stream()
                .filter(candidate -> candidate.code() == code.getAsInt())
                .findFirst();
        if (error.isEmpty()) {
            diagnostics.error(at, "unknown code " + code.getAsInt() + ": the catalogue has no such error");
            return;
        }
        String name = error.get().name();
        if (heading.group(2) == null) {
            diagnostics.error(at, "the section of error " + code.getAsInt() + " needs its name as a check: '## "
                    + code.getAsInt() + " " + name + "'");
            return;
        }
        String written = heading.group(2);
        int column = at.column() + heading.start(2);
        if (written.length() > 2 && written.startsWith("`") && written.endsWith("`")) {
            written = written.substring(1, written.length() - 1);
            column++;
        }
        if (!written.equals(name)) {
            diagnostics.error(at.atColumn(column), "error " + code.getAsInt() + " is " + name
                    + " in the catalogue, not '" + Excerpt.of(written) + "'");
            return;
        }
        if (!first("error " + code.getAsInt(), at)) {
            return;
        }
        reportTextOutside(section, "'### Description' or '### Handling'");
        GuideText description = GuideText.NONE;
        GuideText handling = GuideText.NONE;
        Map<String, SourceLocation> subsections = new HashMap<>();
        for (GuideSection.Subsection subsection : section.subsections()) {
            String kind = subsection.heading().toLowerCase(Locale.ROOT);
            if (subsection.damaged()) {
                continue;
            }
            if (!kind.equals("description") && !kind.equals("handling")) {
                diagnostics.error(subsection.location(), "unknown subsection '" + Excerpt.of(subsection.heading())
                        + "' of error " + code.getAsInt() + "; an error has '### Description' and '### Handling'");
                continue;
            }
            SourceLocation first = subsections.putIfAbsent(kind, subsection.location());
            if (first != null) {
                diagnostics.error(subsection.location(), "duplicate '### " + subsection.heading() + "' of error "
                        + code.getAsInt() + " (first at line " + first.line() + ")");
                continue;
            }
            Optional<GuideText> text = checkedText(subsection.body(), subsection.location(),
                    "'### " + subsection.heading() + "'");
            if (kind.equals("description")) {
                description = text.orElse(GuideText.NONE);
            } else {
                handling = text.orElse(GuideText.NONE);
            }
        }
        if (section.subsections().isEmpty()) {
            diagnostics.error(at, "error " + code.getAsInt() + " has neither '### Description' nor '### Handling'");
        } else if (!description.isEmpty() || !handling.isEmpty()) {
            guide.error(new ErrorGuide(code.getAsInt(), name, description, handling));
        }
    }

    private void classSection(GuideSection section, Matcher heading) {
        String name = heading.group(1);
        int column = section.location().column() + heading.start(1);
        if (name.length() > 2 && name.startsWith("`") && name.endsWith("`")) {
            name = name.substring(1, name.length() - 1);
            column++;
        }
        if (!classes.contains(name)) {
            diagnostics.error(section.location().atColumn(column), "unknown class '" + Excerpt.of(name)
                    + "'; the catalogue's classes are DM's, those its entries use and those the build declares");
            return;
        }
        String className = name;
        text(section, "class " + name, "'## Class " + name + "'").ifPresent(text -> guide.errorClass(className, text));
    }

    private void product(GuideSection section) {
        text(section, "product", "'## Product'").ifPresent(text -> {
            String product = text.oneLine();
            if (text.paragraphs().size() != 1 || !PRODUCT.matcher(product).matches()) {
                diagnostics.error(section.body().stream().filter(line -> !line.text().isBlank()).findFirst()
                        .orElseThrow().location(), "the product is one name of up to 64 letters, digits, spaces,"
                        + " '.', '_' or '-', such as 'DM' or 'Billing service', not '" + Excerpt.of(product) + "'");
            } else {
                guide.product(product);
            }
        });
    }

    /** The text of a section without subsections, if it is its first, has text, and is short enough. */
    private Optional<GuideText> text(GuideSection section, String key, String shown) {
        if (!first(key, section.location())) {
            return Optional.empty();
        }
        for (GuideSection.Subsection subsection : section.subsections()) {
            diagnostics.error(subsection.location(), "a subsection in " + shown + ", which has text only");
        }
        return checkedText(section.body(), section.location(), shown);
    }

    private Optional<GuideText> checkedText(List<GuideSection.Line> lines, SourceLocation at, String shown) {
        long length = Paragraphs.length(lines);
        if (length > MAX_TEXT) {
            diagnostics.error(at, shown + " has " + length + " chars of text; at most " + MAX_TEXT
                    + " are allowed: say what to do, and link to longer documents");
            return Optional.empty();
        }
        GuideText text = Paragraphs.of(lines);
        if (text.isEmpty()) {
            diagnostics.error(at, shown + " has no text");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** Reports the first line of text directly under a section that holds only subsections. */
    private void reportTextOutside(GuideSection section, String expected) {
        section.body().stream().filter(line -> !line.text().isBlank()).findFirst().ifPresent(line -> diagnostics.error(
                line.location().atColumn(line.text().indexOf(line.text().strip()) + 1),
                "text outside a subsection; put it under " + expected));
    }

    /** Tells whether {@code key} is seen for the first time; reports a duplicate section otherwise. */
    private boolean first(String key, SourceLocation at) {
        SourceLocation first = seen.putIfAbsent(key, at);
        if (first != null) {
            diagnostics.error(at, "duplicate section for " + key + " (first at line " + first.line() + ")");
            return false;
        }
        return true;
    }

    private boolean unique(GuideSection section, String key, String shown) {
        return first(key, section.location()) && noSubsections(section, shown);
    }

    private boolean noSubsections(GuideSection section, String shown) {
        section.subsections().forEach(subsection -> diagnostics.error(subsection.location(),
                "a subsection in " + shown + ", which has a list only"));
        return section.subsections().isEmpty();
    }
}
