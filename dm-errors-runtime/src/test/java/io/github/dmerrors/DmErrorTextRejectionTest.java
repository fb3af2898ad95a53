package io.github.dmerrors;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What is not DM's text is rejected with what was expected and where. */
class DmErrorTextRejectionTest {
    private static final String BRACKET = "[code=10002:class=database:scope=upstream:level=medium]";
    private static final String SCOPES = "; valid scopes are not-set, upstream, downstream, internal";

    static Stream<Arguments> notDmText() {
        return Stream.of(
                Arguments.of("", "expected '[code=' at offset 0"),
                Arguments.of("connection refused", "expected '[code=' at offset 0"),
                Arguments.of(" " + BRACKET, "expected '[code=' at offset 0"),
                Arguments.of("error: " + BRACKET, "expected '[code=' at offset 0"),
                Arguments.of("java.lang.IllegalStateException: boom", "expected '[code=' at offset 33"),
                Arguments.of("[code=abc:class=database:scope=upstream:level=medium]",
                        "invalid code 'abc' at offset 6; expected a positive decimal int without leading zeros"),
                Arguments.of("[code=:class=database:scope=upstream:level=medium]",
                        "invalid code '' at offset 6; expected a positive decimal int without leading zeros"),
                Arguments.of("[code=0:class=database:scope=upstream:level=medium]",
                        "invalid code '0' at offset 6; expected a positive decimal int without leading zeros"),
                Arguments.of("[code=010002:class=database:scope=upstream:level=medium]",
                        "invalid code '010002' at offset 6; expected a positive decimal int without leading zeros"),
                Arguments.of("[code=-5:class=database:scope=upstream:level=medium]",
                        "invalid code '-5' at offset 6; expected a positive decimal int without leading zeros"),
                Arguments.of("[code=+5:class=database:scope=upstream:level=medium]",
                        "invalid code '+5' at offset 6; expected a positive decimal int without leading zeros"),
                Arguments.of("[code=2147483648:class=database:scope=upstream:level=medium]",
                        "invalid code '2147483648' at offset 6; expected a positive decimal int without leading zeros"),
                Arguments.of("[code=" + "1".repeat(60) + ":class=database:scope=upstream:level=medium]",
                        "invalid code '" + "1".repeat(40) + "…' at offset 6;"
                                + " expected a positive decimal int without leading zeros"),
                Arguments.of("[code=10002;class=database:scope=upstream:level=medium]",
                        "invalid code '10002;class=database' at offset 6;"
                                + " expected a positive decimal int without leading zeros"),
                Arguments.of("[code=10002:klass=database:scope=upstream:level=medium]",
                        "expected ':class=' at offset 11"),
                Arguments.of("[code=10002:class=-db:scope=upstream:level=medium]",
                        "invalid class '-db' at offset 18; a class name is ASCII letters, digits, '-', '_' or '.',"
                                + " starting with a letter or digit"),
                Arguments.of("[code=10002:class=:scope=upstream:level=medium]",
                        "invalid class '' at offset 18; a class name is ASCII letters, digits, '-', '_' or '.',"
                                + " starting with a letter or digit"),
                Arguments.of("[code=10002:class=data base:scope=upstream:level=medium]",
                        "expected ':scope=' at offset 22"),
                Arguments.of("[code=10002:class=database:scope=upstreem:level=medium]",
                        "unknown scope 'upstreem' at offset 33" + SCOPES),
                Arguments.of("[code=123:class=database:scope=upstreem:level=low]",
                        "unknown scope 'upstreem' at offset 31" + SCOPES),
                Arguments.of("[code=10002:class=database:scope=Upstream:level=medium]",
                        "unknown scope 'Upstream' at offset 33" + SCOPES),
                Arguments.of("[code=10002:class=database:scope=upstream:level=critical]",
                        "unknown level 'critical' at offset 48; valid levels are low, medium, high"),
                Arguments.of("[code=10002:class=database:scope=upstream:level=\nmedium]",
                        "unknown level '' at offset 48; valid levels are low, medium, high"),
                Arguments.of("[code=10002:class=database:scope=upstream]", "expected ':level=' at offset 41"),
                Arguments.of("[code=10002:class=database:scope=upstream:level=medium", "expected ']' at offset 54"),
                Arguments.of("[code=10002:class=database:scope=upstream:level=medium:x]", "expected ']' at offset 54"),
                Arguments.of(BRACKET + " Message: bad connection",
                        "expected ', Message: ', ', RawCause: ', ', Workaround: ' or the end of the text at offset 55"),
                Arguments.of(BRACKET + ",Message: bad connection",
                        "expected ', Message: ', ', RawCause: ', ', Workaround: ' or the end of the text at offset 55"),
                Arguments.of(BRACKET + ", message: bad connection",
                        "expected ', Message: ', ', RawCause: ', ', Workaround: ' or the end of the text at offset 55"),
                Arguments.of(BRACKET + "\n",
                        "expected ', Message: ', ', RawCause: ', ', Workaround: ' or the end of the text at offset 55"),
                Arguments.of(BRACKET + ", Message: ", "expected a message after ', Message: ' at offset 66"),
                Arguments.of(BRACKET + ", Workaround: ", "expected a workaround after ', Workaround: ' at offset 69"),
                Arguments.of("io.github.dmerrors.DmException: [code=10002:class=database:scope=upstreem:level=medium]",
                        "unknown scope 'upstreem' at offset 65" + SCOPES),
                Arguments.of("java.lang.RuntimeException: java.io.IOException: boom " + BRACKET,
                        "expected '[code=' at offset 49"));
    }

    @ParameterizedTest
    @MethodSource("notDmText")
    void rejectsWithWhatWasExpectedAndWhere(String text, String reason) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DmErrorText.parse(text))
                .withMessage("not DM error text: " + reason);
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> DmErrorText.parse(null));
        assertThatNullPointerException().isThrownBy(() -> DmErrorText.find(null));
    }
}
