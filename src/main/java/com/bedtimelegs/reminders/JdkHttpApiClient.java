package com.bedtimelegs.reminders;

import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ApiClientRequest;
import com.amazon.ask.model.services.ApiClientResponse;
import com.amazon.ask.model.services.Pair;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The ASK SDK's service clients (Reminders, Settings) call Alexa through this: the JDK's own
 * {@code java.net.http} client instead of the SDK's Apache one (ask-sdk-apache-client brings
 * httpclient, httpcore and commons-codec, about 1.2 MB, and loads far more classes on a cold start).
 * Timeouts are short because Alexa waits only eight seconds for the whole answer: a slow API
 * gets a spoken "try again later" rather than silence.
 */
public final class JdkHttpApiClient implements ApiClient {
    /** Headers the JDK client sets itself and refuses to be given. */
    private static final Set<String> RESTRICTED = Set.of("content-length", "host", "connection", "expect", "upgrade");

    private final Duration timeout;
    private volatile HttpClient client;

    public JdkHttpApiClient(Duration timeout) {
        this.timeout = timeout;
    }

    /** What the skill uses: 1.5 s per call, so even three calls leave time to speak. */
    public static JdkHttpApiClient standard() {
        return new JdkHttpApiClient(Duration.ofMillis(1500));
    }

    /** Built on first use, so a conversation that never calls Alexa's APIs never starts the HTTP machinery. */
    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
                }
                c = client;
            }
        }
        return c;
    }

    @Override
    public ApiClientResponse invoke(ApiClientRequest request) {
        HttpRequest.BodyPublisher body = request.getBody() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.getBody(), StandardCharsets.UTF_8);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.getUrl()))
                .timeout(timeout)
                .method(request.getMethod(), body);
        if (request.getHeaders() != null) {
            for (Pair<String, String> header : request.getHeaders()) {
                if (!RESTRICTED.contains(header.getName().toLowerCase(java.util.Locale.ROOT))) {
                    builder.header(header.getName(), header.getValue());
                }
            }
        }
        HttpResponse<String> response;
        try {
            response = client().send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Alexa API call failed: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Alexa API call interrupted", e);
        }
        ApiClientResponse out = new ApiClientResponse();
        out.setStatusCode(response.statusCode());
        List<Pair<String, String>> headers = new ArrayList<>();
        response.headers().map().forEach((name, values) -> values.forEach(v -> headers.add(new Pair<>(name, v))));
        out.setHeaders(headers);
        out.setBody(response.body() == null || response.body().isEmpty() ? null : response.body());
        return out;
    }
}
