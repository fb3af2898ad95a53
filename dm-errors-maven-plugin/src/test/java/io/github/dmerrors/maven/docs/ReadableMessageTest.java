package io.github.dmerrors.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.maven.docs.ReadableMessage.Placeholder;
import io.github.dmerrors.maven.docs.ReadableMessage.Text;
import org.junit.jupiter.api.Test;

class ReadableMessageTest {
    @Test
    void replacesEachDirectiveByTheArgumentItPrints() {
        assertThat(ReadableMessage.of("checking item %s is not supported\n%s").parts()).containsExactly(
                new Text("checking item "), new Placeholder("arg1"), new Text(" is not supported\n"),
                new Placeholder("arg2"));
    }

    @Test
    void namesExplicitIndexesAndStarWidthsAsTheFactoryDoes() {
        assertThat(ReadableMessage.of("%[2]s before %[1]s, then %*d").parts()).containsExactly(
                new Placeholder("arg2"), new Text(" before "), new Placeholder("arg1"), new Text(", then "),
                new Placeholder("arg3"));
    }

    @Test
    void readsDoublePercentAsThePercentItPrints() {
        assertThat(ReadableMessage.of("100%% of %d%%").parts()).containsExactly(
                new Text("100% of "), new Placeholder("arg1"), new Text("%"));
    }

    @Test
    void keepsDirectivesThatCanNeverPrintAnArgumentAndATrailingPercent() {
        assertThat(ReadableMessage.of("bad %[0]d and 5%").parts()).containsExactly(new Text("bad %[0]d and 5%"));
    }

    @Test
    void hasNoPartsForAnEmptyMessage() {
        assertThat(ReadableMessage.of("").parts()).isEmpty();
    }
}
