package com.bedtimelegs.skill;

import com.bedtimelegs.content.Json;
import com.bedtimelegs.persistence.DynamoDbStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.crac.Context;
import org.crac.Resource;

/**
 * Runs a few typical conversations through the skill before SnapStart takes its snapshot, so the
 * classes, Jackson serializers and JIT-compiled paths of a real request are already in the
 * restored image and the first user after a restore is not the one who pays for them.
 */
public final class Priming implements Resource {
    /** Conversations as (intent, slot id) turns; null intent means a LaunchRequest. */
    private static final List<List<String[]>> CONVERSATIONS = List.of(
            List.of(new String[] {null, null}, new String[] {"AMAZON.HelpIntent", null},
                    new String[] {"AMAZON.StopIntent", null}),
            List.of(new String[] {"CrampReliefIntent", "muscle=CALF"}, new String[] {"CrampStillThereIntent", null},
                    new String[] {"CrampGoneIntent", null}),
            List.of(new String[] {"StretchRoutineIntent", "routine=QUICK"}, new String[] {"AMAZON.NextIntent", null},
                    new String[] {"AMAZON.RepeatIntent", null}),
            List.of(new String[] {"RedFlagCheckIntent", null}, new String[] {"AMAZON.NoIntent", null},
                    new String[] {"AMAZON.NoIntent", null}),
            List.of(new String[] {"TipsIntent", "topic=HYDRATION"}, new String[] {"AMAZON.YesIntent", null}));

    private final LambdaEntry entry;
    private final String skillId;
    private final DynamoDbStore store;

    public Priming(LambdaEntry entry, String skillId) {
        this(entry, skillId, null);
    }

    /**
     * With a store, the conversations run while it is in its dry-run mode: every read and write
     * goes through the AWS SDK's whole pipeline (marshalling, signing with dummy keys, response
     * parsing) and gets a canned answer instead of a network call. No connection is opened and no
     * credentials are fetched into the snapshot.
     */
    public Priming(LambdaEntry entry, String skillId, DynamoDbStore store) {
        this.entry = entry;
        this.skillId = skillId;
        this.store = store;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        run();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to reopen: the store's HTTP client opens connections per call, after the restore.
    }

    /** Plays every conversation once; returns how many requests were answered. */
    public int run() {
        if (store == null) {
            return play();
        }
        store.awaitWarmUp(); // no thread mid-work when the snapshot is taken
        store.primeTls();
        int[] answered = new int[1];
        store.dryRun(() -> answered[0] = play());
        return answered[0];
    }

    private int play() {
        int answered = 0;
        for (List<String[]> conversation : CONVERSATIONS) {
            JsonNode attributes = Json.MAPPER.createObjectNode();
            boolean first = true;
            for (String[] turn : conversation) {
                JsonNode reply = send(envelope(turn[0], turn[1], attributes, first));
                first = false;
                if (reply == null) {
                    break;
                }
                answered++;
                attributes = reply.path("sessionAttributes").isObject()
                        ? reply.get("sessionAttributes") : Json.MAPPER.createObjectNode();
            }
        }
        return answered;
    }

    private JsonNode send(ObjectNode envelope) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            entry.handleRequest(new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(envelope)), out, null);
            return Json.MAPPER.readTree(out.toByteArray());
        } catch (IOException | RuntimeException e) {
            return null; // priming is best effort: a failure here must never stop the function starting
        }
    }

    private ObjectNode envelope(String intent, String slot, JsonNode attributes, boolean isNew) {
        EnvelopeBuilder envelope = intent == null
                ? EnvelopeBuilder.launch(skillId)
                : EnvelopeBuilder.intent(skillId, intent);
        if (slot != null) {
            String[] nameAndId = slot.split("=");
            envelope.slot(nameAndId[0], nameAndId[1].toLowerCase(Locale.ROOT), nameAndId[1]);
        }
        return envelope.attributes(attributes).session(null, isNew).label("priming").build();
    }
}
