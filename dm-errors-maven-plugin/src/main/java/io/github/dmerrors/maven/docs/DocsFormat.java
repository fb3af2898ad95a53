package io.github.dmerrors.maven.docs;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** A format of the error reference, and the file it is written to. */
public enum DocsFormat {
    /** {@code errors.md}: the reference a person reads, one table per error class. */
    MARKDOWN("markdown", "errors.md", MarkdownRenderer::render, MarkdownRenderer::wrote),
    /** {@code errors.toml}: the file DM's tooling writes for TiDB's documentation, byte for byte. */
    TOML("toml", "errors.toml", TomlRenderer::render, TomlRenderer::wrote),
    /** {@code errors.json}: every field of every entry, for other tools. */
    JSON("json", "errors.json", JsonRenderer::render, JsonRenderer::wrote);

    private final String id;
    private final String fileName;
    private final Function<ErrorReference, String> renderer;
    private final Predicate<String> wrote;

    DocsFormat(String id, String fileName, Function<ErrorReference, String> renderer, Predicate<String> wrote) {
        this.id = id;
        this.fileName = fileName;
        this.renderer = renderer;
        this.wrote = wrote;
    }

    /**
     * Reads the formats a user listed, such as {@code markdown,toml}: case and surrounding blanks
     * do not matter, and a format listed twice is written once.
     *
     * @param names the formats' names, each possibly itself a comma-separated list
     * @return the formats, in the order first listed
     * @throws IllegalArgumentException if a name is not a format, or none is given
     */
    public static List<DocsFormat> parse(List<String> names) {
        Set<DocsFormat> formats = new LinkedHashSet<>();
        for (String name : names) {
            for (String part : name.split(",", -1)) {
                String id = part.strip().toLowerCase(Locale.ROOT);
                if (!id.isEmpty()) {
                    formats.add(of(id));
                }
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("docsFormats lists no format; valid formats are " + valid());
        }
        return List.copyOf(formats);
    }

    private static DocsFormat of(String id) {
        for (DocsFormat format : values()) {
            if (format.id.equals(id)) {
                return format;
            }
        }
        // "md" is what people type for Markdown; naming the right value beats a bare rejection.
        String hint = id.equals("md") ? " (did you mean 'markdown'?)" : "";
        throw new IllegalArgumentException(
                "docsFormats: unknown format '" + id + "'" + hint + "; valid formats are " + valid());
    }

    private static String valid() {
        return Arrays.stream(values()).map(DocsFormat::id).collect(Collectors.joining(", "));
    }

    /**
     * Returns the format's name as users write it.
     *
     * @return {@code markdown}, {@code toml} or {@code json}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the name of the file this format is written to.
     *
     * @return {@code errors.md}, {@code errors.toml} or {@code errors.json}
     */
    public String fileName() {
        return fileName;
    }

    /** Renders {@code reference} in this format: the whole file. */
    String render(ErrorReference reference) {
        return renderer.apply(reference);
    }

    /**
     * Tells whether {@code content} is a file this format's renderer wrote, whatever catalogue it
     * was rendered from: the writer replaces such a file when the records of it are gone.
     */
    boolean wrote(String content) {
        return wrote.test(content);
    }
}
