package dev.apikata.http.status;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Module 03, task 03.8: downloading in ranges. The content is a..z repeated, so any misplaced
 * piece shows; the test server answers only the ranges a correct client asks for.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:03.8")
@DisplayName("03.8 RangeDownloader.download: Range, 206 and Content-Range")
@Timeout(10) // a download that never reaches its end would otherwise hang here
class RangeDownloaderTest {

    private static final String PATH = "/backups/db01.tar";

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    private final RangeDownloader downloader = new RangeDownloader();

    /** a..z repeated, {@code size} bytes. */
    private static byte[] content(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }

    private static ResponseDefinitionBuilder partial(byte[] content, int first, int last) {
        return aResponse().withStatus(206)
                .withHeader("Content-Type", "application/x-tar")
                .withHeader("Content-Range", "bytes " + first + "-" + last + "/" + content.length)
                .withBody(Arrays.copyOfRange(content, first, last + 1));
    }

    private static void answerRange(String range, ResponseDefinitionBuilder answer) {
        api.stubFor(get(urlEqualTo(PATH)).withHeader("Range", equalTo(range)).willReturn(answer));
    }

    private static URI uri() {
        return URI.create(api.url(PATH));
    }

    private static void assertInvalidRange(Throwable thrown, String description) {
        assertThat(thrown).as(description + ": should throw InvalidRangeResponseException").isInstanceOf(InvalidRangeResponseException.class);
    }

    @Test
    @DisplayName("1000 bytes in pieces of 400: three ranges, put together in order")
    void threeRanges() throws Exception {
        byte[] content = content(1000);
        answerRange("bytes=0-399", partial(content, 0, 399));
        answerRange("bytes=400-799", partial(content, 400, 799));
        // The last piece may be asked for as 800-1199, 800-999 or 800-: each is right.
        api.stubFor(get(urlEqualTo(PATH)).withHeader("Range", matching("bytes=800-(\\d+)?")).willReturn(partial(content, 800, 999)));

        byte[] downloaded = downloader.download(uri(), 400);

        assertThat(downloaded).as("the 1000 bytes put together").isEqualTo(content);
        api.verify(3, getRequestedFor(urlEqualTo(PATH)));
        api.verify(getRequestedFor(urlEqualTo(PATH)).withHeader("Range", equalTo("bytes=400-799")));
    }

    @Test
    @DisplayName("800 bytes in pieces of 400: two ranges, and no third request past the end")
    void stopsAtTheEnd() throws Exception {
        byte[] content = content(800);
        answerRange("bytes=0-399", partial(content, 0, 399));
        api.stubFor(get(urlEqualTo(PATH)).withHeader("Range", matching("bytes=400-(799)?")).willReturn(partial(content, 400, 799)));

        assertThat(downloader.download(uri(), 400)).as("the 800 bytes put together").isEqualTo(content);
        api.verify(2, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    @DisplayName("a server that ignores Range answers 200 with everything: one request, that body")
    void serverWithoutRanges() throws Exception {
        byte[] content = content(1000);
        api.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody(content)));

        assertThat(downloader.download(uri(), 400)).as("the body of the 200").isEqualTo(content);
        api.verify(1, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    @DisplayName("a 206 that starts elsewhere than asked is an InvalidRangeResponseException")
    void wrongStart() {
        byte[] content = content(1000);
        answerRange("bytes=0-399", partial(content, 0, 399));
        answerRange("bytes=400-799", partial(content, 0, 399));

        assertInvalidRange(catchThrowable(() -> downloader.download(uri(), 400)), "the second range answered with bytes 0-399");
    }

    @Test
    @DisplayName("a 206 whose body is shorter than its Content-Range is an InvalidRangeResponseException")
    void shortBody() {
        byte[] content = content(1000);
        answerRange("bytes=0-399", aResponse().withStatus(206)
                .withHeader("Content-Range", "bytes 0-399/1000").withBody(Arrays.copyOfRange(content, 0, 300)));

        assertInvalidRange(catchThrowable(() -> downloader.download(uri(), 400)), "Content-Range 0-399 with a 300-byte body");
    }

    @Test
    @DisplayName("a 206 without Content-Range is an InvalidRangeResponseException")
    void missingContentRange() {
        answerRange("bytes=0-399", aResponse().withStatus(206).withBody(Arrays.copyOfRange(content(1000), 0, 400)));

        assertInvalidRange(catchThrowable(() -> downloader.download(uri(), 400)), "a 206 without Content-Range");
    }

    @Test
    @DisplayName("a connection reset during the second piece is an IOException, not a short file")
    void resetConnectionPropagates() {
        answerRange("bytes=0-399", partial(content(1000), 0, 399));
        answerRange("bytes=400-799", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        Throwable thrown = catchThrowable(() -> downloader.download(uri(), 400));
        assertThat(thrown).as("download(...) when the connection is reset: an IOException, or an exception caused by one")
                .isNotNull()
                .satisfiesAnyOf(e -> assertThat(e).isInstanceOf(IOException.class),
                        e -> assertThat(e).hasRootCauseInstanceOf(IOException.class));
    }

    @Test
    @DisplayName("416 Range Not Satisfiable is an error, not an empty download")
    void unsatisfiableIsAnError() {
        answerRange("bytes=0-399", aResponse().withStatus(416).withHeader("Content-Range", "bytes */0"));

        Throwable thrown = catchThrowable(() -> downloader.download(uri(), 400));
        assertThat(thrown).as("download(...) when the server answers 416: an IOException or an HttpStatusException")
                .isNotNull()
                .satisfiesAnyOf(e -> assertThat(e).isInstanceOf(IOException.class),
                        e -> assertThat(e).isInstanceOf(HttpStatusException.class));
    }
}
