package dev.apikata.kit.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * How to notice saves: the operating system's notifications, or polling where those are known to
 * fail or lag.
 */
public enum WatchMethod {
    NATIVE,
    POLL;

    // File systems that send no change notifications to the client that reads them.
    private static final Set<String> NETWORK_FILE_SYSTEMS = Set.of(
            "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "9p", "v9fs", "drvfs",
            "fuse.sshfs", "sshfs", "afpfs", "webdav", "davfs", "fuse.rclone", "vboxsf", "prl_fs", "virtiofs");

    /** Where the kit runs, as far as choosing a watcher is concerned. */
    public record Platform(String osName, boolean wsl) {

        public static Platform current() {
            return new Platform(System.getProperty("os.name", ""), isWsl());
        }

        private static boolean isWsl() {
            if (System.getenv("WSL_DISTRO_NAME") != null) {
                return true;
            }
            try {
                return Files.readString(Path.of("/proc/version")).toLowerCase(Locale.ROOT).contains("microsoft");
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        boolean isMac() {
            return osName.toLowerCase(Locale.ROOT).startsWith("mac");
        }
    }

    /**
     * Polls on macOS (the JDK's watcher there is itself a slow poller), on WSL for Windows drives under
     * {@code /mnt/}, and on network or virtual-machine shared file systems; notifications elsewhere.
     */
    public static WatchMethod choose(Path root, Platform platform) {
        if (platform.isMac()) {
            return POLL;
        }
        Path absolute = root.toAbsolutePath();
        if (platform.wsl() && absolute.startsWith("/mnt/")) {
            return POLL;
        }
        return isNetworkFileSystem(fileSystemType(absolute)) ? POLL : NATIVE;
    }

    static boolean isNetworkFileSystem(String type) {
        return NETWORK_FILE_SYSTEMS.contains(type.toLowerCase(Locale.ROOT));
    }

    private static String fileSystemType(Path path) {
        try {
            return Files.getFileStore(path).type();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
