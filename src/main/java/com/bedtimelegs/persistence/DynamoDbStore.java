package com.bedtimelegs.persistence;

import com.amazon.ask.attributes.persistence.PersistenceAdapter;
import com.amazon.ask.exception.PersistenceException;
import com.amazon.ask.model.RequestEnvelope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * The production store: one DynamoDB item per user, on AWS SDK for Java v2 with the JDK's
 * URLConnection HTTP client (small and quick to start). Implements the ASK SDK's
 * {@link PersistenceAdapter}, so handlers use {@code AttributesManager} persistent attributes as usual.
 *
 * <p>Item: {@code id} (S, the SHA-256 of the user id, see {@link UserKey}), {@code data} (S, the
 * attributes as JSON) and {@code expiresAt} (N, epoch seconds; the table's TTL attribute, so a
 * record nobody has touched for {@link #KEEP} is removed by DynamoDB itself).
 *
 * <p>Every call gives up within {@link #CALL_TIMEOUT}: a slow store must never hold up Alexa, which
 * waits eight seconds for the whole answer. Failures surface as {@link PersistenceException}.
 */
public final class DynamoDbStore implements PersistenceAdapter {
    /** Environment variable naming the table (set by template.yaml). */
    public static final String TABLE_ENV = "MEMORY_TABLE";
    /** Optional environment variable: a DynamoDB-compatible endpoint to use instead of AWS (local runs only). */
    public static final String ENDPOINT_ENV = "MEMORY_ENDPOINT";
    /**
     * Optional, and only with {@value #ENDPOINT_ENV}: a wider time limit in milliseconds for a local server
     * on a loaded machine (integration tests), so slowness there is not mistaken for a store fault.
     */
    public static final String LOCAL_TIMEOUT_ENV = "MEMORY_LOCAL_TIMEOUT_MS";
    public static final String KEY = "id";
    public static final String DATA = "data";
    public static final String EXPIRES = "expiresAt";
    /** An untouched record is deleted by the table's TTL after this long. */
    public static final Duration KEEP = Duration.ofDays(180);
    /** The most one store call may take, retries included. */
    public static final Duration CALL_TIMEOUT = Duration.ofMillis(900);
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(400);
    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(300);
    /** Fetching the function's credentials is not covered by the SDK's call limits; this bounds it. */
    private static final Duration CREDENTIALS_TIMEOUT = Duration.ofMillis(500);
    /** Made on first use (by then on the warm-up thread), not when the class loads on the main thread. */
    private static final class Records {
        static final ObjectMapper MAPPER = new ObjectMapper();
        static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
        };
    }

    private final String table;
    private final String region;
    private final URI endpoint;
    private final Supplier<AwsCredentialsProvider> credentials;
    private final Duration callTimeout;
    private final Duration attemptTimeout;
    /** Builds the one client, once: on the warm-up thread, or on the first caller if that comes first. */
    private final FutureTask<DynamoDbClient> client = new FutureTask<>(this::build);
    private volatile Thread warmUp;
    private volatile DryRunHttpClient http;

    /**
     * Holds only plain values: every SDK object is made in {@link #build()}, so that a store made on
     * the main thread leaves all of the SDK's class loading to the warm-up thread.
     */
    DynamoDbStore(String region, URI endpoint, Supplier<AwsCredentialsProvider> credentials, String table,
                  Duration callTimeout, Duration attemptTimeout) {
        this.region = region;
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.table = table;
        this.callTimeout = callTimeout;
        this.attemptTimeout = attemptTimeout;
    }

    /**
     * The function's store, configured only from its environment (nothing read from files or the
     * network): the table named by {@value #TABLE_ENV} (null, so nothing is remembered, when unset),
     * the function's region ({@code AWS_REGION}), and the function's own credentials: the environment's
     * keys, or the container endpoint that SnapStart functions use instead. {@value #ENDPOINT_ENV}
     * points the same store at a DynamoDB-compatible server (sam local, bench/run); such a server
     * takes any keys, so with no keys in the environment it is given a fixed local pair.
     */
    public static DynamoDbStore fromEnvironment(Map<String, String> env) {
        String table = env.get(TABLE_ENV);
        if (table == null || table.isBlank()) {
            return null;
        }
        String region = env.get("AWS_REGION");
        String endpointValue = env.get(ENDPOINT_ENV);
        URI endpoint = endpointValue == null || endpointValue.isBlank() ? null : URI.create(endpointValue);
        Supplier<AwsCredentialsProvider> credentials = endpoint != null && env.get("AWS_ACCESS_KEY_ID") == null
                ? DynamoDbStore::localKeys
                : DynamoDbStore::functionCredentials;
        Duration callTimeout = CALL_TIMEOUT;
        Duration attemptTimeout = ATTEMPT_TIMEOUT;
        String wider = env.get(LOCAL_TIMEOUT_ENV);
        if (endpoint != null && wider != null && wider.matches("[0-9]{1,6}")) {
            callTimeout = Duration.ofMillis(Long.parseLong(wider));
            attemptTimeout = callTimeout;
        }
        return new DynamoDbStore(region == null || region.isBlank() ? "us-east-1" : region, endpoint, credentials, table,
                callTimeout, attemptTimeout);
    }

    /** For Lambda: {@link #fromEnvironment} with the table given. */
    public static DynamoDbStore forLambda(String table) {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.put(TABLE_ENV, table);
        env.remove(ENDPOINT_ENV);
        return fromEnvironment(env);
    }

    /** For a DynamoDB-compatible server at a given address (dynalite in tests, or any local endpoint). */
    public static DynamoDbStore forEndpoint(URI endpoint, String table) {
        return new DynamoDbStore("us-east-1", endpoint, DynamoDbStore::localKeys, table, CALL_TIMEOUT, ATTEMPT_TIMEOUT);
    }

    /**
     * The same adapter with longer time limits, for integration tests on a machine so loaded that
     * the production limits would turn a slow answer into a (correctly handled) fault.
     */
    public static DynamoDbStore forEndpoint(URI endpoint, String table, Duration callTimeout) {
        return new DynamoDbStore("us-east-1", endpoint, DynamoDbStore::localKeys, table, callTimeout, callTimeout);
    }

    /** A DynamoDB-compatible local server takes any keys. */
    private static AwsCredentialsProvider localKeys() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
    }

    /**
     * The function's role: its keys in the environment, or (SnapStart) the container credentials
     * endpoint; a fetch that takes longer than {@link #CREDENTIALS_TIMEOUT} fails the call.
     */
    private static AwsCredentialsProvider functionCredentials() {
        return new TimeLimitedCredentials(AwsCredentialsProviderChain.of(EnvironmentVariableCredentialsProvider.create(),
                ContainerCredentialsProvider.create()), CREDENTIALS_TIMEOUT);
    }

    /**
     * The JDK's HttpURLConnection with our time limits, opened per call. Given as a connection
     * factory, the SDK's client builds no TLS context of its own up front (loading the trust store
     * cost ~200 ms of every cold start, even for an http:// endpoint); an https connection uses the
     * JDK's default TLS set-up, made on first use (or in {@link #primeTls()} before a snapshot).
     */
    private static SdkHttpClient http(Duration socketTimeout) {
        int connectMillis = (int) CONNECT_TIMEOUT.toMillis();
        int readMillis = (int) socketTimeout.toMillis();
        return UrlConnectionHttpClient.create(uri -> {
            try {
                HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
                connection.setConnectTimeout(connectMillis);
                connection.setReadTimeout(readMillis);
                return connection;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Everything the SDK would otherwise look up is given: HTTP client, region, credentials,
     * endpoint discovery off (DynamoDB's default, stated so nothing is resolved for it), and an
     * empty profile file (no ~/.aws files read; Lambda has none).
     */
    private DynamoDbClient build() {
        ProfileFile noProfile = ProfileFile.aggregator().build();
        ClientOverrideConfiguration override = ClientOverrideConfiguration.builder()
                .apiCallTimeout(callTimeout)
                .apiCallAttemptTimeout(attemptTimeout)
                .retryStrategy(retry -> retry.maxAttempts(2))
                .defaultProfileFileSupplier(() -> noProfile)
                .defaultProfileName("default")
                .build();
        http = new DryRunHttpClient(http(attemptTimeout));
        var builder = DynamoDbClient.builder()
                .httpClient(http)
                .region(Region.of(region))
                .credentialsProvider(credentials.get())
                .endpointDiscoveryEnabled(false)
                .overrideConfiguration(override);
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    /**
     * Starts building the client, and then sends one read through it in a dry run (see
     * {@link #dryRun}), on a background thread: the SDK's classes load on the second core while
     * the skill itself starts and parses the first request, whose one read then finds the client
     * built and the request path loaded (measured: the first read's own work drops from ~210 ms to
     * ~30 ms of CPU). Only the read: a launch does not write. No network call, no credentials looked
     * up. Lambda calls this once at init.
     */
    public void warmUpInBackground() {
        if (warmUp != null) {
            return;
        }
        Thread thread = new Thread(this::warmUp, "memory-warm-up");
        thread.setDaemon(true);
        warmUp = thread;
        thread.start();
    }

    /** Waits for {@link #warmUpInBackground()} to finish (before a snapshot no thread may be mid-work). */
    public void awaitWarmUp() {
        Thread thread = warmUp;
        if (thread == null) {
            return;
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void warmUp() {
        try {
            dryRun(() -> read(UserKey.hash("amzn1.ask.account.warm-up")));
        } catch (RuntimeException e) {
            // best effort: a real call builds and loads whatever the warm-up did not
        }
    }

    /**
     * For a store reached over https (AWS itself): sets up the JDK's default TLS context (trust
     * store loaded, socket factory made) without connecting, so a snapshot holds it.
     */
    public void primeTls() {
        if (endpoint != null && !"https".equalsIgnoreCase(endpoint.getScheme())) {
            return;
        }
        javax.net.ssl.HttpsURLConnection.getDefaultSSLSocketFactory();
    }

    /** How many calls a dry run has answered without the network (tests). */
    int dryRunAnswers() {
        DryRunHttpClient client = http;
        return client == null ? 0 : client.answered();
    }

    public String table() {
        return table;
    }

    /** The client, for local set-up (creating the table) and tests that look at the rows themselves. */
    public DynamoDbClient client() {
        client.run(); // builds here unless the warm-up thread is building (or has built) it
        try {
            return client.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PersistenceException("interrupted while the store client was built", e);
        } catch (ExecutionException e) {
            throw new PersistenceException("the store client could not be built", e.getCause());
        }
    }

    @Override
    public Optional<Map<String, Object>> getAttributes(RequestEnvelope envelope) {
        return read(UserKey.of(envelope));
    }

    private Optional<Map<String, Object>> read(String key) {
        GetItemResponse response = call(() -> client().getItem(r -> dryRunAware(r.tableName(table).consistentRead(true)
                .key(Map.of(KEY, AttributeValue.fromS(key))))));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        AttributeValue data = response.item().get(DATA);
        if (data == null || data.s() == null) {
            throw new PersistenceException("malformed record: no data");
        }
        try {
            Map<String, Object> attributes = Records.MAPPER.readValue(data.s(), Records.MAP);
            if (attributes == null) {
                throw new PersistenceException("malformed record: data is not an object");
            }
            return Optional.of(attributes);
        } catch (JsonProcessingException e) {
            throw new PersistenceException("malformed record: data is not JSON");
        }
    }

    @Override
    public void saveAttributes(RequestEnvelope envelope, Map<String, Object> attributes) {
        write(UserKey.of(envelope), attributes);
    }

    private void write(String key, Map<String, Object> attributes) {
        String json;
        try {
            json = Records.MAPPER.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new PersistenceException("attributes are not JSON", e);
        }
        long expires = Instant.now().plus(KEEP).getEpochSecond();
        call(() -> client().putItem(r -> dryRunAware(r.tableName(table).item(Map.of(
                KEY, AttributeValue.fromS(key),
                DATA, AttributeValue.fromS(json),
                EXPIRES, AttributeValue.fromN(Long.toString(expires)))))));
    }

    @Override
    public void deleteAttributes(RequestEnvelope envelope) {
        String key = UserKey.of(envelope);
        call(() -> client().deleteItem(r -> dryRunAware(r.tableName(table).key(Map.of(KEY, AttributeValue.fromS(key))))));
    }

    /**
     * Runs {@code work} with every store call made on this thread going through the SDK's whole
     * pipeline (marshalling, signing with dummy keys, interceptors, response parsing) but answered
     * by a canned reply instead of the network: no connection, and the store's real credentials
     * are never looked up (so none are fetched into a snapshot). A read in a dry run finds a
     * minimal record; writes and deletes succeed. For SnapStart priming and the background warm-up.
     */
    public void dryRun(Runnable work) {
        boolean outer = DryRunHttpClient.enter();
        try {
            work.run();
        } finally {
            DryRunHttpClient.exit(outer);
        }
    }

    /** In a dry run, the request signs with dummy keys rather than the store's credentials. */
    private static <B extends AwsRequest.Builder> B dryRunAware(B request) {
        if (DryRunHttpClient.active()) {
            request.overrideConfiguration(o -> o.credentialsProvider(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("PRIMING", "PRIMING"))));
        }
        return request;
    }

    private static <T> T call(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (SdkException e) {
            throw new PersistenceException("store call failed: " + e.getClass().getSimpleName(), e);
        }
    }
}
