package io.github.dmerrors.maven.model;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.ErrorLevel;
import io.github.dmerrors.ErrorScope;
import io.github.dmerrors.MessageTemplate;
import io.github.dmerrors.maven.catalogue.CatalogueEntry;
import io.github.dmerrors.maven.catalogue.CatalogueEntry.Field;
import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.Excerpt;
import io.github.dmerrors.maven.diagnostic.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks what the entries of a catalogue mean: valid names and codes, each used once; classes,
 * scopes and levels DM knows, or classes the build declares; names and texts that fit in a Java
 * class file, and messages whose arguments fit in a Java method, so that the generated code always
 * compiles. Every problem of every entry is reported at the field it is about, in one run.
 */
public final class CatalogueValidator {
    /** The most bytes a class file's string constant holds, in modified UTF-8. */
    static final int MAX_CONSTANT_BYTES = 65_535;
    /** The most chars javac takes in a string constant, whatever their bytes: "constant string too long". */
    static final int MAX_CONSTANT_CHARS = 65_534;
    /** The most parameter slots a Java method has (JVMS 4.3.3); a {@code long} takes two. */
    static final int MAX_PARAMETER_SLOTS = 255;

    private final Diagnostics diagnostics;
    private final ValueResolver values;
    private final Map<String, CatalogueEntry> names = new HashMap<>();
    private final Map<Integer, CatalogueEntry> codes = new HashMap<>();

    private CatalogueValidator(Set<ErrorClass> extraClasses, ClassesElsewhere elsewhere, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.values = new ValueResolver(extraClasses, elsewhere, diagnostics);
    }

    /**
     * Checks {@code entries}, the entries read from {@code file}.
     *
     * @param file the catalogue file, as the user named it
     * @param entries the entries, in file order
     * @param extraClasses the classes the build declares beyond {@link ErrorClass#known()}
     * @param diagnostics receives every problem found; its warnings about {@code file} go into the
     *     catalogue
     * @return the catalogue, or empty if {@code diagnostics} holds any error, whether reported by
     *     this check or before it: a catalogue some of whose lines were left out is not one to
     *     generate code from
     */
    public static Optional<Catalogue> validate(
            Path file, List<CatalogueEntry> entries, Set<ErrorClass> extraClasses, Diagnostics diagnostics) {
        return validate(file, entries, extraClasses, ClassesElsewhere.NONE, diagnostics);
    }

    /**
     * Checks {@code entries} as {@link #validate(Path, List, Set, Diagnostics)} does; the report of
     * an unknown class that {@code elsewhere} lists says where it is declared.
     *
     * @param elsewhere the classes other executions declare, which this one does not see
     */
    public static Optional<Catalogue> validate(Path file, List<CatalogueEntry> entries, Set<ErrorClass> extraClasses,
            ClassesElsewhere elsewhere, Diagnostics diagnostics) {
        Objects.requireNonNull(file, "file == null");
        Objects.requireNonNull(entries, "entries == null");
        Objects.requireNonNull(extraClasses, "extraClasses == null");
        Objects.requireNonNull(elsewhere, "elsewhere == null");
        Objects.requireNonNull(diagnostics, "diagnostics == null");
        CatalogueValidator validator = new CatalogueValidator(extraClasses, elsewhere, diagnostics);
        List<ErrorDefinition> errors = new ArrayList<>(entries.size());
        for (CatalogueEntry entry : entries) {
            validator.check(entry).ifPresent(errors::add);
        }
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        List<Diagnostic> warnings = diagnostics.all().stream()
                .filter(diagnostic -> diagnostic.severity() == Severity.WARNING)
                .filter(diagnostic -> diagnostic.location().file().equals(file))
                .collect(Collectors.toList());
        return Optional.of(new Catalogue(file, errors, warnings));
    }

    private Optional<ErrorDefinition> check(CatalogueEntry entry) {
        boolean validName = NameChecker.check(entry.name(), diagnostics) & isFirstName(entry);
        OptionalInt code = CodeReader.read(entry.code(), diagnostics);
        boolean validCode = code.isPresent() && isFirstCode(entry, code.getAsInt());
        Optional<ErrorClass> errorClass = values.errorClass(entry.errorClass());
        Optional<ErrorScope> scope = values.scope(entry.scope());
        Optional<ErrorLevel> level = values.level(entry.level());
        boolean messageFits = fits(entry.message(), "message");
        boolean workaroundFits = fits(entry.workaround(), "workaround");
        Optional<List<FactoryParameter>> parameters =
                messageFits ? factoryParameters(entry.message()) : Optional.empty();
        if (!(validName && validCode && errorClass.isPresent() && scope.isPresent() && level.isPresent()
                && workaroundFits && parameters.isPresent())) {
            return Optional.empty();
        }
        return Optional.of(new ErrorDefinition(
                code.getAsInt(),
                entry.name().value(),
                errorClass.get(),
                scope.get(),
                level.get(),
                entry.message().value(),
                entry.workaround().value(),
                parameters.get(),
                entry.location(),
                new EntryLocations(entry.name().location(), entry.code().location(),
                        entry.errorClass().location(), entry.scope().location(), entry.level().location())));
    }

    /**
     * Derives the factory method's parameters from the message, or reports that the message takes
     * more arguments than a Java method can have parameters: the generated factory would not
     * compile. Go has no such limit, so the template is valid for DM.
     */
    private Optional<List<FactoryParameter>> factoryParameters(Field message) {
        MessageTemplate template = MessageTemplate.parse(message.value());
        int arguments = template.argumentCount();
        // Counted first: deriving the parameters takes time in proportion to arguments times verbs,
        // and an index such as %[1000000]s asks for a million arguments.
        if (arguments > MAX_PARAMETER_SLOTS) {
            diagnostics.error(message.location(), "message takes " + arguments + " arguments, more than the "
                    + MAX_PARAMETER_SLOTS + " parameters a Java method, its factory, can have");
            return Optional.empty();
        }
        List<FactoryParameter> parameters = FactoryParameters.of(template);
        int slots = parameters.stream().mapToInt(p -> p.type() == ParameterType.LONG ? 2 : 1).sum();
        if (slots > MAX_PARAMETER_SLOTS) {
            diagnostics.error(message.location(), "message takes " + arguments + " arguments, too many for a"
                    + " Java method, its factory: a %d argument is a long, which takes two of the "
                    + MAX_PARAMETER_SLOTS + " parameter slots, so it would need " + slots);
            return Optional.empty();
        }
        return Optional.of(parameters);
    }

    private boolean isFirstName(CatalogueEntry entry) {
        String name = entry.name().value();
        CatalogueEntry first = name.isEmpty() ? null : names.putIfAbsent(name, entry);
        if (first == null) {
            return true;
        }
        diagnostics.error(entry.name().location(),
                "duplicate name " + Excerpt.of(name) + " (first used at line " + first.location().line() + ")");
        return false;
    }

    private boolean isFirstCode(CatalogueEntry entry, int code) {
        CatalogueEntry first = codes.putIfAbsent(code, entry);
        if (first == null) {
            return true;
        }
        diagnostics.error(entry.code().location(), "duplicate code " + code + " (first used by "
                + Excerpt.of(first.name().value()) + " at line " + first.location().line() + ")");
        return false;
    }

    private boolean fits(Field text, String noun) {
        long bytes = modifiedUtf8Length(text.value());
        int chars = text.value().length();
        if (bytes <= MAX_CONSTANT_BYTES && chars <= MAX_CONSTANT_CHARS) {
            return true;
        }
        String size = bytes > MAX_CONSTANT_BYTES
                ? bytes + " bytes in modified UTF-8, at most " + MAX_CONSTANT_BYTES
                : chars + " chars, at most " + MAX_CONSTANT_CHARS;
        diagnostics.error(text.location(), noun + " too long for a Java string constant: " + size);
        return false;
    }

    /** Counts bytes as the class file does: NUL takes two, and each half of a surrogate pair three. */
    static long modifiedUtf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c >= 0x01 && c <= 0x7F ? 1 : c <= 0x7FF ? 2 : 3;
        }
        return bytes;
    }
}
