package dev.apikata.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikata.course.LearnerFeedback;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Module 08, tasks 08.3 and 08.4: what a report needs, taken out of users of every shape. The
 * warnings the extractor reports are collected; any wording passes that names the part at fault.
 */
@ExtendWith(LearnerFeedback.class)
@DisplayName("UserInfoExtractor")
class UserInfoExtractorTest {

    private final List<String> warnings = new ArrayList<>();
    private UserInfoExtractor extractor;

    @BeforeEach
    void newExtractor() {
        extractor = new UserInfoExtractor(warnings::add);
    }

    private static JsonNode json(String text) throws Exception {
        return TestJson.RESPONSES.readTree(text);
    }

    @Nested
    @Tag("task:08.3")
    @DisplayName("08.3 extract: safe extraction with defaults")
    class Extract {

        @Test
        @DisplayName("a complete user: name, email, the four address parts joined, company name and catch phrase")
        void completeUser() throws Exception {
            assertThat(extractor.extract(json(TestJson.USER_1))).as("extract(user 1)")
                    .contains(new UserInfo("Leanne Graham", "Sincere@april.biz", "Kulas Light, Apt. 556, Gwenborough, 92998-3874",
                            "Romaguera-Crona", "Multi-layered client-server neural-net"));
            assertThat(warnings).as("warnings for a complete user").isEmpty();
        }

        @Test
        @DisplayName("what is missing is N/A, and missing is no reason for a warning")
        void missingIsNotAvailable() throws Exception {
            assertThat(extractor.extract(json("{\"id\": 11, \"username\": \"ghost\"}"))).as("extract({id, username})")
                    .contains(new UserInfo("N/A", "N/A", "N/A", "N/A", "N/A"));
            assertThat(warnings).as("warnings for a user without name, email, address or company").isEmpty();
        }

        @Test
        @DisplayName("an empty object is a user with nothing known: N/A five times, not nothing (the Python version's if not user_data)")
        void emptyObjectIsAUser() throws Exception {
            assertThat(extractor.extract(json("{}"))).as("extract({})")
                    .contains(new UserInfo("N/A", "N/A", "N/A", "N/A", "N/A"));
            assertThat(warnings).as("warnings for the empty object {}: it is valid JSON and a valid user").isEmpty();
        }

        @Test
        @DisplayName("null and blank values are N/A too, never \"null\" or \"\"")
        void nullAndBlankAreNotAvailable() throws Exception {
            String user = """
                    {"name": null, "email": "  ", "address": null, "company": {"name": "", "catchPhrase": null}}""";

            assertThat(extractor.extract(json(user))).as("extract(%s)", user)
                    .contains(new UserInfo("N/A", "N/A", "N/A", "N/A", "N/A"));
            assertThat(warnings).as("warnings for an address that is null: null is as good as missing").isEmpty();
        }

        @Test
        @DisplayName("only the non-blank address parts are joined")
        void nonBlankPartsOnly() throws Exception {
            String user = """
                    {"name": "Ervin Howell", "address": {"street": "Victor Plains", "suite": " ", "zipcode": "90566-7771"}}""";

            assertThat(extractor.extract(json(user)).map(UserInfo::address)).as("the address of %s", user)
                    .contains("Victor Plains, 90566-7771");
        }

        @Test
        @DisplayName("an address whose parts are all blank is N/A")
        void blankAddressIsNotAvailable() throws Exception {
            String user = """
                    {"name": "Ervin Howell", "address": {"street": "", "suite": " ", "city": "", "zipcode": ""}}""";

            assertThat(extractor.extract(json(user)).map(UserInfo::address)).as("the address of %s", user).contains("N/A");
        }

        @Test
        @DisplayName("a zipcode sent as a number is part of the address (the Python version fails on it)")
        void numericZipcode() throws Exception {
            String user = """
                    {"name": "Clementine Bauch", "address": {"street": "Douglas Extension", "city": "McKenziehaven", "zipcode": 59590}}""";

            assertThat(extractor.extract(json(user)).map(UserInfo::address)).as("the address of %s", user)
                    .contains("Douglas Extension, McKenziehaven, 59590");
        }

        @Test
        @DisplayName("an address that is not an object is N/A with a warning, and the rest is still extracted")
        void addressNotAnObject() throws Exception {
            String user = """
                    {"name": "Patricia Lebsack", "email": "Julianne.OConner@kory.org", "address": "Hoeger Mall, South Elvis",
                     "company": {"name": "Robel-Corkery", "catchPhrase": "Multi-tiered zero tolerance productivity"}}""";

            assertThat(extractor.extract(json(user))).as("extract(%s)", user)
                    .contains(new UserInfo("Patricia Lebsack", "Julianne.OConner@kory.org", "N/A", "Robel-Corkery",
                            "Multi-tiered zero tolerance productivity"));
            assertThat(warnings).as("the warnings for an address that is text").hasSize(1);
            assertThat(warnings.get(0)).as("the warning names the address (in English or Japanese)")
                    .satisfiesAnyOf(warning -> assertThat(warning).containsIgnoringCase("address"),
                            warning -> assertThat(warning).contains("住所"));
        }

        @Test
        @DisplayName("a company that is not an object gives N/A for its name and catch phrase, with a warning")
        void companyNotAnObject() throws Exception {
            String user = """
                    {"name": "Chelsey Dietrich", "company": ["Keebler LLC"]}""";

            assertThat(extractor.extract(json(user))).as("extract(%s)", user)
                    .contains(new UserInfo("Chelsey Dietrich", "N/A", "N/A", "N/A", "N/A"));
            assertThat(warnings).as("the warnings for a company that is an array").hasSize(1);
            assertThat(warnings.get(0)).as("the warning names the company (in English or Japanese)")
                    .satisfiesAnyOf(warning -> assertThat(warning).containsIgnoringCase("company"),
                            warning -> assertThat(warning).contains("会社"));
        }

        @ParameterizedTest(name = "a user that is {0} gives nothing, with a warning")
        @ValueSource(strings = {"[1, 2]", "\"Leanne Graham\"", "null"})
        void notAnObject(String user) throws Exception {
            assertThat(extractor.extract(json(user))).as("extract(%s)", user).isEqualTo(Optional.empty());
            assertThat(warnings).as("the warnings for the user %s", user).hasSize(1);
        }
    }

    @Nested
    @Tag("task:08.4")
    @DisplayName("08.4 location: JSON Pointer /address/geo/lat")
    class Location {

        @Test
        @DisplayName("latitude and longitude sent as text become numbers")
        void textCoordinates() throws Exception {
            assertThat(extractor.location(json(TestJson.USER_1))).as("location(user 1), geo {lat: \"-37.3159\", lng: \"81.1496\"}")
                    .contains(new GeoPoint(-37.3159, 81.1496));
        }

        @Test
        @DisplayName("latitude and longitude sent as numbers work the same")
        void numberCoordinates() throws Exception {
            String user = """
                    {"address": {"city": "Tokyo", "geo": {"lat": 35.6812, "lng": 139.7671}}}""";

            assertThat(extractor.location(json(user))).as("location(%s)", user).contains(new GeoPoint(35.6812, 139.7671));
        }

        @Test
        @DisplayName("a user without geo has no location, not the point 0, 0")
        void missingGeo() throws Exception {
            String user = """
                    {"name": "Ervin Howell", "address": {"city": "Wisokyburgh"}}""";

            assertThat(extractor.location(json(user))).as("location(%s)", user).isEqualTo(Optional.empty());
            assertThat(extractor.location(json("{\"name\": \"Ervin Howell\"}"))).as("location of a user without address")
                    .isEqualTo(Optional.empty());
        }

        @Test
        @DisplayName("a latitude without a longitude is no location")
        void halfAPosition() throws Exception {
            String user = """
                    {"address": {"geo": {"lat": "-43.9509"}}}""";

            assertThat(extractor.location(json(user))).as("location(%s)", user).isEqualTo(Optional.empty());
        }

        @Test
        @DisplayName("0, 0 sent by the API is a real position")
        void zeroIsAPosition() throws Exception {
            String user = """
                    {"address": {"geo": {"lat": "0", "lng": 0}}}""";

            assertThat(extractor.location(json(user))).as("location(%s)", user).contains(new GeoPoint(0, 0));
        }

        @ParameterizedTest(name = "no location, and no exception, for {0}")
        @ValueSource(strings = {
            "{\"address\": {\"geo\": {\"lat\": \"unknown\", \"lng\": \"81.1496\"}}}",
            "{\"address\": {\"geo\": {\"lat\": true, \"lng\": [81.1496]}}}",
            "{\"address\": \"Hoeger Mall, South Elvis\"}",
            "[{\"address\": {\"geo\": {\"lat\": \"1\", \"lng\": \"2\"}}}]",
        })
        void notANumber(String user) throws Exception {
            assertThat(extractor.location(json(user))).as("location(%s)", user).isEqualTo(Optional.empty());
        }
    }
}
