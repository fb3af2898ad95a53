package io.github.dmerrors.maven.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dmerrors.ErrorClass;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

class RuntimeTypesTest {
    @Test
    void namesRealRuntimeTypes() throws ClassNotFoundException {
        for (var type : RuntimeTypes.all().toList()) {
            Class<?> loaded = Class.forName(type.reflectionName());
            assertThat(Modifier.isPublic(loaded.getModifiers())).as(type.canonicalName()).isTrue();
        }
    }

    @Test
    void namesTheRuntimeConstantOfEveryKnownClass() throws ReflectiveOperationException {
        assertThat(ErrorClass.known()).hasSize(22);
        for (ErrorClass errorClass : ErrorClass.known()) {
            Field field = ErrorClass.class.getField(RuntimeTypes.constantOf(errorClass));
            assertThat(Modifier.isStatic(field.getModifiers())).isTrue();
            assertThat(field.get(null)).isSameAs(errorClass);
        }
    }

    @Test
    void refusesAConstantForAClassOfTheCatalogue() {
        assertThatThrownBy(() -> RuntimeTypes.constantOf(ErrorClass.of("billing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not one of DM's classes: billing");
    }
}
