package dev.apikata.course;

/** Thrown by a stub whose task the learner has not written yet. */
public final class TaskNotDoneException extends UnsupportedOperationException {

    private static final long serialVersionUID = 1L;

    private final String taskId;

    TaskNotDoneException(String taskId, String message) {
        super(message);
        this.taskId = taskId;
    }

    public String taskId() {
        return taskId;
    }

    // The message says everything; a stack trace into the stub would only bury it.
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
