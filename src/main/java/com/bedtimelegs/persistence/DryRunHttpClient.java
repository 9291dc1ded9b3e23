package com.bedtimelegs.persistence;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The store's HTTP client: the network one, except on a thread in a dry run, where each request is
 * prepared by the network client as usual (an unconnected HttpURLConnection) and then gets a canned
 * DynamoDB answer instead of being sent: no connection is ever opened. A dry run is per thread, so
 * the background warm-up can run while the first user's real request goes to the network.
 */
final class DryRunHttpClient implements SdkHttpClient {
    private static final ThreadLocal<Boolean> DRY_RUN = ThreadLocal.withInitial(() -> Boolean.FALSE);
    /** GetItem finds a minimal record of the current version (so the record-parsing path runs too). */
    private static final String GET_ITEM_ANSWER =
            "{\"Item\":{\"" + DynamoDbStore.KEY + "\":{\"S\":\"dry-run\"},\"" + DynamoDbStore.DATA + "\":{\"S\":\"{\\\"v\\\":1}\"}}}";
    private static final String OTHER_ANSWER = "{}";

    private final SdkHttpClient network;
    private final AtomicInteger answered = new AtomicInteger();

    DryRunHttpClient(SdkHttpClient network) {
        this.network = network;
    }

    /** Marks this thread as in a dry run; returns whether it already was (for {@link #exit}). */
    static boolean enter() {
        boolean was = DRY_RUN.get();
        DRY_RUN.set(Boolean.TRUE);
        return was;
    }

    static void exit(boolean was) {
        if (!was) {
            DRY_RUN.remove();
        }
    }

    static boolean active() {
        return DRY_RUN.get();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        if (!active()) {
            return network.prepareRequest(request);
        }
        String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        answered.incrementAndGet();
        // The network client makes its HttpURLConnection (headers, method, body settings) but is never
        // asked to run it: opening a URLConnection object does not connect. Its classes are then loaded too.
        network.prepareRequest(request).abort();
        byte[] body = (target.endsWith(".GetItem") ? GET_ITEM_ANSWER : OTHER_ANSWER).getBytes(StandardCharsets.UTF_8);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                SdkHttpResponse response = SdkHttpResponse.builder()
                        .statusCode(200)
                        .putHeader("Content-Type", "application/x-amz-json-1.0")
                        .putHeader("Content-Length", Integer.toString(body.length))
                        .build();
                return HttpExecuteResponse.builder()
                        .response(response)
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                        .build();
            }

            @Override
            public void abort() {
                // nothing in flight
            }
        };
    }

    int answered() {
        return answered.get();
    }

    @Override
    public String clientName() {
        return network.clientName();
    }

    @Override
    public void close() {
        network.close();
    }
}
