package com.bedtimelegs.simulator;

import com.bedtimelegs.content.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alexa's side of the service APIs, on a loopback port: the Reminders API
 * ({@code POST/GET/PUT/DELETE /v1/alerts/reminders[/{id}]}, with the request checks and answers
 * of the real one, 401 without a valid token and 403 without the reminders permission) and the
 * Settings API's time zone ({@code GET /v2/devices/{deviceId}/settings/System.timeZone}).
 * One server per JVM; each simulated user is an {@link Account} found by its access token.
 */
public final class FakeAlexaApi {
    /** One HTTP request the skill made, as received. */
    public record Received(String method, String path, String authorization, JsonNode body) {
    }

    private static final Pattern REMINDER = Pattern.compile("^/v1/alerts/reminders(?:/([A-Za-z0-9._-]+))?$");
    private static final Pattern TIME_ZONE = Pattern.compile("^/v2/devices/([^/]+)/settings/System\\.timeZone$");
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?");
    private static final Pattern RULE = Pattern.compile("FREQ=(DAILY|WEEKLY)(;(BYDAY|BYHOUR|BYMINUTE|BYSECOND|INTERVAL)=[A-Z0-9,]+)*;?");

    private static volatile FakeAlexaApi shared;

    private final HttpServer server;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    private FakeAlexaApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-alexa-api");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        // The JDK starts the server's dispatcher thread with the daemon flag of the thread that calls
        // start(): start it from a daemon thread, so the fake never keeps a simulator run (or
        // exec:java, which waits for live threads) from ending.
        Thread starter = new Thread(server::start, "fake-alexa-api-start");
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the fake Alexa APIs", e);
        }
    }

    /** The loopback server, started on first use. */
    public static FakeAlexaApi shared() {
        if (shared == null) {
            synchronized (FakeAlexaApi.class) {
                if (shared == null) {
                    try {
                        shared = new FakeAlexaApi();
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot open a loopback port for the fake Alexa APIs", e);
                    }
                }
            }
        }
        return shared;
    }

    /** What requests carry as context.System.apiEndpoint. */
    public String endpoint() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** A new user with their own token, reminders and permission (not granted). */
    public Account newAccount() {
        Account account = new Account("fake-alexa-token." + UUID.randomUUID());
        accounts.put(account.token, account);
        return account;
    }

    /** One user's side of Alexa: what the skill may do, and what it did. */
    public static final class Account {
        private final String token;
        private final Map<String, ObjectNode> reminders = new LinkedHashMap<>();
        private final List<Received> received = new ArrayList<>();
        private boolean remindersGranted;
        private String timeZone = "America/New_York";
        private int failNextStatus;
        private String failNextMethod;
        private long delayNextMillis;
        private int counter;

        Account(String token) {
            this.token = token;
        }

        public String token() {
            return token;
        }

        public synchronized boolean remindersGranted() {
            return remindersGranted;
        }

        public synchronized void grantReminders(boolean granted) {
            this.remindersGranted = granted;
        }

        public synchronized String timeZone() {
            return timeZone;
        }

        /** The zone the Settings API reports; null makes it answer 404 (no zone set on the device). */
        public synchronized void timeZone(String zone) {
            this.timeZone = zone;
        }

        /** The next Reminders API call answers this status (e.g. 503) without doing anything. */
        public synchronized void failNext(int status) {
            failNext(null, status);
        }

        /** The next Reminders API call with this method (GET, POST, PUT, DELETE) answers this status. */
        public synchronized void failNext(String method, int status) {
            this.failNextStatus = status;
            this.failNextMethod = method;
        }

        /** A reminder Alexa already holds, as if made earlier (e.g. a duplicate left by an old fault). */
        public synchronized String seed(JsonNode body) {
            String id = nextId();
            reminders.put(id, stored(id, body, null));
            return id;
        }

        /** The next Reminders API call waits this long before answering (to test the skill's timeout). */
        public synchronized void delayNext(long millis) {
            this.delayNextMillis = millis;
        }

        /** Every request the skill made for this user, oldest first. */
        public synchronized List<Received> received() {
            return List.copyOf(received);
        }

        public synchronized void clearReceived() {
            received.clear();
        }

        /** The reminders Alexa holds for this user, as the API would list them. */
        public synchronized List<JsonNode> reminders() {
            return List.copyOf(reminders.values());
        }

        synchronized String nextId() {
            return "fake-alert-" + (++counter) + "-" + token.substring(token.length() - 6);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            byte[] raw;
            try (InputStream in = exchange.getRequestBody()) {
                raw = in.readAllBytes();
            }
            JsonNode body = null;
            if (raw.length > 0) {
                try {
                    body = Json.MAPPER.readTree(raw);
                } catch (IOException e) {
                    reply(exchange, 400, error("INVALID_REQUEST", "body is not JSON"));
                    return;
                }
            }
            Account account = auth != null && auth.startsWith("Bearer ") ? accounts.get(auth.substring(7).strip()) : null;
            if (account != null) {
                synchronized (account) {
                    account.received.add(new Received(exchange.getRequestMethod(), path, auth, body));
                }
            }
            if (account == null) {
                reply(exchange, 401, error("UNAUTHORIZED", "missing or invalid access token"));
                return;
            }
            Matcher tz = TIME_ZONE.matcher(path);
            if (tz.matches() && exchange.getRequestMethod().equals("GET")) {
                String zone = account.timeZone();
                if (zone == null) {
                    reply(exchange, 404, error("NOT_FOUND", "no time zone set"));
                } else {
                    reply(exchange, 200, Json.MAPPER.getNodeFactory().textNode(zone));
                }
                return;
            }
            Matcher m = REMINDER.matcher(path);
            if (!m.matches()) {
                reply(exchange, 404, error("NOT_FOUND", "no such API"));
                return;
            }
            int fail;
            long delay;
            synchronized (account) {
                boolean applies = account.failNextMethod == null || account.failNextMethod.equals(exchange.getRequestMethod());
                fail = applies ? account.failNextStatus : 0;
                delay = account.delayNextMillis;
                if (applies) {
                    account.failNextStatus = 0;
                    account.failNextMethod = null;
                }
                account.delayNextMillis = 0;
            }
            if (delay > 0) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (fail > 0) {
                reply(exchange, fail, error("INTERNAL_SERVER_ERROR", "fault injected by the simulator"));
                return;
            }
            if (!account.remindersGranted()) {
                reply(exchange, 403, error("FORBIDDEN", "the user has not granted alexa::alerts:reminders:skill:readwrite"));
                return;
            }
            reminders(exchange, account, exchange.getRequestMethod(), m.group(1), body);
        }
    }

    private void reminders(HttpExchange exchange, Account account, String method, String id, JsonNode body) throws IOException {
        synchronized (account) {
            if (id == null && method.equals("GET")) {
                ObjectNode list = Json.MAPPER.createObjectNode();
                list.put("totalCount", String.valueOf(account.reminders.size()));
                ArrayNode alerts = list.putArray("alerts");
                account.reminders.values().forEach(alerts::add);
                list.putNull("links");
                reply(exchange, 200, list);
                return;
            }
            if (id == null && method.equals("POST")) {
                String problem = invalid(body);
                if (problem != null) {
                    reply(exchange, 400, error("INVALID_REQUEST", problem));
                    return;
                }
                String token = account.nextId();
                ObjectNode stored = stored(token, body, null);
                account.reminders.put(token, stored);
                reply(exchange, 200, answer(stored));
                return;
            }
            ObjectNode existing = id == null ? null : account.reminders.get(id);
            if (existing == null) {
                reply(exchange, 404, error("NOT_FOUND", "no reminder " + id));
                return;
            }
            switch (method) {
                case "GET" -> reply(exchange, 200, existing);
                case "PUT" -> {
                    String problem = invalid(body);
                    if (problem != null) {
                        reply(exchange, 400, error("INVALID_REQUEST", problem));
                        return;
                    }
                    ObjectNode stored = stored(id, body, existing);
                    account.reminders.put(id, stored);
                    reply(exchange, 200, answer(stored));
                }
                case "DELETE" -> {
                    account.reminders.remove(id);
                    reply(exchange, 200, null);
                }
                default -> reply(exchange, 405, error("METHOD_NOT_ALLOWED", method));
            }
        }
    }

    /** The checks the real API makes on a reminder request; null when it is acceptable. */
    static String invalid(JsonNode body) {
        if (body == null || !body.isObject()) {
            return "a reminder body is required";
        }
        if (!body.path("requestTime").isTextual()) {
            return "requestTime is required";
        }
        JsonNode trigger = body.path("trigger");
        String type = trigger.path("type").asText();
        if (!type.equals("SCHEDULED_ABSOLUTE") && !type.equals("SCHEDULED_RELATIVE")) {
            return "INVALID_TRIGGER_TYPE";
        }
        if (type.equals("SCHEDULED_ABSOLUTE")) {
            String at = trigger.path("scheduledTime").asText();
            if (!at.isEmpty() && !LOCAL_DATE_TIME.matcher(at).matches()) {
                return "INVALID_TRIGGER_SCHEDULED_TIME_FORMAT: no offset or zone in scheduledTime";
            }
            JsonNode rules = trigger.path("recurrence").path("recurrenceRules");
            if (at.isEmpty() && rules.isMissingNode()) {
                return "scheduledTime or a recurrence is required";
            }
            for (JsonNode rule : rules) {
                if (!RULE.matcher(rule.asText()).matches()) {
                    return "UNSUPPORTED_TRIGGER_RECURRENCE: " + rule.asText();
                }
            }
        }
        if (trigger.hasNonNull("timeZoneId")) {
            try {
                ZoneId.of(trigger.get("timeZoneId").asText());
            } catch (DateTimeException e) {
                return "INVALID_TIMEZONE_ID";
            }
        }
        JsonNode content = body.path("alertInfo").path("spokenInfo").path("content");
        if (!content.isArray() || content.isEmpty()) {
            return "alertInfo.spokenInfo.content is required";
        }
        for (JsonNode text : content) {
            if (text.path("locale").asText().isEmpty() || text.path("text").asText().isBlank()) {
                return "each spoken content needs a locale and text";
            }
        }
        return null;
    }

    private static ObjectNode stored(String token, JsonNode body, ObjectNode previous) {
        String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("alertToken", token);
        r.put("createdTime", previous == null ? now : previous.path("createdTime").asText());
        r.put("updatedTime", now);
        r.set("trigger", body.path("trigger").deepCopy());
        r.put("status", "ON");
        r.set("alertInfo", body.path("alertInfo").deepCopy());
        ObjectNode push = Json.MAPPER.createObjectNode();
        push.put("status", body.path("pushNotification").path("status").asText("ENABLED"));
        r.set("pushNotification", push);
        r.put("version", previous == null ? "1" : String.valueOf(previous.path("version").asInt(1) + 1));
        return r;
    }

    private static ObjectNode answer(ObjectNode stored) {
        ObjectNode a = Json.MAPPER.createObjectNode();
        a.put("alertToken", stored.path("alertToken").asText());
        a.put("createdTime", stored.path("createdTime").asText());
        a.put("updatedTime", stored.path("updatedTime").asText());
        a.put("status", "ON");
        a.put("version", stored.path("version").asText());
        a.put("href", "/v1/alerts/reminders/" + stored.path("alertToken").asText());
        return a;
    }

    private static ObjectNode error(String code, String message) {
        ObjectNode e = Json.MAPPER.createObjectNode();
        e.put("code", code);
        e.put("message", message);
        return e;
    }

    private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : Json.MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

}
