package io.github.dmerrors.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Markdown file of the project's docs, read as GitHub renders it as far as the checks need:
 * fenced code blocks with their language, the prose around them, the links in the prose, and the
 * anchors a link may point at (headings, as GitHub names them, and {@code <a id>} tags).
 *
 * @param path the file
 * @param blocks the fenced code blocks, in order
 * @param prose the text outside code blocks, one paragraph an item, its lines joined by spaces
 * @param anchors every anchor of the file
 */
record MarkdownFile(Path path, List<CodeBlock> blocks, List<String> prose, Set<String> anchors) {
    private static final Pattern FENCE = Pattern.compile("^\\s*```\\s*([\\w-]*)\\s*$");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
    /** A code span: a run of backticks, then anything up to the same run (CommonMark 6.1). */
    private static final Pattern CODE_SPAN = Pattern.compile("(?<!`)(`+)(?!`)(.+?)(?<!`)\\1(?!`)");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

    /**
     * A fenced code block.
     *
     * @param language what follows the opening fence, such as {@code sh}; empty if nothing
     * @param lines its lines, without the fences
     * @param line the line number of its opening fence, from 1
     */
    record CodeBlock(String language, List<String> lines, int line) {}

    MarkdownFile {
        blocks = List.copyOf(blocks);
        prose = List.copyOf(prose);
        anchors = Set.copyOf(anchors);
    }

    static MarkdownFile read(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CodeBlock> blocks = new ArrayList<>();
        List<String> prose = new ArrayList<>();
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> slugs = new HashMap<>();
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Matcher fence = FENCE.matcher(lines.get(i));
            if (fence.matches()) {
                int start = i;
                List<String> content = new ArrayList<>();
                for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                    content.add(lines.get(i));
                }
                blocks.add(new CodeBlock(fence.group(1), content, start + 1));
                endParagraph(paragraph, prose);
                continue;
            }
            String line = lines.get(i);
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                anchors.add(uniqueSlug(heading.group(1), slugs));
            }
            Matcher html = HTML_ANCHOR.matcher(line);
            while (html.find()) {
                anchors.add(html.group(1));
            }
            if (line.isBlank()) {
                endParagraph(paragraph, prose);
            } else {
                paragraph.append(line.strip()).append(' ');
            }
        }
        endParagraph(paragraph, prose);
        return new MarkdownFile(path, blocks, prose, anchors);
    }

    /** The targets of the links in the prose, such as {@code docs/runtime.md#stack-traces}. */
    List<String> linkTargets() {
        List<String> targets = new ArrayList<>();
        for (String paragraph : prose) {
            Matcher link = LINK.matcher(withoutCodeSpans(paragraph));
            while (link.find()) {
                targets.add(link.group(1));
            }
        }
        return targets;
    }

    /** The contents of the code spans in the prose, such as {@code mvn dm-errors:record}. */
    List<String> codeSpans() {
        List<String> spans = new ArrayList<>();
        for (String paragraph : prose) {
            Matcher span = CODE_SPAN.matcher(paragraph);
            while (span.find()) {
                spans.add(span.group(2).strip());
            }
        }
        return spans;
    }

    private static String withoutCodeSpans(String text) {
        return CODE_SPAN.matcher(text).replaceAll("");
    }

    private static void endParagraph(StringBuilder paragraph, List<String> prose) {
        if (!paragraph.isEmpty()) {
            prose.add(paragraph.toString().strip());
            paragraph.setLength(0);
        }
    }

    /**
     * GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens, and
     * {@code -1}, {@code -2}, … for a repeated one.
     */
    private static String uniqueSlug(String heading, Map<String, Integer> slugs) {
        String text = heading.replaceAll("<[^>]+>", "").toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        });
        int seen = slugs.merge(slug.toString(), 1, Integer::sum);
        return seen == 1 ? slug.toString() : slug + "-" + (seen - 1);
    }
}
