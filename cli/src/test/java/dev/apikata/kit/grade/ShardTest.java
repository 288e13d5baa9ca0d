package dev.apikata.kit.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShardTest {

    private static List<Submission> learners(String... names) {
        return Arrays.stream(names).map(n -> new Submission(n, Path.of(n), Submission.Kind.DIRECTORY)).toList();
    }

    @Test
    void shardsAreDisjointCoverTheClassAndIgnoreTheListingOrder() {
        List<Submission> all = learners("eve", "bob", "alice", "dan", "carol", "frank", "gina");
        List<Submission> reversed = new ArrayList<>(all);
        Collections.reverse(reversed);

        List<String> seen = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Shard shard = new Shard(k, 3);
            List<String> part = shard.select(all).stream().map(Submission::learner).toList();
            assertThat(shard.select(reversed).stream().map(Submission::learner).toList()).isEqualTo(part);
            seen.addAll(part);
        }
        assertThat(seen).containsExactlyInAnyOrder("alice", "bob", "carol", "dan", "eve", "frank", "gina");
        assertThat(new Shard(1, 3).select(all)).extracting(Submission::learner).containsExactly("alice", "dan", "gina");
    }

    @Test
    void parsesOnlyKOverNWithKInRange() {
        assertThat(Shard.parse("2/4")).contains(new Shard(2, 4));
        assertThat(Shard.parse("0/4")).isEmpty();
        assertThat(Shard.parse("5/4")).isEmpty();
        assertThat(Shard.parse("two/four")).isEmpty();
        assertThat(Shard.parse("1/99999999999")).isEmpty();
    }
}
