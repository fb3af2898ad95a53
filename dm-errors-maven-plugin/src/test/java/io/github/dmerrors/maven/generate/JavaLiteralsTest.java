package io.github.dmerrors.maven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaLiteralsTest {
    @Test
    void escapesFormatCharactersButNotLineBreaksOrText() {
        String source = "String s = \"a\u202Eb\u200B\\\\\u2066c 数据库\";\n";
        assertThat(JavaLiterals.escapeInvisible(source))
                .isEqualTo("String s = \"a\\u202eb\\u200b\\\\\\u2066c 数据库\";\n");
    }

    @Test
    void returnsTheSameStringWhenNothingIsInvisible() {
        String source = "int x = 1;\n";
        assertThat(JavaLiterals.escapeInvisible(source)).isSameAs(source);
    }

    @Test
    void makesAFileNameSafeForALineComment() {
        assertThat(JavaLiterals.forLineComment("C:\\u000a\\errors\n.txt")).isEqualTo("C:/u000a/errors?.txt");
    }
}
