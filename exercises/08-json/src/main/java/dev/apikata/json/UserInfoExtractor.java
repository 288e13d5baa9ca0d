package dev.apikata.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.apikata.course.NotDoneYet;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Takes what a report needs out of a user as the API sends it, without trusting its shape: the
 * Python version's {@code extract_user_info}, on Jackson's tree model. Chapter 08, section
 * {@code #safe-extraction}.
 */
public final class UserInfoExtractor {

    /** What stands for a value the user does not have. */
    private static final String NOT_AVAILABLE = "N/A";

    private final Consumer<String> warnings;

    /** @param warnings where to report a part of the user that has the wrong shape */
    public UserInfoExtractor(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    /**
     * The name, email, address, company name and catch phrase of {@code user}; {@code "N/A"} for each
     * that is missing, {@code null}, blank or not a single value. The address joins the non-blank of
     * street, suite, city and zipcode with {@code ", "}. An {@code address} or {@code company} that
     * is {@code null} counts as missing; one that is there but neither an object nor {@code null}
     * counts as missing too, with a warning that names it. Chapter section {@code #safe-extraction}.
     *
     * @return empty, with a warning, when {@code user} is not a JSON object
     */
    public Optional<UserInfo> extract(JsonNode user) {
        throw NotDoneYet.task("08.3");
    }

    /**
     * Where the user lives, read with the JSON Pointers {@code /address/geo/lat} and
     * {@code /address/geo/lng}: numbers, or text that holds a number, as the API sends either. Empty
     * when either is missing or not a number: a missing position is not the point 0, 0. Chapter
     * section {@code #json-pointer}.
     */
    public Optional<GeoPoint> location(JsonNode user) {
        throw NotDoneYet.task("08.4");
    }
}
