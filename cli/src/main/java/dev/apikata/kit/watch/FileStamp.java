package dev.apikata.kit.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.zip.CRC32;

/**
 * What the polling watcher remembers of a file. A save changes the modification time or the size,
 * except when it lands in the same tick of the file system's clock as the last look (a few
 * milliseconds on Linux, two seconds on FAT) with the same length. A file modified that recently is
 * "racy", as git calls it, so its content checksum is kept as well and compared when both sides
 * have one.
 */
record FileStamp(long modifiedMillis, long size, long checksum) {

    static final long NO_CHECKSUM = -1;

    /** Longer than any file system's timestamp granularity. */
    static final Duration RACY = Duration.ofSeconds(3);

    static FileStamp of(Path file, BasicFileAttributes attributes, long nowMillis) {
        long modified = attributes.lastModifiedTime().toMillis();
        boolean racy = nowMillis - modified < RACY.toMillis();
        return new FileStamp(modified, attributes.size(), racy ? checksumOf(file) : NO_CHECKSUM);
    }

    /** True when nothing says the file changed between the two looks. */
    boolean sameAs(FileStamp other) {
        if (other == null || modifiedMillis != other.modifiedMillis || size != other.size) {
            return false;
        }
        return checksum == NO_CHECKSUM || other.checksum == NO_CHECKSUM || checksum == other.checksum;
    }

    static long checksumOf(Path file) {
        try {
            CRC32 crc = new CRC32();
            crc.update(Files.readAllBytes(file));
            return crc.getValue();
        } catch (IOException e) {
            // Gone or unreadable mid-look: a value no content has, so the next look reports it.
            return -2;
        }
    }
}
