package dev.apikata.http.status;

import dev.apikata.course.NotDoneYet;
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
        throw NotDoneYet.task("03.8");
    }
}
