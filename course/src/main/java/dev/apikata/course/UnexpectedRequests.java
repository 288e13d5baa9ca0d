package dev.apikata.course;

import java.util.Optional;

/**
 * Something that knows which requests of the running test no stub expected: the test's WireMock
 * server ({@link ExerciseApi}). {@link LearnerFeedback} adds its report to a failure, because a
 * wrong request is usually why an assertion failed.
 */
interface UnexpectedRequests {

    /** A few lines naming each unexpected request and how it differs from the closest stub; empty if none. */
    Optional<String> report(LearnerMessages messages);
}
