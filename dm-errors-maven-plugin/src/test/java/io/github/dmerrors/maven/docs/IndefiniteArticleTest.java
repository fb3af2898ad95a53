package io.github.dmerrors.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndefiniteArticleTest {
    @Test
    void takesAnBeforeAVowelSound() {
        assertThat(IndefiniteArticle.before("order")).isEqualTo("an order");
        assertThat(IndefiniteArticle.before("Inventory")).isEqualTo("an Inventory");
        assertThat(IndefiniteArticle.before("ha")).isEqualTo("a ha");
        assertThat(IndefiniteArticle.before("database")).isEqualTo("a database");
    }

    @Test
    void takesABeforeAVowelLetterReadAsAConsonant() {
        assertThat(IndefiniteArticle.before("unit")).isEqualTo("a unit");
        assertThat(IndefiniteArticle.before("user-data")).isEqualTo("a user-data");
        assertThat(IndefiniteArticle.before("undo")).isEqualTo("an undo");
    }

    @Test
    void readsALeadingNumberAloud() {
        assertThat(IndefiniteArticle.before("8bit")).isEqualTo("an 8bit");
        assertThat(IndefiniteArticle.before("11-x")).isEqualTo("an 11-x");
        assertThat(IndefiniteArticle.before("110")).isEqualTo("a 110");
        assertThat(IndefiniteArticle.before("18000")).isEqualTo("an 18000");
        assertThat(IndefiniteArticle.before("1x")).isEqualTo("a 1x");
    }
}
