package io.github.dmerrors.maven.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.DmError;
import io.github.dmerrors.DmException;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.ErrorDefinition;
import io.github.dmerrors.maven.model.FactoryParameter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Checks of generated catalogue classes that the hostile-input tests share. */
public final class GeneratedCatalogues {
    private GeneratedCatalogues() {}

    /** The Java sources under {@code root}, by relative path with {@code /}, sorted. */
    public static Map<String, String> sources(Path root) {
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                sources.put(root.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    /**
     * A reviewer reads generated code in an editor: no character may hide there or reorder what is
     * around it ("Trojan Source"). Checked by Unicode category, independently of the generator; a
     * tab is visible enough.
     */
    public static void assertNothingInvisible(String source) {
        List<String> hidden = source.codePoints()
                .filter(c -> c != '\n' && c != '\t')
                .filter(c -> switch (Character.getType(c)) {
                    case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                            Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> true;
                    default -> false;
                })
                .mapToObj(c -> String.format("U+%04X", c))
                .toList();
        assertThat(hidden).as("invisible characters in generated code").isEmpty();
    }

    /**
     * Checks a compiled catalogue class against its catalogue: every constant holds its entry's
     * values exactly, {@code byCode}, {@code byName} and {@code all} find them, and each factory
     * formats its arguments exactly as the constant's {@code generate} does.
     */
    public static void assertGivesBackEveryValue(Class<?> catalogueClass, Catalogue catalogue) throws Exception {
        Method byCode = catalogueClass.getMethod("byCode", int.class);
        Method byName = catalogueClass.getMethod("byName", String.class);
        List<DmError> constants = new ArrayList<>();
        for (ErrorDefinition error : catalogue.errors()) {
            DmError constant = (DmError) accessible(catalogueClass.getField(error.name())).get(null);
            assertThat(List.of(constant.code(), constant.name(), constant.errorClass(), constant.scope(),
                            constant.level(), constant.message(), constant.workaround()))
                    .as(error.name())
                    .containsExactly(error.code(), error.name(), error.errorClass(), error.scope(), error.level(),
                            error.message(), error.workaround());
            assertThat(byCode.invoke(null, error.code())).isEqualTo(Optional.of(constant));
            assertThat(byName.invoke(null, error.name())).isEqualTo(Optional.of(constant));
            if (!error.parameters().isEmpty()) {
                assertFactoryFormatsLikeGenerate(catalogueClass, error, constant);
            }
            constants.add(constant);
        }
        assertThat(catalogueClass.getMethod("all").invoke(null)).isEqualTo(constants);
    }

    /**
     * A split catalogue declares its members in package-private parts. Code outside the package
     * reaches them through the public class, but reflection checks the declaring class.
     */
    private static <T extends AccessibleObject> T accessible(T member) {
        member.setAccessible(true);
        return member;
    }

    private static void assertFactoryFormatsLikeGenerate(Class<?> catalogueClass, ErrorDefinition error,
            DmError constant) throws Exception {
        List<FactoryParameter> parameters = error.parameters();
        Class<?>[] types = new Class<?>[parameters.size()];
        Object[] arguments = new Object[parameters.size()];
        for (int i = 0; i < parameters.size(); i++) {
            switch (parameters.get(i).type()) {
                case OBJECT -> {
                    types[i] = Object.class;
                    arguments[i] = "a" + i;
                }
                case LONG -> {
                    types[i] = long.class;
                    arguments[i] = -7L * i;
                }
                case INT -> {
                    types[i] = int.class;
                    arguments[i] = i % 5;
                }
                case BYTES -> {
                    types[i] = byte[].class;
                    arguments[i] = new byte[] {(byte) i, (byte) 0xFF};
                }
            }
        }
        DmException made = (DmException) accessible(catalogueClass.getMethod("new" + error.name(), types))
                .invoke(null, arguments);
        assertThat(made.getMessage()).as(error.name()).isEqualTo(constant.generate(arguments).getMessage());
    }
}
