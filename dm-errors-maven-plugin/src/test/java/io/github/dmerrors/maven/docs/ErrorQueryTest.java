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
                .withMessage("give the error to explain: -Ddm-errors.code=10002, -Ddm-errors.name=ErrDBBadConn"
                        + " or -Ddm-errors.text=\"[code=10002:…\"");
        assertThatIllegalArgumentException().isThrownBy(() -> ErrorQuery.of("1", "ErrA"))
                .withMessage("give one of -Ddm-errors.code=10002, -Ddm-errors.name=ErrDBBadConn"
                        + " or -Ddm-errors.text=\"[code=10002:…\", not several");
        assertThatIllegalArgumentException().isThrownBy(() -> ErrorQuery.of(null, "ErrA", "[code=1:"))
                .withMessageEndingWith(", not several");
        assertThat(ErrorQuery.of(null, " ", "[code=10002:class=database:scope=not-set:level=high]"))
                .isEqualTo(new ErrorQuery.ByText("[code=10002:class=database:scope=not-set:level=high]"));
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
