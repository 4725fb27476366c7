package org.verbatim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Usage checks shared by the commands that read a content folder and a theme. */
final class ContentChecks {
    private ContentChecks() {
    }

    static void requireFolders(CommandLine.Model.CommandSpec spec, Path content, Path templates) {
        if (!Files.isDirectory(content)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "content folder not found: " + content);
        }
        if (templates != null && !Files.isRegularFile(templates.resolve("interview.html"))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "no theme in " + templates + " (interview.html is missing)");
        }
    }
}
