package io.github.dmerrors.maven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.CodeBlock;
import io.github.dmerrors.maven.model.ParameterType;
import org.junit.jupiter.api.Test;

class ErrorMembersTest {
    @Test
    void writesEachParameterTypeAsItsJavaNameSpellsIt() {
        for (ParameterType type : ParameterType.values()) {
            String written = CodeBlock.of("$T", ErrorMembers.typeOf(type)).toString();

            assertThat(written.replace("java.lang.", "")).as(type.name()).isEqualTo(type.javaName());
        }
    }
}
