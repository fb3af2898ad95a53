package io.github.dmerrors.maven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.CodeBlock;
import org.junit.jupiter.api.Test;

/** {@link JavaLiterals#string}: JavaPoet's literal, but never cut at a line or paragraph separator. */
class StringLiteralTest {
    @Test
    void writesTextAsJavaPoetDoes() {
        assertThat(JavaLiterals.string("say \"hi\"\\ \t$L\n").toString())
                .isEqualTo(CodeBlock.of("$S", "say \"hi\"\\ \t$L\n").toString());
        assertThat(JavaLiterals.string("").toString()).isEqualTo("\"\"");
    }

    @Test
    void writesLineAndParagraphSeparatorsAsEscapedLiteralsOfTheirOwn() {
        assertThat(JavaLiterals.string("a\u2028b\u2029").toString()).isEqualTo("\"a\" + \"\\u2028\" + \"b\" + \"\\u2029\"");
        assertThat(JavaLiterals.string("\u2029").toString()).isEqualTo("\"\\u2029\"");
    }
}
