package dev.apikata.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
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
        if (!user.isObject()) {
            warnings.accept("the user is not a JSON object but " + user.getNodeType());
            return Optional.empty();
        }
        JsonNode address = object(user, "address");
        JsonNode company = object(user, "company");
        String parts = Stream.of("street", "suite", "city", "zipcode")
                .map(part -> text(address.path(part)))
                .filter(part -> !part.equals(NOT_AVAILABLE))
                .collect(Collectors.joining(", "));
        return Optional.of(new UserInfo(text(user.path("name")), text(user.path("email")),
                parts.isEmpty() ? NOT_AVAILABLE : parts,
                text(company.path("name")), text(company.path("catchPhrase"))));
    }

    /**
     * Where the user lives, read with the JSON Pointers {@code /address/geo/lat} and
     * {@code /address/geo/lng}: numbers, or text that holds a number, as the API sends either. Empty
     * when either is missing or not a number: a missing position is not the point 0, 0. Chapter
     * section {@code #json-pointer}.
     */
    public Optional<GeoPoint> location(JsonNode user) {
        return number(user.at("/address/geo/lat"))
                .flatMap(latitude -> number(user.at("/address/geo/lng")).map(longitude -> new GeoPoint(latitude, longitude)));
    }

    // The member as an object, or a missing node (on which path() finds nothing) when it is not one.
    private JsonNode object(JsonNode user, String name) {
        JsonNode member = user.path(name);
        if (!member.isObject() && !member.isMissingNode() && !member.isNull()) {
            warnings.accept("the " + name + " of the user is not a JSON object but " + member.getNodeType());
            return MissingNode.getInstance();
        }
        return member;
    }

    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() && !node.asText().isBlank() ? node.asText() : NOT_AVAILABLE;
    }

    private static Optional<Double> number(JsonNode node) {
        if (node.isNumber()) {
            return Optional.of(node.doubleValue());
        }
        try {
            return node.isTextual() ? Optional.of(Double.parseDouble(node.textValue().strip())) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
