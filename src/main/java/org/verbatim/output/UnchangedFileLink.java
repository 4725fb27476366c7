package org.verbatim.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Where a file of the new site goes when the previous site has a file at the same path: the new bytes are compared
 * with the old as they come, and nothing is written while they agree. If they agree to the end, the new file is a
 * hard link to the old one (same inode, same modification time, so copying tools such as rsync see it unchanged);
 * at the first difference the agreed part is copied from the old file and the rest written as it comes. Memory
 * stays one buffer, whatever the file's size. Where the file system has no hard links (a FAT USB stick), the old
 * file is copied.
 */
final class UnchangedFileLink extends OutputStream {
    private static final int BUFFER = 1 << 16;

    private final Path previous;
    private final Path file;
    private final InputStream old;
    private final byte[] scratch = new byte[BUFFER];
    private long agreed;
    private OutputStream out;
    private boolean closed;

    UnchangedFileLink(Path previous, Path file) throws IOException {
        this.previous = previous;
        this.file = file;
        this.old = Files.newInputStream(previous);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (out != null) {
            out.write(bytes, offset, length);
            return;
        }
        int done = 0;
        while (done < length) {
            int chunk = Math.min(BUFFER, length - done);
            int read = old.readNBytes(scratch, 0, chunk);
            if (read < chunk || Arrays.mismatch(scratch, 0, chunk, bytes, offset + done, offset + done + chunk) >= 0) {
                diverge();
                out.write(bytes, offset + done, length - done);
                return;
            }
            agreed += chunk;
            done += chunk;
        }
    }

    /** From here on the new file differs: it starts as the agreed part of the old one, then is written as it comes. */
    private void diverge() throws IOException {
        FileChannel to = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        try (FileChannel from = FileChannel.open(previous, StandardOpenOption.READ)) {
            for (long copied = 0; copied < agreed; ) {
                copied += from.transferTo(copied, agreed - copied, to);
            }
        } catch (IOException | RuntimeException e) {
            to.close();
            throw e;
        }
        out = new BufferedOutputStream(Channels.newOutputStream(to), BUFFER);
    }

    @Override
    public void flush() throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (old) {
            if (out == null) {
                if (old.read() >= 0) {
                    diverge();  // the new file is a shorter prefix of the old one
                } else {
                    link();
                    return;
                }
            }
            out.close();
        }
    }

    private void link() throws IOException {
        try {
            Files.createLink(file, previous);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.copy(previous, file);
        }
    }
}
