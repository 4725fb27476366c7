package org.verbatim.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options every command that reads a site shares: where the content and the theme are. */
final class ContentOptions {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Theme folder with Thymeleaf templates and assets/ (default: ${DEFAULT-VALUE}).")
    Path templates;

    /** Fails with a usage error when either folder is missing. */
    void require(CommandLine.Model.CommandSpec spec) {
        if (!java.nio.file.Files.isDirectory(content)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "content folder not found: " + content);
        }
        if (!java.nio.file.Files.isRegularFile(templates.resolve("interview.html"))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "no theme in " + templates + " (interview.html is missing)");
        }
    }
}
