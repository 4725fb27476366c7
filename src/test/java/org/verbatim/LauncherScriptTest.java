package org.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script builds the jar quietly when it has to: one line saying so, and nothing of Maven's unless
 * the build fails, when Maven's output is shown and the launcher stops with a non-zero exit code.
 *
 * <p>The script runs from a copy in a folder with no jar, so it always builds; {@code mvn} and {@code java} on
 * its PATH are stubs, so the test takes milliseconds. The stub Maven prints the colour escapes Maven 3.8 prints
 * even with {@code -q -B}, which is what used to reach the terminal.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherScriptTest {
    private static final String BUILDING =
            "verbatim: building the program first (mvn package, about a minute the first time)...";
    private static final String ESCAPES = "\\033[0m\\033[0m\\033[1m";

    @TempDir
    Path temp;
    Path app;
    Path stubs;

    @BeforeEach
    void copyTheLauncherWithoutAJar() throws IOException {
        app = Files.createDirectories(temp.resolve("app"));
        Files.copy(Path.of("verbatim"), app.resolve("verbatim"));
        executable(app.resolve("verbatim"));
        Files.writeString(app.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(app.resolve("src/main"));
        stubs = Files.createDirectories(temp.resolve("stubs"));
        // The stub JVM: makes no class-data archive (the launcher then goes without), and says when Verbatim runs.
        stub("java", """
                case "$*" in *ArchiveClassesAtExit*) exit 0 ;; esac
                echo "verbatim ran: $*"
                """);
    }

    @Test
    void aSuccessfulBuildPrintsOneLineThenRuns() throws Exception {
        stub("mvn", """
                echo "$*" > "%s"
                printf '%s'
                printf '%s' >&2
                mkdir -p target && : > target/verbatim.jar
                """.formatted(temp.resolve("mvn-arguments"), ESCAPES, ESCAPES));

        Result result = launch("--version");

        // Escape characters shown as \e, or a failure would read "expected <line> but was <the same line>".
        assertThat(result.err().replace("\033", "\\e")).isEqualTo(BUILDING + "\n");
        assertThat(result.out()).startsWith("verbatim ran: ").endsWith(" --version\n");
        assertThat(result.exit()).isZero();
        assertThat(Files.readString(temp.resolve("mvn-arguments"))).contains("-DskipTests package");
        assertThat(app.resolve("target/verbatim.jar")).exists();
    }

    @Test
    void aFailedBuildShowsMavensOutputAndStops() throws Exception {
        stub("mvn", """
                printf '%s'
                echo "[ERROR] COMPILATION ERROR : Main.java:[3,1] class, interface, or enum expected"
                echo "[ERROR] Failed to execute goal maven-compiler-plugin" >&2
                exit 1
                """.formatted(ESCAPES));

        Result result = launch("--version");

        assertThat(result.exit()).isNotZero();
        assertThat(result.err()).startsWith(BUILDING + "\n")
                .contains("[ERROR] COMPILATION ERROR : Main.java:[3,1] class, interface, or enum expected")
                .contains("[ERROR] Failed to execute goal maven-compiler-plugin");
        assertThat(result.out()).as("Verbatim must not run after a failed build").isEmpty();
    }

    private record Result(int exit, String out, String err) {
    }

    private Result launch(String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(app.resolve("verbatim").toString());
        builder.command().addAll(java.util.List.of(args));
        builder.environment().put("PATH", stubs + ":" + System.getenv("PATH"));
        builder.environment().remove("VERBATIM_JAVA_OPTS");
        builder.redirectOutput(temp.resolve("out").toFile()).redirectError(temp.resolve("err").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        return new Result(process.exitValue(), Files.readString(temp.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(temp.resolve("err"), StandardCharsets.UTF_8));
    }

    private void stub(String name, String body) throws IOException {
        Path file = stubs.resolve(name);
        Files.writeString(file, "#!/usr/bin/env bash\n" + body);
        executable(file);
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
