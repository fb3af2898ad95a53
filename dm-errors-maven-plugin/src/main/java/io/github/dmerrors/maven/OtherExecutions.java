package io.github.dmerrors.maven;

import io.github.dmerrors.maven.model.ClassesElsewhere;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Reads, from the project's POM, the {@code <extraClasses>} that this plugin's other executions
 * configure, to explain an unknown class. Maven gives a goal run from the command line
 * ({@code default-cli}) the plugin's {@code <configuration>} only; a user who followed an example
 * with the configuration inside an {@code <execution>} would otherwise be told to declare a class
 * they did declare. The configuration is read as written, never to configure anything.
 */
final class OtherExecutions {
    private OtherExecutions() {}

    /**
     * Returns the classes that executions other than {@code execution} declare and {@code seen}
     * does not hold.
     *
     * @param project the project, or Maven's stand-in without a POM, which has no executions
     * @param seen the classes the running goal was configured with
     */
    static ClassesElsewhere extraClasses(MavenProject project, MojoExecution execution, List<String> seen) {
        String current = execution.getExecutionId();
        SortedMap<String, List<String>> declaredBy = new TreeMap<>();
        Plugin plugin = project == null ? null
                : project.getPlugin(execution.getGroupId() + ":" + execution.getArtifactId());
        if (plugin != null) {
            Set<String> known = Set.copyOf(seen);
            for (PluginExecution other : plugin.getExecutions()) {
                if (other.getId().equals(current) || !(other.getConfiguration() instanceof Xpp3Dom configuration)) {
                    continue;
                }
                for (String name : items(configuration.getChild("extraClasses"))) {
                    if (!known.contains(name)) {
                        declaredBy.computeIfAbsent(name, key -> new ArrayList<>()).add(other.getId());
                    }
                }
            }
        }
        return new ClassesElsewhere(current, declaredBy);
    }

    /** The names of a list as written: one child element each, or one comma-separated text. */
    private static List<String> items(Xpp3Dom list) {
        if (list == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        if (list.getChildCount() > 0) {
            Arrays.stream(list.getChildren()).forEach(child -> values.add(child.getValue()));
        } else if (list.getValue() != null) {
            values.addAll(Arrays.asList(list.getValue().split(",")));
        }
        return ListParameter.items(values);
    }
}
