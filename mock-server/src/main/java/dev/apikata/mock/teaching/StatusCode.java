package dev.apikata.mock.teaching;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The status codes of the chapter's reference list, with the reason phrase and a short explanation. */
public enum StatusCode {
    CONTINUE(100, "Continue", "リクエストを続けて送ってよい。", "The client may send the rest of the request."),
    SWITCHING_PROTOCOLS(101, "Switching Protocols", "サーバーがプロトコルの切り替えを受け入れた。", "The server agrees to switch protocols."),
    PROCESSING(102, "Processing", "処理中（WebDAV）。", "Still processing (WebDAV)."),
    OK(200, "OK", "成功。期待したレスポンスを返す。", "Success; here is the expected response."),
    CREATED(201, "Created", "成功し、新しいリソースを作成した。場所は Location ヘッダー。", "Success; a new resource was created at the Location header."),
    ACCEPTED(202, "Accepted", "受け付けたが処理は終わっていない（非同期処理）。", "Accepted, but processing is not finished (asynchronous)."),
    NO_CONTENT(204, "No Content", "成功したが返す本文はない。", "Success, with no body to return."),
    PARTIAL_CONTENT(206, "Partial Content", "Range リクエストに対して一部だけ返す。", "Part of the content, answering a Range request."),
    MOVED_PERMANENTLY(301, "Moved Permanently", "リソースが恒久的に移動した。", "The resource moved permanently."),
    FOUND(302, "Found", "リソースが一時的に別の場所にある。", "The resource is temporarily elsewhere."),
    NOT_MODIFIED(304, "Not Modified", "変更なし。キャッシュをそのまま使ってよい。", "Not modified; the cached copy is still good."),
    TEMPORARY_REDIRECT(307, "Temporary Redirect", "メソッドを変えずに一時的にリダイレクト。", "Temporary redirect; repeat the same method."),
    PERMANENT_REDIRECT(308, "Permanent Redirect", "メソッドを変えずに恒久的にリダイレクト。", "Permanent redirect; repeat the same method."),
    BAD_REQUEST(400, "Bad Request", "リクエストが不正（構文エラー、必須パラメーター不足など）。", "The request is malformed (syntax error, missing parameter...)."),
    UNAUTHORIZED(401, "Unauthorized", "認証が必要だが、認証情報がないか無効。", "Authentication is needed, and credentials are missing or invalid."),
    FORBIDDEN(403, "Forbidden", "認証はできたが、アクセス権限がない。", "Authenticated, but not allowed to access this resource."),
    NOT_FOUND(404, "Not Found", "リソースが見つからない。", "The resource was not found."),
    METHOD_NOT_ALLOWED(405, "Method Not Allowed", "このリソースでは使えない HTTP メソッド。", "This HTTP method is not allowed on the resource."),
    NOT_ACCEPTABLE(406, "Not Acceptable", "要求されたコンテンツタイプを返せない。", "The requested content type cannot be produced."),
    REQUEST_TIMEOUT(408, "Request Timeout", "リクエストの受信がタイムアウトした。", "The server timed out waiting for the request."),
    CONFLICT(409, "Conflict", "リソースの現在の状態と競合する。", "The request conflicts with the resource's current state."),
    GONE(410, "Gone", "リソースは恒久的に削除された。", "The resource is gone for good."),
    PAYLOAD_TOO_LARGE(413, "Payload Too Large", "リクエストボディが大きすぎる。", "The request body is too large."),
    URI_TOO_LONG(414, "URI Too Long", "リクエスト URI が長すぎる。", "The request URI is too long."),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported Media Type", "サポートしていないメディアタイプ。", "The media type is not supported."),
    UNPROCESSABLE_ENTITY(422, "Unprocessable Entity", "形式は正しいが、内容に意味上の誤りがある。", "Well-formed, but semantically wrong."),
    LOCKED(423, "Locked", "リソースがロックされている（WebDAV）。", "The resource is locked (WebDAV)."),
    TOO_MANY_REQUESTS(429, "Too Many Requests", "レート制限に達した。Retry-After 秒待つ。", "Rate limit reached; wait Retry-After seconds."),
    INTERNAL_SERVER_ERROR(500, "Internal Server Error", "サーバー側で予期しないエラーが起きた。", "An unexpected error on the server."),
    NOT_IMPLEMENTED(501, "Not Implemented", "要求されたメソッドをサーバーが実装していない。", "The server does not implement this method."),
    BAD_GATEWAY(502, "Bad Gateway", "プロキシが上流から不正な応答を受けた。", "A proxy got a bad answer from upstream."),
    SERVICE_UNAVAILABLE(503, "Service Unavailable", "一時的な過負荷またはメンテナンス中。", "Temporarily overloaded or in maintenance."),
    GATEWAY_TIMEOUT(504, "Gateway Timeout", "プロキシが上流の応答を待ってタイムアウトした。", "A proxy timed out waiting for upstream."),
    INSUFFICIENT_STORAGE(507, "Insufficient Storage", "サーバーのストレージ容量が足りない。", "The server is out of storage."),
    NETWORK_AUTHENTICATION_REQUIRED(511, "Network Authentication Required", "ネットワーク認証が必要。", "Network authentication is required.");

    private static final Map<Integer, StatusCode> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toMap(StatusCode::code, Function.identity()));

    private static final Map<Integer, String> OTHER_REASONS = Map.ofEntries(
            Map.entry(103, "Early Hints"), Map.entry(203, "Non-Authoritative Information"), Map.entry(205, "Reset Content"),
            Map.entry(207, "Multi-Status"), Map.entry(208, "Already Reported"), Map.entry(226, "IM Used"),
            Map.entry(300, "Multiple Choices"), Map.entry(303, "See Other"), Map.entry(305, "Use Proxy"),
            Map.entry(402, "Payment Required"), Map.entry(407, "Proxy Authentication Required"), Map.entry(411, "Length Required"),
            Map.entry(412, "Precondition Failed"), Map.entry(416, "Range Not Satisfiable"), Map.entry(417, "Expectation Failed"),
            Map.entry(418, "I'm a teapot"), Map.entry(421, "Misdirected Request"), Map.entry(424, "Failed Dependency"),
            Map.entry(425, "Too Early"), Map.entry(426, "Upgrade Required"), Map.entry(428, "Precondition Required"),
            Map.entry(431, "Request Header Fields Too Large"), Map.entry(451, "Unavailable For Legal Reasons"),
            Map.entry(505, "HTTP Version Not Supported"), Map.entry(506, "Variant Also Negotiates"), Map.entry(508, "Loop Detected"),
            Map.entry(510, "Not Extended"));

    private final int code;
    private final String reason;
    private final String ja;
    private final String en;

    StatusCode(int code, String reason, String ja, String en) {
        this.code = code;
        this.reason = reason;
        this.ja = ja;
        this.en = en;
    }

    public static Optional<StatusCode> of(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The reason phrase of any code: the chapter's, else IANA's registry (418 from RFC 2324), else "Status N". */
    public static String reasonPhrase(int code) {
        return of(code).map(StatusCode::reason).orElseGet(() -> OTHER_REASONS.getOrDefault(code, "Status " + code));
    }

    public int code() {
        return code;
    }

    public String reason() {
        return reason;
    }

    public String ja() {
        return ja;
    }

    public String en() {
        return en;
    }
}
