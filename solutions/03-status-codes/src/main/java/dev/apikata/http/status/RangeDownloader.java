package dev.apikata.http.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads a resource in pieces with {@code Range} requests ({@code 206 Partial Content}) and
 * puts them together, checking every {@code Content-Range}. Chapter 03, section {@code #partial-content}.
 */
public final class RangeDownloader {

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Every byte of {@code uri}, fetched {@code chunkSize} bytes at a time: {@code Range: bytes=0-(chunkSize-1)},
     * then the next range, until the total length a {@code Content-Range} announced is reached.
     * A server that ignores Range and answers {@code 200} sends everything at once: that body is the result.
     *
     * @throws InvalidRangeResponseException if a 206 has no valid {@code Content-Range}, starts
     *         elsewhere than asked, or carries another number of bytes than it announces
     * @throws IOException for any other status, or an exchange that failed
     */
    public byte[] download(URI uri, int chunkSize) throws IOException, InterruptedException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        long total = Long.MAX_VALUE;
        while (content.size() < total) {
            long first = content.size();
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Range", "bytes=" + first + "-" + (first + chunkSize - 1))
                    .build();
            HttpResponse<byte[]> response = http.send(request, BodyHandlers.ofByteArray());
            if (response.statusCode() == 200) {
                return response.body();
            }
            if (response.statusCode() != 206) {
                throw new IOException("unexpected answer " + response.statusCode() + " to GET " + uri + " with Range");
            }
            String header = response.headers().firstValue("Content-Range")
                    .orElseThrow(() -> new InvalidRangeResponseException("206 without Content-Range from " + uri));
            Matcher range = CONTENT_RANGE.matcher(header.strip());
            if (!range.matches()) {
                throw new InvalidRangeResponseException("cannot read Content-Range: " + header);
            }
            long start = Long.parseLong(range.group(1));
            long end = Long.parseLong(range.group(2));
            if (start != first) {
                throw new InvalidRangeResponseException("asked for bytes from " + first + ", got " + header);
            }
            if (response.body().length != end - start + 1) {
                throw new InvalidRangeResponseException(header + " announces " + (end - start + 1)
                        + " bytes, the body has " + response.body().length);
            }
            total = Long.parseLong(range.group(3));
            content.write(response.body());
        }
        return content.toByteArray();
    }
}
