package io.github.dmerrors.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.DmError;
import io.github.dmerrors.DmErrorText;
import io.github.dmerrors.DmException;
import io.github.dmerrors.MessageTemplate;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated DmErrors against every one of the 527 lines of DM's real catalogue. */
class DmErrorsCatalogueTest {
    private static final Path CATALOGUE = Path.of(System.getProperty("dm.catalogue"));

    private static List<String> lines() throws IOException {
        return Files.readAllLines(CATALOGUE, StandardCharsets.UTF_8);
    }

    @Test
    void holdsEveryEntryInCatalogueOrder() throws IOException {
        List<String> lines = lines();
        assertThat(lines).hasSize(527);
        assertThat(DmErrors.all()).hasSize(527);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).startsWith(DmErrors.all().get(i).name() + ",[code=");
        }
    }

    /** Writes each constant back as DM's own generator writes a line, and compares with the file. */
    @Test
    void everyConstantWritesBackItsCatalogueLineByteForByte() throws IOException {
        List<String> lines = lines();
        for (int i = 0; i < lines.size(); i++) {
            assertThat(asCatalogueLine(DmErrors.all().get(i))).isEqualTo(lines.get(i));
        }
    }

    private static String asCatalogueLine(DmError error) {
        String line = error.name() + ",[code=" + error.code() + ":class=" + error.errorClass()
                + ":scope=" + error.scope() + ":level=" + error.level() + "]";
        if (error.message().isEmpty() && error.workaround().isEmpty()) {
            return line;
        }
        StringBuilder text = new StringBuilder();
        if (!error.message().isEmpty()) {
            text.append("Message: ").append(error.message());
        }
        if (!error.workaround().isEmpty()) {
            text.append(text.length() > 0 ? ", " : "").append("Workaround: ").append(error.workaround());
        }
        return line + ", \"" + text.toString().replace("\n", "\\n") + "\"";
    }

    @Test
    void looksEveryEntryUpByCodeAndByName() {
        Set<Integer> codes = new HashSet<>();
        for (DmError error : DmErrors.all()) {
            assertThat(codes.add(error.code())).as("unique code %s", error.code()).isTrue();
            assertThat(DmErrors.byCode(error.code())).containsSame(error);
            assertThat(DmErrors.byName(error.name())).containsSame(error);
            assertThat(DmErrors.catalogue().byCode(error.code())).containsSame(error);
        }
        assertThat(DmErrors.byCode(99999)).isEmpty();
        assertThat(DmErrors.byName("ErrNoSuchError")).isEmpty();
    }

    @Test
    void hasAConstantNamedAsEachEntry() throws ReflectiveOperationException {
        int constants = 0;
        for (Field field : DmErrors.class.getFields()) {
            if (field.getType() == DmError.class) {
                assertThat(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())).isTrue();
                assertThat(DmErrors.byName(field.getName())).containsSame((DmError) field.get(null));
                constants++;
            }
        }
        assertThat(constants).isEqualTo(527);
    }

    @Test
    void hasATypedFactoryForEachEntryThatTakesArguments() throws ReflectiveOperationException {
        int factories = 0;
        for (DmError error : DmErrors.all()) {
            List<Method> named = factoriesOf(error);
            if (error.template().argumentCount() == 0) {
                assertThat(named).as(error.name()).isEmpty();
                continue;
            }
            assertThat(named).as(error.name()).hasSize(1);
            Method factory = named.get(0);
            assertThat(factory.getParameterCount()).isEqualTo(error.template().argumentCount());
            DmException created = (DmException) factory.invoke(null, sampleArguments(factory));
            assertThat(created.error()).isSameAs(error);
            factories++;
        }
        // grep -cE '%[-+# 0-9.]*[a-zA-Z]' errors_release.txt
        assertThat(factories).isEqualTo(338);
    }

    /** With arguments of the types its verbs ask for, no message prints a Go formatting error. */
    @Test
    void formatsEveryMessageWithoutAGoFormattingError() throws ReflectiveOperationException {
        for (DmError error : DmErrors.all()) {
            DmException created = error.generate();
            if (error.template().argumentCount() > 0) {
                Method factory = factoriesOf(error).get(0);
                created = (DmException) factory.invoke(null, sampleArguments(factory));
            }
            assertThat(created.formattedMessage()).as(error.name()).doesNotContain("%!");
        }
    }

    /** DmErrorText reads back what every entry prints, with a plain and with a DM cause. */
    @Test
    void everyMessageReadsBackWithDmErrorText() {
        for (DmError error : DmErrors.all()) {
            Object[] arguments = new Object[error.template().argumentCount()];
            Arrays.fill(arguments, "x");
            for (DmException created : List.of(
                    error.generate(arguments),
                    error.delegate(new IOException("connection reset by peer"), arguments),
                    error.delegate(DmErrors.ErrDBDriverError.generate(), arguments))) {
                DmErrorText text = DmErrorText.parse(created.getMessage());
                assertThat(text.toString()).isEqualTo(created.getMessage());
                assertThat(text.code()).isEqualTo(error.code());
                assertThat(text.errorClass()).isEqualTo(error.errorClass());
                assertThat(text.scope()).isEqualTo(error.scope());
                assertThat(text.level()).isEqualTo(error.level());
                assertThat(text.message()).isEqualTo(created.formattedMessage());
                assertThat(text.workaround()).isEqualTo(error.workaround());
            }
        }
    }

    @Test
    void templatesOfTheCatalogueUseOnlyTheVerbsDmUses() {
        Set<Character> verbs = new HashSet<>();
        for (DmError error : DmErrors.all()) {
            for (MessageTemplate.Verb verb : error.template().verbs()) {
                verbs.add(verb.conversion());
            }
        }
        assertThat(verbs).containsExactlyInAnyOrder('s', 'v', 'd', 'X', 'T');
    }

    private static List<Method> factoriesOf(DmError error) {
        return Arrays.stream(DmErrors.class.getMethods())
                .filter(method -> method.getName().equals("new" + error.name()))
                .toList();
    }

    private static Object[] sampleArguments(Method factory) {
        return Arrays.stream(factory.getParameterTypes())
                .map(type -> type == long.class ? (Object) 42L
                        : type == int.class ? (Object) 3
                        : type == byte[].class ? (Object) new byte[] {0x0a, (byte) 0xff}
                        : "value")
                .toArray();
    }
}
