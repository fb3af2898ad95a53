package io.github.dmerrors.maven.guide;

import io.github.dmerrors.ErrorLevel;
import io.github.dmerrors.ErrorScope;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.Excerpt;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the list of a {@code ## Levels} or {@code ## Scopes} section: one item a value,
 * {@code - high: what it means} (the value may be in backticks), a line that is no item
 * continuing the item before it.
 */
final class MeaningList {
    private static final Pattern ITEM = Pattern.compile("^([-*+][ \\t]+)(`?)([^`:\\s]*)\\2[ \\t]*:[ \\t]*(.*)$");

    private MeaningList() {}

    static Map<ErrorLevel, GuideText> levels(GuideSection section, Diagnostics diagnostics) {
        return read(section, diagnostics, ErrorLevel.class, ErrorLevel.values(), ErrorLevel::toString, "level");
    }

    static Map<ErrorScope, GuideText> scopes(GuideSection section, Diagnostics diagnostics) {
        return read(section, diagnostics, ErrorScope.class, ErrorScope.values(), ErrorScope::toString, "scope");
    }

    private static <E extends Enum<E>> Map<E, GuideText> read(GuideSection section, Diagnostics diagnostics,
            Class<E> type, E[] values, Function<E, String> spelling, String noun) {
        Map<E, List<GuideSection.Line>> items = new EnumMap<>(type);
        Map<E, SourceLocation> first = new EnumMap<>(type);
        String valid = Arrays.stream(values).map(spelling).collect(Collectors.joining(", "));
        List<GuideSection.Line> current = null;
        for (GuideSection.Line line : section.body()) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            int indent = line.text().indexOf(text);
            Matcher item = ITEM.matcher(text);
            if (item.matches()) {
                SourceLocation at = line.location().atColumn(indent + item.start(3) + 1);
                E value = Arrays.stream(values).filter(v -> spelling.apply(v).equals(item.group(3)))
                        .findFirst().orElse(null);
                current = null;
                if (value == null) {
                    diagnostics.error(at, "unknown " + noun + " '" + Excerpt.of(item.group(3)) + "'; valid "
                            + noun + "s are " + valid);
                } else if (first.putIfAbsent(value, at) != null) {
                    diagnostics.error(at, "duplicate " + noun + " '" + item.group(3) + "' (first at line "
                            + first.get(value).line() + ")");
                } else {
                    current = new ArrayList<>();
                    current.add(new GuideSection.Line(item.group(4), at));
                    items.put(value, current);
                }
            } else if (current != null && !Paragraphs.LIST_ITEM.matcher(text).find()) {
                current.add(line);
            } else {
                diagnostics.error(line.location().atColumn(indent + 1),
                        "expected '- <" + noun + ">: what it means', such as '- " + spelling.apply(values[0])
                                + ": …'");
            }
        }
        Map<E, GuideText> meanings = new EnumMap<>(type);
        items.forEach((value, lines) -> {
            long length = Paragraphs.length(lines);
            if (length > GuideValidator.MAX_TEXT) {
                diagnostics.error(first.get(value), "the meaning of " + noun + " '" + spelling.apply(value)
                        + "' has " + length + " chars; at most " + GuideValidator.MAX_TEXT + " are allowed");
                return;
            }
            // The item's lines are one paragraph, whatever their markers.
            String joined = lines.stream().map(line -> line.text().strip()).filter(text -> !text.isEmpty())
                    .collect(Collectors.joining(" "));
            if (joined.isEmpty()) {
                diagnostics.error(first.get(value), "the meaning of " + noun + " '" + spelling.apply(value)
                        + "' is empty");
            } else {
                meanings.put(value, new GuideText(List.of(joined)));
            }
        });
        return meanings;
    }
}
