package io.github.dmerrors.maven.model;

import io.github.dmerrors.MessageTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Derives a factory method's parameters from the Go verbs of a message: one parameter per
 * argument, typed by how the template formats it, so that the generated method accepts what Go
 * would format cleanly and nothing else.
 *
 * <p>An argument is {@link ParameterType#INT} if it is only ever a {@code *} width or precision,
 * {@link ParameterType#LONG} if every directive that formats it is a {@code %d},
 * {@link ParameterType#BYTES} if every directive that formats it is an {@code x} or {@code X} with
 * the space flag ({@code % X}, hex pairs), and {@link ParameterType#OBJECT} otherwise, including
 * an argument that no directive uses.
 */
public final class FactoryParameters {
    private FactoryParameters() {}

    /**
     * Derives the parameters of {@code template}.
     *
     * @param template a parsed message
     * @return one parameter per argument of the template, in argument order
     */
    public static List<FactoryParameter> of(MessageTemplate template) {
        return of(template.verbs(), template.argumentCount());
    }

    /**
     * Derives the parameters of a template from its verbs.
     *
     * @param verbs the template's verbs, in the order they appear
     * @param argumentCount how many arguments the template consumes
     * @return {@code argumentCount} parameters, {@code arg1} to {@code argN}
     * @throws IllegalArgumentException if a verb uses an argument beyond {@code argumentCount}
     */
    public static List<FactoryParameter> of(List<MessageTemplate.Verb> verbs, int argumentCount) {
        Objects.requireNonNull(verbs, "verbs == null");
        if (argumentCount < 0) {
            throw new IllegalArgumentException("argumentCount < 0: " + argumentCount);
        }
        for (MessageTemplate.Verb verb : verbs) {
            checkIndex(verb, verb.argumentIndex(), argumentCount);
            checkIndex(verb, verb.widthArgumentIndex(), argumentCount);
            checkIndex(verb, verb.precisionArgumentIndex(), argumentCount);
        }
        List<FactoryParameter> parameters = new ArrayList<>(argumentCount);
        for (int argument = 0; argument < argumentCount; argument++) {
            parameters.add(parameter(verbs, argument));
        }
        return List.copyOf(parameters);
    }

    private static FactoryParameter parameter(List<MessageTemplate.Verb> verbs, int argument) {
        List<MessageTemplate.Verb> using = new ArrayList<>();
        List<MessageTemplate.Verb> formatting = new ArrayList<>();
        for (MessageTemplate.Verb verb : verbs) {
            boolean formats = verb.argumentIndex() == argument;
            if (formats) {
                formatting.add(verb);
            }
            if (formats || verb.widthArgumentIndex() == argument || verb.precisionArgumentIndex() == argument) {
                using.add(verb);
            }
        }
        String directives = using.stream().map(MessageTemplate.Verb::text).collect(Collectors.joining(", "));
        return new FactoryParameter("arg" + (argument + 1), type(using, formatting), directives);
    }

    private static ParameterType type(List<MessageTemplate.Verb> using, List<MessageTemplate.Verb> formatting) {
        if (formatting.isEmpty()) {
            return using.isEmpty() ? ParameterType.OBJECT : ParameterType.INT;
        }
        if (formatting.stream().allMatch(verb -> verb.conversion() == 'd')) {
            return ParameterType.LONG;
        }
        if (formatting.stream().allMatch(FactoryParameters::isHexPairs)) {
            return ParameterType.BYTES;
        }
        return ParameterType.OBJECT;
    }

    private static boolean isHexPairs(MessageTemplate.Verb verb) {
        return (verb.conversion() == 'x' || verb.conversion() == 'X') && verb.flags().indexOf(' ') >= 0;
    }

    private static void checkIndex(MessageTemplate.Verb verb, int index, int argumentCount) {
        if (index < -1 || index >= argumentCount) {
            throw new IllegalArgumentException("verb " + verb.text() + " at " + verb.start()
                    + " uses argument " + index + " of " + argumentCount);
        }
    }
}
