package com.bedtimelegs.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.util.JacksonSerializer;
import com.bedtimelegs.skill.EnvelopeBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The rules of what is remembered: nights in a row, the twelve-hour window, and which records are ours to read. */
class MemoryTest {
    private static final String SKILL_ID = "amzn1.ask.skill.12345678-0000-0000-0000-000000000000";
    private static final Instant NOW = Instant.parse("2026-11-25T22:30:00Z");

    private static HandlerInput input(Map<String, Object> memory) {
        Map<String, Object> session = new HashMap<>();
        if (memory != null) {
            session.put(Memory.SESSION_KEY, memory);
        }
        String json = EnvelopeBuilder.launch(SKILL_ID).timestamp(NOW.toString()).build().toString();
        RequestEnvelope envelope = new JacksonSerializer().deserialize(json, RequestEnvelope.class);
        HandlerInput input = HandlerInput.builder().withRequestEnvelope(envelope).build();
        input.getAttributesManager().setSessionAttributes(session);
        return input;
    }

    private static Map<String, Object> lastNight(int nights, Duration ago) {
        Map<String, Object> memory = new HashMap<>();
        memory.put(Memory.NIGHTS, nights);
        memory.put(Memory.LAST_NIGHT, NOW.minus(ago).getEpochSecond());
        return memory;
    }

    @ParameterizedTest(name = "{0} nights, last {1} h ago: mention {2}, then {3} nights")
    @CsvSource({
        "0, 0, 0, 1",      // first ever routine
        "1, 24, 2, 2",     // the next night
        "4, 20, 5, 5",     // an earlier bedtime the next night
        "4, 36, 5, 5",     // a late night after an early one
        "4, 37, 0, 1",     // a night missed: the run starts again, and nothing is said about it
        "4, 3, 0, 4",      // again the same night: no second mention, the run unchanged
        "4, -2, 0, 1",     // a clock that went backwards: start again rather than guess
    })
    void nightsInARow(int nights, int hoursAgo, int mention, int after) {
        HandlerInput input = input(nights == 0 ? new HashMap<>() : lastNight(nights, Duration.ofHours(hoursAgo)));
        Memory memory = Memory.of(input);
        assertEquals(mention, memory.finishedRoutine());
        assertEquals(after, memory.nights());
        assertTrue(Memory.changedThisTurn(input));
    }

    @Test
    void anInterruptedRoutineIsOfferedForTwelveHoursThenForgotten() {
        Map<String, Object> state = new HashMap<>();
        Memory.of(input(state)).interrupted("IN_BED", 3);
        @SuppressWarnings("unchecked")
        Map<String, Object> resume = (Map<String, Object>) state.get(Memory.RESUME);
        for (int hours : new int[] {0, 1, 11, 12}) {
            resume.put(Memory.RESUME_AT, NOW.minus(Duration.ofHours(hours)).getEpochSecond());
            assertEquals(Map.of("routine", "IN_BED", "step", 3), Memory.of(input(state)).resumePoint().orElseThrow(),
                    hours + " h ago");
        }
        resume.put(Memory.RESUME_AT, NOW.minus(Duration.ofHours(12)).minusSeconds(1).getEpochSecond());
        Memory stale = Memory.of(input(state));
        assertTrue(stale.resumePoint().isEmpty());
        assertFalse(stale.toRecord().containsKey(Memory.RESUME), "a stale position is not written back");
    }

    @Test
    void onlyWellFormedRecordsOfThisVersionAreRead() {
        assertEquals(Map.of(), Memory.fromRecord(Map.of()).orElseThrow(), "no record: a new user");
        assertEquals(Map.of("quiet", true, "routine", "QUICK"),
                Memory.fromRecord(Map.of("v", 1, "quiet", true, "routine", "QUICK")).orElseThrow());
        assertTrue(Memory.fromRecord(Map.of("quiet", true)).isEmpty(), "no version");
        assertTrue(Memory.fromRecord(Map.of("v", 0, "quiet", true)).isEmpty(), "an older version");
        assertTrue(Memory.fromRecord(Map.of("v", 2, "quiet", true)).isEmpty(), "a newer version");
        assertTrue(Memory.fromRecord(Map.of("v", 1, "quiet", "yes")).isEmpty(), "a wrong type");
        assertTrue(Memory.fromRecord(Map.of("v", 1, "routine", "SPRINT")).isEmpty(), "an unknown routine");
        assertTrue(Memory.fromRecord(Map.of("v", 1, "resume", Map.of("routine", "QUICK"))).isEmpty(), "half a position");
        assertTrue(Memory.fromRecord(Map.of("v", 1, "nights", -3)).isEmpty(), "a negative count");
    }

    @Test
    void theRecordHoldsOnlyKnownFieldsWhateverTheSessionCarries() {
        Map<String, Object> state = new HashMap<>();
        state.put(Memory.QUIET, true);
        state.put(Memory.ROUTINE, "FULL");
        state.put("symptoms", "chest pain"); // nothing else may ride along into storage
        Map<String, Object> record = Memory.of(input(state)).toRecord();
        assertEquals(Map.of("v", Memory.VERSION, "quiet", true, "routine", "FULL"), record);
    }

    @Test
    void anUnreadableRecordIsMarkedSoItIsNeverWritten() {
        HandlerInput input = input(null);
        Memory memory = Memory.of(input);
        assertFalse(memory.available(), "no store: nothing is read, nothing written");
        memory.quiet(true);
        assertTrue(Memory.of(input).quiet(), "the voice still changes for this session");
    }
}
