package org.verbatim.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in a JVM of its own, for tests that kill it or set JVM-wide options. */
final class SeparateJvm {
    private SeparateJvm() {
    }

    /** Runs to the end and returns the exit code and everything printed, stdout and stderr together. */
    static TestSite.Run run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(jvmOptions, args)).redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new TestSite.Run(process.waitFor(), output, output);
    }

    static Process start(List<String> jvmOptions, String... args) throws IOException {
        return new ProcessBuilder(command(jvmOptions, args)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static List<String> command(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.verbatim.cli.Main");
        command.addAll(List.of(args));
        return command;
    }
}
