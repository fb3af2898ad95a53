package io.github.dmerrors.internal;

/** A piece of a parsed template: text printed as is, or a directive. */
sealed interface TemplatePart permits Literal, Directive {}
