package dev.apikata.kit.grade;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Unpacks a learner's zip or tar.gz into a folder of the grader's, and refuses any archive with an
 * entry that would escape it: {@code ../} in a name, an absolute path, a symbolic or hard link, or a
 * device. Nothing is written before an entry is checked, and a refused archive leaves only what was
 * already unpacked inside the target folder, which the caller deletes.
 */
final class ArchiveExtractor {

    // A learner's copy is a few megabytes; a bomb is refused before it fills the disk.
    static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;

    private ArchiveExtractor() {
    }

    static void extract(Submission submission, Path target) throws IOException, UnsafeArchiveException {
        Files.createDirectories(target);
        Path root = target.toAbsolutePath().normalize();
        switch (submission.kind()) {
            case ZIP -> extractZip(submission.source(), root);
            case TAR_GZ -> extractTar(submission.source(), root);
            case DIRECTORY -> throw new IllegalArgumentException(submission.source() + " is a folder, not an archive");
        }
    }

    // ZipFile reads the central directory, where the Unix mode that marks a link is kept.
    private static void extractZip(Path source, Path root) throws IOException, UnsafeArchiveException {
        try (ZipFile zip = ZipFile.builder().setPath(source).get()) {
            long total = 0;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (entry.isUnixSymlink()) {
                    throw new UnsafeArchiveException(entry.getName(), "a link in the archive");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    total = write(entry, in, root, total);
                }
            }
        }
    }

    private static void extractTar(Path source, Path root) throws IOException, UnsafeArchiveException {
        try (InputStream file = new BufferedInputStream(Files.newInputStream(source));
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
            long total = 0;
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isSymbolicLink() || entry.isLink() || entry.isCharacterDevice() || entry.isBlockDevice()
                        || entry.isFIFO()) {
                    throw new UnsafeArchiveException(entry.getName(), "a link or device in the archive");
                }
                total = write(entry, tar, root, total);
            }
        }
    }

    private static long write(ArchiveEntry entry, InputStream in, Path root, long total)
            throws IOException, UnsafeArchiveException {
        Path destination = checked(entry, root);
        if (entry.isDirectory()) {
            Files.createDirectories(destination);
            return total;
        }
        Files.createDirectories(destination.getParent());
        long written = total + Files.copy(new BoundedInputStream(in, MAX_TOTAL_BYTES - total), destination,
                StandardCopyOption.REPLACE_EXISTING);
        if (written >= MAX_TOTAL_BYTES) {
            throw new UnsafeArchiveException(entry.getName(), "the archive unpacks to more than "
                    + MAX_TOTAL_BYTES / (1024 * 1024) + " MB");
        }
        return written;
    }

    private static Path checked(ArchiveEntry entry, Path root) throws UnsafeArchiveException {
        String name = entry.getName();
        String normalized = name.replace('\\', '/');
        if (normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*")) {
            throw new UnsafeArchiveException(name, "an absolute path in the archive");
        }
        Path destination = root.resolve(normalized).normalize();
        if (!destination.startsWith(root) || destination.equals(root) && !entry.isDirectory()) {
            throw new UnsafeArchiveException(name, "a path that leaves the archive's folder");
        }
        return destination;
    }

    /** Reads at most {@code limit} bytes more, then reports the end, so one entry cannot exceed the budget. */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long left;

        BoundedInputStream(InputStream in, long limit) {
            this.in = in;
            this.left = Math.max(0, limit);
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        // The archive stream stays open for the next entry.
        @Override
        public void close() {
        }
    }
}
