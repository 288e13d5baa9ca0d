package dev.apikata.kit.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchMethodTest {

    @TempDir
    Path dir;

    @Test
    void pollsOnMacOs() {
        assertThat(WatchMethod.choose(dir, new WatchMethod.Platform("Mac OS X", false))).isEqualTo(WatchMethod.POLL);
    }

    @Test
    void pollsOnWslWindowsDrives() {
        assertThat(WatchMethod.choose(Path.of("/mnt/c/Users/me/apikata"), new WatchMethod.Platform("Linux", true)))
                .isEqualTo(WatchMethod.POLL);
    }

    @Test
    void usesNotificationsOnALocalLinuxFolder() {
        assertThat(WatchMethod.choose(dir, new WatchMethod.Platform("Linux", false))).isEqualTo(WatchMethod.NATIVE);
        assertThat(WatchMethod.choose(dir, new WatchMethod.Platform("Linux", true))).isEqualTo(WatchMethod.NATIVE);
    }

    @Test
    void recognisesNetworkFileSystems() {
        assertThat(WatchMethod.isNetworkFileSystem("nfs4")).isTrue();
        assertThat(WatchMethod.isNetworkFileSystem("CIFS")).isTrue();
        assertThat(WatchMethod.isNetworkFileSystem("9p")).isTrue();
        assertThat(WatchMethod.isNetworkFileSystem("ext4")).isFalse();
        assertThat(WatchMethod.isNetworkFileSystem("NTFS")).isFalse();
    }
}
