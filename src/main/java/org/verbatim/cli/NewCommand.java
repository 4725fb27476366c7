package org.verbatim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.text.Normalizer;
import org.verbatim.build.SiteSettingsFile;
import org.verbatim.model.Slugs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verbatim new}: a correctly formed interview file to start from. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a new interview file, marked as a draft, under CONTENT/interviews/.",
        footer = {"", "The file is named <date>-<slug>.md; an existing file is never overwritten.", "",
                "Examples:", "  verbatim new \"On the AI Act\" --interviewee \"Marina Ferrari\"",
                "  verbatim new \"Wind power\" --interviewee \"Jeanne Martin\" --interviewer \"La Gazette\" --date 2024-03-05"})
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TITLE", description = "The interview's headline.")
    String title;

    @Option(names = "--interviewee", paramLabel = "NAME", required = true, description = "Who is interviewed.")
    String interviewee;

    @Option(names = "--interviewer", paramLabel = "NAME", defaultValue = "Interviewer",
            description = "Who asks the questions (default: ${DEFAULT-VALUE}).")
    String interviewer;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date (default: today).")
    LocalDate date;

    @Option(names = "--slug", paramLabel = "SLUG", description = "URL slug (default: from the interviewee's name).")
    String slug;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LocalDate day = date != null ? date : LocalDate.now();
        Slugs slugs = siteSlugs();
        String name;
        if (slug != null) {
            name = Normalizer.normalize(slug, Normalizer.Form.NFC);
            if (!slugs.isSlug(name) || name.getBytes(StandardCharsets.UTF_8).length > Slugs.MAX_LENGTH) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--slug '" + slug + "' must be "
                        + slugs.describe() + ", at most " + Slugs.MAX_LENGTH + " bytes, e.g. '"
                        + slugs.orFallback(slug, "interview") + "'");
            }
        } else {
            name = slugs.of(interviewee);
            if (name.isEmpty()) {
                name = Slugs.fallback(interviewee, "interview");
                spec.commandLine().getErr().println("verbatim: --interviewee '" + interviewee + "' has no letter or digit"
                        + " to make a URL slug from; using '" + name + "' (choose another with --slug).");
            }
        }
        Path file = content.resolve("interviews").resolve(day + "-" + name + ".md");
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text(day), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("verbatim: " + file + " already exists; it was left as it was.");
            spec.commandLine().getErr().flush();
            return ExitCodes.CONTENT_ERRORS;
        }
        spec.commandLine().getOut().println("Created " + file + " (a draft: set draft: false to publish it).");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** The slug rule of the site's {@code site.yaml}; its problems are left for {@code build} and {@code check} to report. */
    private Slugs siteSlugs() {
        return SiteSettingsFile.read(content).slugs();
    }

    /** The new file; values are written as JSON strings, which YAML reads as double-quoted scalars. */
    private String text(LocalDate day) throws JsonProcessingException {
        ObjectMapper json = new ObjectMapper();
        return "---\n"
                + "title: " + json.writeValueAsString(title) + "\n"
                + "date: " + day + "\n"
                + "summary: \"\"\n"
                + "speakers:\n"
                + "  Q: { name: " + json.writeValueAsString(interviewer) + ", role: interviewer }\n"
                + "  A: { name: " + json.writeValueAsString(interviewee) + ", role: interviewee }\n"
                + "topics: []\n"
                + "draft: true\n"
                + "---\n\n"
                + "Q: The first question?\n\n"
                + "A: The first answer. A paragraph with no label continues the answer; see docs/authoring.md.\n";
    }
}
