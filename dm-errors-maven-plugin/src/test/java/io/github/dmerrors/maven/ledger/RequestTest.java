package io.github.dmerrors.maven.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The goals' parameters, checked before any file is read, with the parameter named. */
class RequestTest {
    private static final Path CATALOGUE = Path.of("errors_release.txt");
    private static final Path LEDGER = Path.of("errors.ledger");
    private static final Path REPORT = Path.of("report.json");

    @Test
    void readsDeclaredRenamesIgnoringBlanksAndSpaces() {
        DeclaredRenames renames = DeclaredRenames.parse(List.of(" ErrOld=ErrNew ", "", "ErrA=ErrB"));

        assertThat(renames.declares("ErrOld", "ErrNew")).isTrue();
        assertThat(renames.declares("ErrA", "ErrB")).isTrue();
        assertThat(renames.declares("ErrB", "ErrA")).isFalse();
    }

    @Test
    void rejectsRenamesThatAreNotOneOldNameToOneNewName() {
        assertThatIllegalArgumentException().isThrownBy(() -> DeclaredRenames.parse(List.of("ErrOld")))
                .withMessage("renames: 'ErrOld' is not Old=New, such as ErrOld=ErrNew");
        assertThatIllegalArgumentException().isThrownBy(() -> DeclaredRenames.parse(List.of("A=B=C")))
                .withMessage("renames: 'A=B=C' is not Old=New, such as ErrOld=ErrNew");
        assertThatIllegalArgumentException().isThrownBy(() -> DeclaredRenames.parse(List.of("Err A=ErrB")))
                .withMessage("renames: 'Err A=ErrB' is not Old=New, such as ErrOld=ErrNew");
        assertThatIllegalArgumentException().isThrownBy(() -> DeclaredRenames.parse(List.of("ErrA=ErrA")))
                .withMessage("renames: 'ErrA=ErrA' renames a name to itself");
        assertThatIllegalArgumentException().isThrownBy(() -> DeclaredRenames.parse(List.of("ErrA=ErrB", "ErrA=ErrC")))
                .withMessage("renames: ErrA is renamed twice, to ErrB and to ErrC");
        assertThatIllegalArgumentException().isThrownBy(() -> DeclaredRenames.parse(List.of("ErrA=ErrC", "ErrB=ErrC")))
                .withMessage("renames: ErrC is the new name of both ErrA and ErrB");
    }

    @Test
    void rejectsRefsThatGitWouldReadAsOptions() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> check(Optional.of("--output=/tmp/x"), List.of()))
                .withMessage("baseRef: '--output=/tmp/x' is not a git revision");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> check(Optional.empty(), List.of("origin/main", "origin/release 6.5")))
                .withMessage("baseRefs: 'origin/release 6.5' is not a git revision");
    }

    @Test
    void treatsBlankRefsAsAbsent() {
        CheckRequest request = check(Optional.of(" "), List.of("", " origin/main ", "origin/main"));

        assertThat(request.baseRef()).isEmpty();
        assertThat(request.baseRefs()).containsExactly("origin/main");
    }

    @Test
    void rejectsInvalidExtraClassesAsGenerateDoes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RecordRequest(CATALOGUE, LEDGER, List.of(), List.of("my class"), false))
                .withMessageStartingWith("extraClasses: 'my class' is not a valid error class name");
    }

    private static CheckRequest check(Optional<String> baseRef, List<String> baseRefs) {
        return new CheckRequest(CATALOGUE, LEDGER, List.of(), baseRef, baseRefs, List.of(), REPORT);
    }
}
