package org.verbatim.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.verbatim.build.SiteSettingsFile;
import org.verbatim.importing.ImportProblem;
import org.verbatim.importing.InterviewWriter;
import org.verbatim.importing.OhmsReader;
import org.verbatim.importing.ServiceTextReader;
import org.verbatim.importing.SrtReader;
import org.verbatim.importing.Transcript;
import org.verbatim.importing.WebVttReader;
import org.verbatim.importing.WordReader;
import org.verbatim.model.Slugs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verbatim import}: transcripts from captioning and transcription tools, as interview files. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Write one interview file per transcript (OHMS XML, WebVTT, SRT, transcription-service text or"
                + " Word .docx) under CONTENT/interviews/.",
        footer = {"", "Each file is named <date>-<slug>.md and never overwrites one that exists (exit 1). Speakers come from",
                "OHMS labels and metadata, WebVTT voice tags (<v Name>), SRT 'Name:' prefixes, service text's name lines",
                "or Word's bold 'Name:' labels; what had to be guessed is listed at the top of the file, which is then",
                "a draft. See docs/import.md.", "", "Examples:",
                "  verbatim import 2015oh001.xml",
                "  verbatim import interview.vtt --title \"The wind years\" --date 2023-05-10",
                "  verbatim import a.vtt b.srt notes.docx --speaker \"Ines Carvalho=IC:interviewee\""})
final class ImportCommand implements Callable<Integer> {
    enum Format { auto, ohms, vtt, srt, text, docx }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Transcripts to import.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "auto",
            description = "auto (from the extension: .xml, .vtt, .srt, .txt, .docx; or the first line), ohms, vtt, srt,"
                    + " text or docx (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--title", paramLabel = "T", description = "The interview's headline (default: from the file's name).")
    String title;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date (default: today, to be checked).")
    LocalDate date;

    @Option(names = "--publication", paramLabel = "P", description = "Where the interview appeared.")
    String publication;

    @Option(names = "--speaker", paramLabel = "\"LABEL=ID:role[:Display Name]\"",
            description = "How a speaker of the source is declared, e.g. \"Ines Carvalho=IC:interviewee\"; repeatable.")
    List<String> speakerChoices = new ArrayList<>();

    @Option(names = "--slug", paramLabel = "S", description = "URL slug (default: from the file's name); one FILE only.")
    String slug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (slug != null && files.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--slug names one interview; give one FILE with it");
        }
        Map<String, InterviewWriter.SpeakerChoice> speakers = speakers();
        Slugs slugs = SiteSettingsFile.read(content).slugs();
        List<String[]> written = new ArrayList<>();  // path, text
        for (Path file : files) {
            Transcript transcript;
            try {
                transcript = read(file);
            } catch (ImportProblem problem) {
                spec.commandLine().getErr().println(problem);
                spec.commandLine().getErr().flush();
                return ExitCodes.CONTENT_ERRORS;
            }
            String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            String name = slug != null ? slug : slugs.orFallback(base.replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", ""), "interview");
            LocalDate day = date != null ? date : transcript.facts().date() != null ? transcript.facts().date()
                    : LocalDate.now();
            Path target = content.resolve("interviews").resolve(day + "-" + name + ".md");
            String text = new InterviewWriter().write(transcript, new InterviewWriter.Metadata(title, date, publication, speakers),
                    file.getFileName().toString(), base.replace('-', ' ').replace('_', ' ').strip(), LocalDate.now());
            written.add(new String[] {target.toString(), text});
        }
        // Nothing is written unless every file was read: a failed import leaves the content folder as it was.
        for (String[] file : written) {
            Path target = Path.of(file[0]);
            Files.createDirectories(target.getParent());
            try {
                Files.writeString(target, file[1], StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                spec.commandLine().getErr().println("verbatim: " + target + " already exists; it was left as it was"
                        + " (choose another --slug or --date).");
                spec.commandLine().getErr().flush();
                return ExitCodes.CONTENT_ERRORS;
            }
            spec.commandLine().getOut().println(target);
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private Transcript read(Path file) throws IOException, ImportProblem {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Format kind = format;
        if (kind == Format.auto) {
            kind = name.endsWith(".docx") ? Format.docx : name.endsWith(".xml") ? Format.ohms
                    : name.endsWith(".srt") ? Format.srt : name.endsWith(".vtt") ? Format.vtt
                    : name.endsWith(".txt") ? Format.text : null;
        }
        if (kind == Format.docx) {
            return new WordReader().read(file, bytes);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            if (kind == Format.ohms) {
                return new OhmsReader().read(file, bytes);  // XML says its own encoding
            }
            throw new ImportProblem(file, 1, 1, "the file is not UTF-8 text; convert it first");
        }
        if (kind == null) {
            String start = text.replace("\uFEFF", "").stripLeading();
            kind = start.startsWith("WEBVTT") ? Format.vtt : start.startsWith("<") ? Format.ohms : null;
            if (kind == null) {
                throw new ImportProblem(file, 1, 1, "cannot tell the format from the file's name or its first line;"
                        + " give --format ohms, vtt, srt, text or docx");
            }
        }
        return switch (kind) {
            case ohms -> new OhmsReader().read(file, bytes);
            case srt -> Transcript.of(new SrtReader().read(file, text));
            case text -> Transcript.of(new ServiceTextReader().read(file, text));
            default -> Transcript.of(new WebVttReader().read(file, text));
        };
    }

    private Map<String, InterviewWriter.SpeakerChoice> speakers() {
        Map<String, InterviewWriter.SpeakerChoice> choices = new LinkedHashMap<>();
        for (String choice : speakerChoices) {
            java.util.regex.Matcher matcher = java.util.regex.Pattern
                    .compile("^(.+?)=([^:=]+):(interviewer|interviewee|other)(?::(.+))?$").matcher(choice);
            if (!matcher.matches() || !org.verbatim.model.SpeakerIds.isValid(matcher.group(2).strip())) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--speaker '" + choice + "' must be"
                        + " \"LABEL=ID:role[:Display Name]\", the role interviewer, interviewee or other, e.g."
                        + " \"Ines Carvalho=IC:interviewee\"");
            }
            choices.put(matcher.group(1).strip(), new InterviewWriter.SpeakerChoice(matcher.group(2).strip(),
                    matcher.group(3), matcher.group(4) == null ? null : matcher.group(4).strip()));
        }
        return choices;
    }
}
