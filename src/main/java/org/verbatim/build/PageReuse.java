package org.verbatim.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.verbatim.output.OutputManifest;
import org.verbatim.output.SiteOutput;
import org.verbatim.render.SitePages;

/**
 * Keeps the files of the previous build that would come out the same: a planned file with a fingerprint whose
 * key (the fingerprint with everything the whole build depends on: the program, site.yaml, topics.yaml,
 * people.yaml, every file of the theme, and the options) is the one recorded for the file in the output's
 * manifest, and whose file on disk is still the one written then, is linked into the new site instead of
 * being rendered. Files made from the whole site (search index, index.json, lists of all topics and people,
 * feed, sitemap) have a fingerprint of every interview's key, so they are kept only when no interview changed;
 * a folder rendered as one (the search index) is kept whole or not at all.
 */
final class PageReuse {
    private final Path site;
    private final Path manifestFile;
    private final byte[] inputs;
    private final OutputManifest previous;
    private final AtomicInteger kept = new AtomicInteger();
    /** The plan's files and folders that {@link #keep} kept, whose entries in the manifest stay as they were. */
    private final java.util.Set<String> keptPaths = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private PageReuse(Path site, Path manifestFile, byte[] inputs, OutputManifest previous) {
        this.site = site;
        this.manifestFile = manifestFile;
        this.inputs = inputs;
        this.previous = previous;
    }

    /** Reuse for a build with {@code options} by the program identified by {@code program}; null without a cache. */
    static PageReuse open(BuildOptions options, String program) throws IOException {
        if (options.cacheDir() == null) {
            return null;
        }
        Path site = options.output().toAbsolutePath().normalize();
        MessageDigest digest = ParseCache.sha256();
        ParseCache.update(digest, program.getBytes(StandardCharsets.UTF_8));
        for (String config : List.of("site.yaml", "topics.yaml", "people.yaml")) {
            Path file = options.content().resolve(config);
            ParseCache.update(digest, Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0]);
        }
        try (Stream<Path> files = Files.walk(options.templates())) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                ParseCache.update(digest, options.templates().relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                ParseCache.update(digest, Files.readAllBytes(file));
            }
        }
        String switches = "offline=" + options.offline() + " drafts=" + options.includeDrafts() + " baseUrl="
                + options.baseUrl();
        ParseCache.update(digest, switches.getBytes(StandardCharsets.UTF_8));
        String name = HexFormat.of().formatHex(ParseCache.sha256().digest(site.toString().getBytes(StandardCharsets.UTF_8)));
        Path manifestFile = options.cacheDir().resolve("outputs").resolve(name + ".manifest");
        return new PageReuse(site, manifestFile, digest.digest(), OutputManifest.read(manifestFile));
    }

    /**
     * Keeps {@code file} from the previous site in {@code output} when it would come out the same: how many files
     * that kept (a folder's are many), 0 when it has to be rendered.
     */
    int keep(SitePages.PlannedFile file, SiteOutput output) throws IOException {
        if (file.fingerprint() == null) {
            return 0;
        }
        if (file.isFolder()) {
            return keepFolder(file, output);
        }
        if (!previous.unchanged(site, file.path(), key(file)) || !output.keepPrevious(file.path())) {
            return 0;
        }
        kept.incrementAndGet();
        keptPaths.add(file.path());
        return 1;
    }

    /**
     * Keeps a folder rendered as one only whole: if one of its files cannot be kept, the folder is rendered again
     * and its files replace the ones kept so far.
     */
    private int keepFolder(SitePages.PlannedFile folder, SiteOutput output) throws IOException {
        Optional<List<String>> files = previous.unchangedFolder(site, folder.path(), key(folder));
        if (files.isEmpty()) {
            return 0;
        }
        for (String path : files.get()) {
            if (!output.keepPrevious(path)) {
                return 0;
            }
        }
        kept.addAndGet(files.get().size());
        keptPaths.add(folder.path());
        return files.get().size();
    }

    /** How many files {@link #keep} kept. */
    int kept() {
        return kept.get();
    }

    /**
     * Records the fingerprinted files of {@code plan} as they now are in the site, once it is in place: a kept
     * file as it was recorded (it is the same file), the others as they are on disk. A manifest that cannot be
     * written only costs the next build time; one that would not change is not written again.
     */
    void save(List<SitePages.PlannedFile> plan) {
        OutputManifest next = OutputManifest.empty();
        plan.parallelStream().filter(file -> file.fingerprint() != null).forEach(file -> {
            if (keptPaths.contains(file.path())) {
                next.carry(previous, file.path());
            } else if (file.isFolder()) {
                next.recordFolder(site, file.path(), key(file));
            } else {
                next.record(site, file.path(), key(file));
            }
        });
        if (next.equals(previous)) {
            return;
        }
        try {
            next.write(manifestFile);
        } catch (IOException e) {
            // the next build renders every page again
        }
    }

    private String key(SitePages.PlannedFile file) {
        MessageDigest digest = ParseCache.sha256();
        ParseCache.update(digest, inputs);
        ParseCache.update(digest, file.fingerprint().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }
}
