package io.github.dmerrors.maven.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void countsInsertionsDeletionsSubstitutionsAndSwaps() {
        assertThat(EditDistance.between("databse", "database")).isEqualTo(1);
        assertThat(EditDistance.between("databasex", "database")).isEqualTo(1);
        assertThat(EditDistance.between("dotabase", "database")).isEqualTo(1);
        assertThat(EditDistance.between("hihg", "high")).isEqualTo(1);
        assertThat(EditDistance.between("", "ha")).isEqualTo(2);
        assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void ignoresCase() {
        assertThat(EditDistance.between("HIGH", "high")).isZero();
    }

    @Test
    void suggestsNearestCandidateOnlyWhenItLooksLikeATypo() {
        List<String> scopes = List.of("not-set", "upstream", "downstream", "internal");

        assertThat(EditDistance.nearest("upstrem", scopes)).contains("upstream");
        assertThat(EditDistance.nearest("dwnstram", scopes)).contains("downstream");
        assertThat(EditDistance.nearest("remote", scopes)).isEmpty();
        assertThat(EditDistance.nearest("storage", List.of("database", "ha"))).isEmpty();
    }

    @Test
    void prefersTheFirstOfEquallyNearCandidates() {
        assertThat(EditDistance.nearest("lo", List.of("low", "log"))).contains("low");
    }
}
