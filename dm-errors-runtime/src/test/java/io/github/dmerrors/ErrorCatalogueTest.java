package io.github.dmerrors;

import static io.github.dmerrors.SampleErrors.BAD_CONN;
import static io.github.dmerrors.SampleErrors.BARE;
import static io.github.dmerrors.SampleErrors.CHECK_TASK;
import static io.github.dmerrors.SampleErrors.QUERY_FAILED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErrorCatalogueTest {
    private static DmError entry(int code, String name) {
        return DmError.of(code, name, ErrorClass.FUNCTIONAL, ErrorScope.INTERNAL, ErrorLevel.HIGH, "", "");
    }

    @Test
    void listsEveryErrorInCatalogueOrder() {
        ErrorCatalogue catalogue = ErrorCatalogue.of(BARE, BAD_CONN, CHECK_TASK, QUERY_FAILED);

        assertThat(catalogue.all()).containsExactly(BARE, BAD_CONN, CHECK_TASK, QUERY_FAILED);
        assertThatThrownBy(() -> catalogue.all().add(BAD_CONN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void doesNotFollowChangesToTheGivenList() {
        List<DmError> errors = new ArrayList<>(List.of(BAD_CONN));
        ErrorCatalogue catalogue = ErrorCatalogue.of(errors);
        errors.add(QUERY_FAILED);

        assertThat(catalogue.all()).containsExactly(BAD_CONN);
    }

    @Test
    void findsByCode() {
        ErrorCatalogue catalogue = ErrorCatalogue.of(BAD_CONN, QUERY_FAILED, CHECK_TASK);

        assertThat(catalogue.byCode(10005)).containsSame(QUERY_FAILED);
        assertThat(catalogue.byCode(20001)).containsSame(CHECK_TASK);
        assertThat(catalogue.byCode(10003)).isEmpty();
        assertThat(catalogue.byCode(0)).isEmpty();
        assertThat(catalogue.byCode(-10002)).isEmpty();
    }

    @Test
    void findsByName() {
        ErrorCatalogue catalogue = ErrorCatalogue.of(BAD_CONN, QUERY_FAILED);

        assertThat(catalogue.byName("ErrDBBadConn")).containsSame(BAD_CONN);
        assertThat(catalogue.byName("errdbbadconn")).isEmpty();
        assertThat(catalogue.byName("ErrUnknown")).isEmpty();
        assertThat(catalogue.byName(null)).isEmpty();
    }

    @Test
    void findsNothingInAnEmptyCatalogue() {
        ErrorCatalogue catalogue = ErrorCatalogue.of(List.of());

        assertThat(catalogue.all()).isEmpty();
        assertThat(catalogue.byCode(10002)).isEmpty();
        assertThat(catalogue.byName("ErrDBBadConn")).isEmpty();
    }

    @Test
    void rejectsADuplicateCodeNamingBothErrors() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ErrorCatalogue.of(
                        entry(10001, "ErrFirst"), entry(7, "ErrOther"), entry(10001, "ErrSecond")))
                .withMessageContainingAll("10001", "ErrFirst", "ErrSecond");
    }

    @Test
    void rejectsADuplicateNameNamingBothCodes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ErrorCatalogue.of(entry(10001, "ErrSame"), entry(10002, "ErrSame")))
                .withMessageContainingAll("ErrSame", "10001", "10002");
    }

    @Test
    void rejectsNullErrors() {
        assertThatNullPointerException().isThrownBy(() -> ErrorCatalogue.of((List<DmError>) null));
        assertThatNullPointerException().isThrownBy(() -> ErrorCatalogue.of(BAD_CONN, null));
    }

    @Test
    void findsEveryCodeOfAHundredThousandClusteredAndSparseCodes() {
        Set<Integer> codes = new LinkedHashSet<>();
        for (int code = 10001; code <= 50000; code++) {
            codes.add(code); // DM's codes: long runs of consecutive numbers
        }
        for (int i = 1; i <= 30000; i++) {
            codes.add(i << 16); // the same low bits throughout
        }
        codes.add(Integer.MAX_VALUE);
        Random random = new Random(20260226);
        while (codes.size() < 100_000) {
            codes.add(1 + random.nextInt(Integer.MAX_VALUE - 1));
        }
        List<DmError> errors = new ArrayList<>(codes.size());
        for (int code : codes) {
            errors.add(entry(code, "Err" + code));
        }

        ErrorCatalogue catalogue = ErrorCatalogue.of(errors);

        assertThat(catalogue.all()).hasSize(100_000).isEqualTo(errors);
        for (DmError error : errors) {
            assertThat(catalogue.byCode(error.code())).containsSame(error);
            assertThat(catalogue.byName(error.name())).containsSame(error);
        }
        for (int absent : Arrays.asList(1, 10000, 50001, 65537, 3 << 16 | 1, Integer.MAX_VALUE - 1)) {
            if (!codes.contains(absent)) {
                assertThat(catalogue.byCode(absent)).as("code %d", absent).isEmpty();
            }
        }
    }
}
