package io.github.dmerrors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexedCatalogueTest {
    private static final DmError FIRST = entry(10001, "ErrFirst");
    private static final DmError SECOND = entry(10002, "ErrSecond");
    private static final DmError THIRD = entry(11001, "ErrThird");

    private static DmError entry(int code, String name) {
        return DmError.of(code, name, ErrorClass.FUNCTIONAL, ErrorScope.INTERNAL, ErrorLevel.HIGH, "", "");
    }

    @Test
    void keepsItsTableWhateverHappensToTheArraysGivenOrReturned() {
        IndexedCatalogue built = IndexedCatalogue.of(List.of(FIRST, SECOND, THIRD));
        int[] codes = built.codes();
        DmError[] errors = built.errors();
        IndexedCatalogue copy = new IndexedCatalogue(built.all(), codes, errors, built.shift(), built.names());

        Arrays.fill(codes, 0);
        Arrays.fill(errors, null);
        built.codes()[0] = 42;

        assertThat(copy.byCode(10002)).containsSame(SECOND);
        assertThat(built.byCode(11001)).containsSame(THIRD);
        assertThat(built.codes()).doesNotContain(42);
    }

    @Test
    void rejectsATableWithAnErrorWhereNoLookupFindsIt() {
        IndexedCatalogue built = IndexedCatalogue.of(List.of(FIRST, SECOND, THIRD));
        int[] codes = built.codes();
        DmError[] errors = built.errors();
        int from = indexOf(errors, SECOND);
        int to = indexOf(errors, null);
        codes[to] = codes[from];
        errors[to] = errors[from];
        codes[from] = 0;
        errors[from] = null;

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new IndexedCatalogue(built.all(), codes, errors, built.shift(), built.names()))
                .withMessage("ErrSecond is not where a lookup looks for it");
    }

    @Test
    void rejectsATableWhoseSlotsDisagree() {
        IndexedCatalogue built = IndexedCatalogue.of(List.of(FIRST, SECOND));
        int[] codes = built.codes();
        codes[indexOf(built.errors(), FIRST)] = 10003;
        Map<String, DmError> names = new HashMap<>(built.names());
        names.remove("ErrFirst");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new IndexedCatalogue(built.all(), codes, built.errors(), built.shift(), built.names()))
                .withMessageStartingWith("slot ");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new IndexedCatalogue(built.all(), built.codes(), built.errors(), built.shift(), names))
                .withMessage("not a table of 2 errors");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new IndexedCatalogue(
                        built.all(), built.codes(), built.errors(), built.shift() + 1, built.names()))
                .withMessage("not a table of 2 errors");
    }

    @Test
    void equalsACatalogueOfTheSameErrorsInTheSameOrder() {
        IndexedCatalogue catalogue = IndexedCatalogue.of(List.of(FIRST, SECOND));

        assertThat(catalogue).isEqualTo(IndexedCatalogue.of(List.of(FIRST, SECOND)))
                .hasSameHashCodeAs(IndexedCatalogue.of(List.of(FIRST, SECOND)))
                .isNotEqualTo(IndexedCatalogue.of(List.of(SECOND, FIRST)))
                .hasToString("ErrorCatalogue[2 errors]");
    }

    private static int indexOf(DmError[] errors, DmError wanted) {
        for (int i = 0; i < errors.length; i++) {
            if (errors[i] == wanted) {
                return i;
            }
        }
        throw new AssertionError("no slot holds " + wanted);
    }
}
