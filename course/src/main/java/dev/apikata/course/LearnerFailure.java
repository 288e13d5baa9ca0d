package dev.apikata.course;

/**
 * A test failure framed for the learner by {@link LearnerFeedback}: the task's title above the
 * test's own message, the chapter section and the hint command below. The original failure stays
 * attached as the cause, so tools can still tell what kind of failure it was.
 */
public final class LearnerFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    LearnerFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
