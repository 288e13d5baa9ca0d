package dev.apikata.timeouts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A point in time by which a whole call, every attempt and every wait included, must be over.
 * "Now" comes from the {@link Clock}, so a test can move time. Chapter 06, section {@code #deadline}.
 */
public final class Deadline {

    private final Clock clock;
    private final Instant end;
    private final Duration budget;

    private Deadline(Clock clock, Duration budget) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.end = clock.instant().plus(budget);
    }

    /** A deadline {@code budget} from now by {@code clock}. Given. */
    public static Deadline after(Duration budget, Clock clock) {
        return new Deadline(clock, budget);
    }

    /** The whole budget this deadline was made with. Given. */
    public Duration budget() {
        return budget;
    }

    /** The time left until the deadline by the clock: never negative, zero once it has passed. */
    public Duration remaining() {
        Duration left = Duration.between(clock.instant(), end);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Whether the deadline has been reached: no time is left. */
    public boolean expired() {
        return remaining().isZero();
    }

    /** {@code limit}, or the time left when that is shorter: no single step may outlast the deadline. */
    public Duration cap(Duration limit) {
        Duration left = remaining();
        return limit.compareTo(left) < 0 ? limit : left;
    }

    /**
     * Whether waiting {@code pause} still leaves time for another attempt: the pause must end
     * strictly before the deadline.
     */
    public boolean leavesTimeFor(Duration pause) {
        return pause.compareTo(remaining()) < 0;
    }
}
