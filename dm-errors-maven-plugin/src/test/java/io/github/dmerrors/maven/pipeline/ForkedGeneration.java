package io.github.dmerrors.maven.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * The {@code generate} goal in a JVM of its own, for tests that kill it: runs
 * {@link GeneratePipeline} as the Mojo does, with arguments catalogue, project directory, output
 * directory and package, and prints the summary line.
 */
final class ForkedGeneration {
    private ForkedGeneration() {}

    public static void main(String[] args) throws Exception {
        GenerateRequest request = request(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), args[3]);
        System.out.println(GeneratePipeline.run(request).summary());
    }

    /** The request both the forked JVM and the test run. */
    static GenerateRequest request(Path catalogue, Path project, Path output, String packageName) {
        return new GenerateRequest(catalogue, project, packageName, "DmErrors", output, List.of(), "default", "test");
    }
}
