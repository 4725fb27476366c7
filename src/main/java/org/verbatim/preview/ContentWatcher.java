package org.verbatim.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders (and the folders created in them) and reports the files that changed, once per burst:
 * an editor's save (write a temporary file, rename it over the original, touch it) gives one callback,
 * after {@code quietMillis} without further events.
 */
final class ContentWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final long quietMillis;
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    ContentWatcher(List<Path> roots, long quietMillis, Consumer<Set<Path>> onChange) throws IOException {
        this.service = roots.get(0).getFileSystem().newWatchService();
        this.quietMillis = quietMillis;
        this.onChange = onChange;
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root.toAbsolutePath().normalize());
            }
        }
        this.thread = new Thread(this::run, "verbatim-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> changed = new LinkedHashSet<>();
                collect(service.take(), changed);
                WatchKey more;
                while ((more = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                changed.removeIf(ContentWatcher::isEditorScratch);
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                changed.add(folder == null ? Path.of(".") : folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    changed.add(path);
                }
            }
            changed.add(path);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** Swap, backup and lock files that editors write beside the real one. */
    static boolean isEditorScratch(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".tmp")
                || name.startsWith(".#") || name.startsWith("#") || name.equals("4913")
                || (name.startsWith(".") && !Files.isDirectory(path));
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
    }
}
