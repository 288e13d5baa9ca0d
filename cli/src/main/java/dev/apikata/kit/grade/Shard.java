package dev.apikata.kit.grade;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * One part of a class, {@code --shard K/N}: the learners whose position in name order is K, K+N,
 * K+2N... (1-based). Every machine of a batch run sees the same submissions, so the parts are
 * disjoint, cover the class, and do not depend on the order the files were listed in.
 */
public record Shard(int index, int count) {

    private static final Pattern FORM = Pattern.compile("(\\d+)/(\\d+)");

    public static final Shard WHOLE = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException(index + "/" + count);
        }
    }

    /** {@code 2/4}; empty if the text is not of that form with 1 ≤ K ≤ N. */
    public static Optional<Shard> parse(String text) {
        Matcher matcher = FORM.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            int index = Integer.parseInt(matcher.group(1));
            int count = Integer.parseInt(matcher.group(2));
            return count >= 1 && index >= 1 && index <= count ? Optional.of(new Shard(index, count)) : Optional.empty();
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    /** This shard's submissions, in name order. */
    public List<Submission> select(List<Submission> all) {
        List<Submission> sorted = all.stream().sorted(Comparator.comparing(Submission::learner)).toList();
        return IntStream.range(0, sorted.size()).filter(i -> i % count == index - 1).mapToObj(sorted::get).toList();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
