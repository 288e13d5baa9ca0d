package dev.apikata.kit.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveExtractorTest {

    @TempDir
    Path dir;

    private Path zip(String name, String... entries) throws IOException {
        Path file = dir.resolve(name);
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (String entry : entries) {
                zip.putArchiveEntry(new ZipArchiveEntry(entry));
                zip.write(("content of " + entry).getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
        }
        return file;
    }

    private Path tarGz(String name, TarArchiveEntry... entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            for (TarArchiveEntry entry : entries) {
                byte[] data = entry.isFile() ? "x".getBytes(StandardCharsets.UTF_8) : new byte[0];
                if (entry.isFile()) {
                    entry.setSize(data.length);
                }
                tar.putArchiveEntry(entry);
                tar.write(data);
                tar.closeArchiveEntry();
            }
        }
        return file;
    }

    private static Submission submission(Path file) {
        return Submission.of(file).orElseThrow();
    }

    @Test
    void unpacksAnOrdinaryZip() throws Exception {
        Path target = dir.resolve("out");

        ArchiveExtractor.extract(submission(zip("alice.zip", "apikata-alice/exercises/01/src/main/java/A.java")), target);

        assertThat(target.resolve("apikata-alice/exercises/01/src/main/java/A.java"))
                .hasContent("content of apikata-alice/exercises/01/src/main/java/A.java");
    }

    @Test
    void refusesAZipEntryThatClimbsOutOfItsFolder() throws Exception {
        Path target = dir.resolve("out");

        assertThatExceptionOfType(UnsafeArchiveException.class)
                .isThrownBy(() -> ArchiveExtractor.extract(submission(zip("mallory.zip", "ok.txt", "../../evil.txt")), target))
                .withMessageContaining("../../evil.txt");
        assertThat(dir.resolve("evil.txt")).doesNotExist();
        assertThat(dir.getParent().resolve("evil.txt")).doesNotExist();
    }

    @Test
    void refusesAbsolutePathsAndLinksInATarGz() throws Exception {
        TarArchiveEntry absolute = new TarArchiveEntry("/etc/cron.d/evil", true);
        TarArchiveEntry link = new TarArchiveEntry("exercises/link", TarArchiveEntry.LF_SYMLINK);
        link.setLinkName("/etc/passwd");

        assertThatExceptionOfType(UnsafeArchiveException.class)
                .isThrownBy(() -> ArchiveExtractor.extract(submission(tarGz("a.tar.gz", absolute)), dir.resolve("a")))
                .withMessageContaining("absolute");
        assertThatExceptionOfType(UnsafeArchiveException.class)
                .isThrownBy(() -> ArchiveExtractor.extract(submission(tarGz("b.tgz", link)), dir.resolve("b")))
                .withMessageContaining("link");
    }

    @Test
    void unpacksAnOrdinaryTarGz() throws Exception {
        TarArchiveEntry file = new TarArchiveEntry("bob/exercises/01/src/main/java/B.java");

        ArchiveExtractor.extract(submission(tarGz("bob.tar.gz", file)), dir.resolve("out"));

        assertThat(dir.resolve("out/bob/exercises/01/src/main/java/B.java")).hasContent("x");
        assertThat(submission(dir.resolve("bob.tar.gz")).learner()).isEqualTo("bob");
    }
}
