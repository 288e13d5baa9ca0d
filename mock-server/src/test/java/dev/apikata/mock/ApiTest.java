package dev.apikata.mock;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** One server per test class on a free loopback port; seed data restored before each test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTest {

    protected MockApi api;
    protected Http http;

    /** Override to start the server with other options (a fixed clock, say). */
    protected MockApiOptions options() {
        return MockApiOptions.defaults();
    }

    @BeforeAll
    void startServer() {
        api = MockApi.start(options());
        http = new Http(api);
    }

    @AfterAll
    void stopServer() {
        api.close();
    }

    @BeforeEach
    void restoreSeedData() {
        api.reset();
    }
}
