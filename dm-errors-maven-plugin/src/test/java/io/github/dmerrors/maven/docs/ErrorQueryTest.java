package io.github.dmerrors.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorQueryTest {
    @Test
    void readsACodeAsDmPrintsIt() {
        assertThat(ErrorQuery.of(" 10002 ", null)).isEqualTo(new ErrorQuery.ByCode(10002));
    }

    @Test
    void readsACodeAsErrorsTomlKeysIt() {
        assertThat(ErrorQuery.of("DM-sync-unit-36001", "")).isEqualTo(new ErrorQuery.ByCode(36001, Optional.of("sync-unit")));
    }

    @Test
    void readsAName() {
        assertThat(ErrorQuery.of(null, " ErrDBBadConn ")).isEqualTo(new ErrorQuery.ByName("ErrDBBadConn"));
    }

    @Test
    void rejectsNeitherAndBoth() {
        assertThatIllegalArgumentException().isThrownBy(() -> ErrorQuery.of(" ", null))
                .withMessage("give the error to explain: -Ddm-errors.code=10002 or -Ddm-errors.name=ErrDBBadConn");
        assertThatIllegalArgumentException().isThrownBy(() -> ErrorQuery.of("1", "ErrA"))
                .withMessage("give either -Ddm-errors.code=10002 or -Ddm-errors.name=ErrDBBadConn, not both");
    }

    @Test
    void rejectsWhatIsNoCode() {
        for (String code : new String[] {"abc", "-1", "0", "2147483648", "DM-10002x", "1e3"}) {
            assertThatIllegalArgumentException().as(code).isThrownBy(() -> ErrorQuery.of(code, null))
                    .withMessage("code: '" + code + "' is not an error code;"
                            + " give a number from 1 to 2147483647, such as 10002 or DM-database-10002");
        }
    }
}
