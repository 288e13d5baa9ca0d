package dev.apikata.timeouts;

import dev.apikata.course.Language;

/**
 * Which limit a timed-out call hit. Given: you do not need to change this enum.
 */
public enum TimeoutLimit {
    /** No connection within the client's connect timeout. */
    CONNECT("接続が確立しませんでした（接続タイムアウト）", "no connection was established (the connect timeout)"),
    /** Connected, but no status line and headers within {@link Timeouts#responseHeaders()}. */
    RESPONSE_HEADERS("レスポンスヘッダーが届きませんでした（リクエストタイムアウト）", "no response headers arrived (the request timeout)"),
    /** The headers came, but the whole body did not arrive within {@link Timeouts#total()}. */
    WHOLE_BODY("本文の最後まで届きませんでした（全体のタイムアウト）", "the body did not arrive in full (the total timeout)"),
    /** The deadline of the whole call, retries and waits included, was reached. */
    DEADLINE("呼び出し全体の期限に達しました（リトライと待ち時間を含む）", "the deadline of the whole call was reached (retries and waits included)");

    private final String ja;
    private final String en;

    TimeoutLimit(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /** What happened, in the learner's language. */
    public String describe() {
        return Language.detect() == Language.JA ? ja : en;
    }
}
