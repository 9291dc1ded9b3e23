package com.bedtimelegs.persistence;

import com.amazon.ask.attributes.persistence.PersistenceAdapter;
import com.amazon.ask.exception.PersistenceException;
import com.amazon.ask.model.RequestEnvelope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
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
    public static final String KEY = "id";
    public static final String DATA = "data";
    public static final String EXPIRES = "expiresAt";
    /** An untouched record is deleted by the table's TTL after this long. */
    public static final Duration KEEP = Duration.ofDays(180);
    /** The most one store call may take, retries included. */
    public static final Duration CALL_TIMEOUT = Duration.ofMillis(900);
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(400);

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final DynamoDbClient client;
    private final String table;
    /** A twin of the client that signs with dummy keys and stops each call before it is sent (priming). */
    private final DynamoDbClient dryRunClient;
    private volatile boolean dryRun;

    DynamoDbStore(SdkHttpClient http, Region region, URI endpoint, AwsCredentialsProvider credentials, String table) {
        this(http, region, endpoint, credentials, table, CALL_TIMEOUT, ATTEMPT_TIMEOUT);
    }

    private DynamoDbStore(SdkHttpClient http, Region region, URI endpoint, AwsCredentialsProvider credentials, String table,
                          Duration callTimeout, Duration attemptTimeout) {
        this.client = build(http, region, endpoint, credentials, false, callTimeout, attemptTimeout);
        this.dryRunClient = build(http, region, endpoint,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("PRIMING", "PRIMING")), true,
                callTimeout, attemptTimeout);
        this.table = table;
    }

    /**
     * For Lambda: the table named by {@value #TABLE_ENV}, the function's region, and the function's
     * own credentials (environment, or the container endpoint that SnapStart functions use).
     */
    public static DynamoDbStore forLambda(String table) {
        String region = System.getenv("AWS_REGION");
        return new DynamoDbStore(http(), Region.of(region == null ? "us-east-1" : region), null,
                AwsCredentialsProviderChain.of(EnvironmentVariableCredentialsProvider.create(),
                        ContainerCredentialsProvider.create()), table);
    }

    /** For a DynamoDB-compatible server at a given address (dynalite in tests, or any local endpoint). */
    public static DynamoDbStore forEndpoint(URI endpoint, String table) {
        return new DynamoDbStore(http(), Region.US_EAST_1, endpoint,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")), table);
    }

    /**
     * The same adapter with longer time limits, for integration tests on a machine so loaded that
     * the production limits would turn a slow answer into a (correctly handled) fault.
     */
    public static DynamoDbStore forEndpoint(URI endpoint, String table, Duration callTimeout) {
        return new DynamoDbStore(http(callTimeout), Region.US_EAST_1, endpoint,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")), table,
                callTimeout, callTimeout);
    }

    private static SdkHttpClient http() {
        return http(ATTEMPT_TIMEOUT);
    }

    private static SdkHttpClient http(Duration socketTimeout) {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofMillis(300))
                .socketTimeout(socketTimeout)
                .build();
    }

    private static DynamoDbClient build(SdkHttpClient http, Region region, URI endpoint,
                                        AwsCredentialsProvider credentials, boolean dryRun,
                                        Duration callTimeout, Duration attemptTimeout) {
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder()
                .apiCallTimeout(callTimeout)
                .apiCallAttemptTimeout(attemptTimeout)
                .retryStrategy(retry -> retry.maxAttempts(2));
        if (dryRun) {
            override.addExecutionInterceptor(new StopBeforeSending());
        }
        var builder = DynamoDbClient.builder()
                .httpClient(http)
                .region(region)
                .credentialsProvider(credentials)
                .overrideConfiguration(override.build());
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    public String table() {
        return table;
    }

    /** The client, for local set-up (creating the table) and tests that look at the rows themselves. */
    public DynamoDbClient client() {
        return client;
    }

    @Override
    public Optional<Map<String, Object>> getAttributes(RequestEnvelope envelope) {
        String key = UserKey.of(envelope);
        GetItemResponse response = call(() -> active().getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of(KEY, AttributeValue.fromS(key)))));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        AttributeValue data = response.item().get(DATA);
        if (data == null || data.s() == null) {
            throw new PersistenceException("malformed record: no data");
        }
        try {
            Map<String, Object> attributes = MAPPER.readValue(data.s(), MAP);
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
        String key = UserKey.of(envelope);
        String json;
        try {
            json = MAPPER.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new PersistenceException("attributes are not JSON", e);
        }
        long expires = Instant.now().plus(KEEP).getEpochSecond();
        call(() -> active().putItem(r -> r.tableName(table).item(Map.of(
                KEY, AttributeValue.fromS(key),
                DATA, AttributeValue.fromS(json),
                EXPIRES, AttributeValue.fromN(Long.toString(expires))))));
    }

    @Override
    public void deleteAttributes(RequestEnvelope envelope) {
        String key = UserKey.of(envelope);
        call(() -> active().deleteItem(r -> r.tableName(table).key(Map.of(KEY, AttributeValue.fromS(key)))));
    }

    /**
     * Runs {@code work} with every store call going through the SDK's whole pipeline (marshalling,
     * signing with dummy keys, interceptors) and stopped just before it would be sent: no network,
     * no credentials fetched. For SnapStart priming: the snapshot then holds those classes loaded.
     */
    public void dryRun(Runnable work) {
        dryRun = true;
        try {
            work.run();
            SdkBytes.fromUtf8String("{}"); // the response side's byte handling
        } finally {
            dryRun = false;
        }
    }

    private DynamoDbClient active() {
        return dryRun ? dryRunClient : client;
    }

    private static <T> T call(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (SdkException e) {
            throw new PersistenceException("store call failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Ends a dry-run call at the last moment before transmission. */
    private static final class StopBeforeSending implements ExecutionInterceptor {
        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            throw new DryRunStop();
        }
    }

    /** Thrown inside the SDK by a dry run; never reaches a user. */
    static final class DryRunStop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DryRunStop() {
            super("dry run: not sent", null, false, false);
        }
    }
}
