package com.bedtimelegs.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.simulator.FakeAlexaApi.Received;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The skill's real ASK SDK ReminderManagementServiceClient, through the JDK HTTP client, against
 * the simulator's loopback Reminders API: what Alexa's API received, for every path through consent.
 */
class RemindersApiTest {
    /** 18:00 in New York on 25 November 2026. */
    private static final Instant EVENING = Instant.parse("2026-11-25T23:00:00Z");
    private static final String RULE_2130 = "FREQ=DAILY;BYHOUR=21;BYMINUTE=30;BYSECOND=0";
    private static final String TEXT = "Time for your bedtime leg stretch. Say: Alexa, open Bedtime Legs.";

    private final List<JsonNode> replies = new ArrayList<>();

    private Simulator sim(Instant now) {
        Simulator sim = Simulator.create().withClock(Clock.fixed(now, ZoneOffset.UTC));
        sim.onResponse(replies::add);
        return sim;
    }

    private static List<String> calls(Simulator sim) {
        return sim.alexa().received().stream().map(r -> r.method() + " " + r.path()).toList();
    }

    private static Received last(Simulator sim, String method) {
        List<Received> all = sim.alexa().received().stream().filter(r -> r.method().equals(method)).toList();
        assertFalse(all.isEmpty(), "no " + method + " in " + calls(sim));
        return all.get(all.size() - 1);
    }

    private JsonNode lastCard() {
        return replies.get(replies.size() - 1).path("response").path("card");
    }

    @Test
    void grantedByVoiceCreatesOneDailyReminderInTheUsersZoneAndLocale() {
        Simulator sim = sim(EVENING);
        Turn ask = sim.say("remind me to stretch at nine thirty every night");
        assertEquals("SetReminderIntent time=\"09:30\"", ask.label());
        assertTrue(ask.directives().contains("Connections.SendRequest"), ask.directives().toString());
        JsonNode directive = replies.get(0).path("response").path("directives").path(0);
        assertEquals("AskFor", directive.path("name").asText());
        assertEquals("AskForPermissionsConsentRequest", directive.path("payload").path("@type").asText());
        assertEquals("alexa::alerts:reminders:skill:readwrite", directive.path("payload").path("permissionScope").asText());
        assertEquals(List.of(), sim.alexa().received(), "nothing is called before consent");

        Turn done = sim.say("yes");
        assertEquals("Connections.Response status=ACCEPTED", done.label());
        assertTrue(done.speech().contains("every night at nine thirty at night"), done.speech());
        String device = "amzn1.ask.device.LOCAL-SIMULATOR";
        assertEquals(List.of("GET /v1/alerts/reminders", "GET /v2/devices/" + device + "/settings/System.timeZone",
                "POST /v1/alerts/reminders"), calls(sim));
        Received post = last(sim, "POST");
        assertEquals("Bearer " + sim.alexa().token(), post.authorization());
        JsonNode trigger = post.body().path("trigger");
        assertEquals("SCHEDULED_ABSOLUTE", trigger.path("type").asText());
        assertTrue(trigger.path("scheduledTime").asText().startsWith("2026-11-25T21:30"), trigger.toString());
        assertEquals("America/New_York", trigger.path("timeZoneId").asText());
        assertEquals(List.of(RULE_2130), strings(trigger.path("recurrence").path("recurrenceRules")));
        JsonNode spoken = post.body().path("alertInfo").path("spokenInfo").path("content").path(0);
        assertEquals("en-US", spoken.path("locale").asText());
        assertEquals(TEXT, spoken.path("text").asText());
        assertEquals("ENABLED", post.body().path("pushNotification").path("status").asText());
        assertTrue(post.body().path("requestTime").asText().startsWith("2026-11-25T18:00"), post.body().toString());
        assertEquals(1, sim.alexa().reminders().size());
        assertNull(FakeAlexaApi.invalid(post.body()), "the body passes the API's own checks");
    }

    @Test
    void deniedOrNotAnsweredCallsNothingAndLeavesTheCardWithAKindWord() {
        for (String answer : List.of("no", "")) {
            replies.clear();
            Simulator sim = sim(EVENING);
            sim.say("remind me to stretch at ten pm");
            Turn turn = sim.say(answer);
            String status = answer.isEmpty() ? "NOT_ANSWERED" : "DENIED";
            assertEquals("Connections.Response status=" + status, turn.label());
            assertEquals(List.of(), sim.alexa().received(), status);
            assertEquals(List.of(), sim.alexa().reminders(), status);
            assertEquals("AskForPermissionsConsent", lastCard().path("type").asText(), status);
            assertEquals("alexa::alerts:reminders:skill:readwrite", lastCard().path("permissions").path(0).asText());
            assertTrue(turn.speech().contains(answer.isEmpty() ? "didn't hear an answer" : "That's fine"), turn.speech());
            assertTrue(turn.speech().contains("card in your Alexa app"), turn.speech());
            assertFalse(turn.sessionOpen());
            assertEquals(List.of(), turn.problems());
        }
    }

    @Test
    void aDeviceThatCannotAskByVoiceGetsTheCard() {
        Simulator sim = sim(EVENING);
        sim.say("/no-voice-permission");
        Turn turn = sim.say("remind me to stretch at nine thirty");
        assertEquals("Connections.Response code=400", turn.label());
        assertTrue(turn.speech().contains("can't give permission by voice"), turn.speech());
        assertEquals("AskForPermissionsConsent", lastCard().path("type").asText());
        assertEquals(List.of(), sim.alexa().received());
    }

    @Test
    void changingMovesTheOneReminderAndSettingAgainNeverDuplicates() {
        Simulator sim = sim(EVENING);
        sim.alexa().grantReminders(true);
        sim.say("remind me to stretch at nine thirty");
        String id = sim.alexa().reminders().get(0).path("alertToken").asText();
        sim.alexa().clearReceived();

        Turn changed = sim.say("change it to ten");
        assertTrue(changed.speech().contains("now goes off every night at ten at night"), changed.speech());
        Received put = last(sim, "PUT");
        assertEquals("/v1/alerts/reminders/" + id, put.path());
        assertEquals(List.of("FREQ=DAILY;BYHOUR=22;BYMINUTE=0;BYSECOND=0"),
                strings(put.body().path("trigger").path("recurrence").path("recurrenceRules")));
        assertTrue(put.body().path("trigger").path("scheduledTime").asText().startsWith("2026-11-25T22:00"));
        assertFalse(calls(sim).contains("POST /v1/alerts/reminders"));

        sim.say("remind me to stretch at half past nine");
        assertEquals(1, sim.alexa().reminders().size());
        assertEquals(List.of(RULE_2130), strings(sim.alexa().reminders().get(0).path("trigger").path("recurrence").path("recurrenceRules")));
    }

    @Test
    void twoStretchRemindersLeftOverBecomeOne() {
        Simulator sim = sim(EVENING);
        sim.alexa().grantReminders(true);
        sim.say("remind me to stretch at nine");
        JsonNode body = sim.alexa().received().stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow().body();
        String extra = sim.alexa().seed(body);
        assertEquals(2, sim.alexa().reminders().size());
        sim.alexa().clearReceived();
        sim.say("remind me to stretch at ten");
        assertEquals(1, sim.alexa().reminders().size());
        assertTrue(calls(sim).contains("DELETE /v1/alerts/reminders/" + extra), calls(sim).toString());
        assertFalse(calls(sim).contains("POST /v1/alerts/reminders"));
    }

    @Test
    void cancelDeletesItAndListingSaysWhatIsThere() {
        Simulator sim = sim(EVENING);
        sim.alexa().grantReminders(true);
        sim.say("remind me to stretch at nine thirty");
        Turn listed = sim.say("what reminders do i have");
        assertTrue(listed.speech().contains("You have a stretch reminder every night at nine thirty at night"), listed.speech());
        String id = sim.alexa().reminders().get(0).path("alertToken").asText();
        sim.alexa().clearReceived();
        Turn cancelled = sim.say("cancel my stretch reminder");
        assertTrue(cancelled.speech().contains("cancelled your nightly stretch reminder"), cancelled.speech());
        assertEquals(List.of("GET /v1/alerts/reminders", "DELETE /v1/alerts/reminders/" + id), calls(sim));
        assertEquals(List.of(), sim.alexa().reminders());
        assertTrue(sim.say("cancel my stretch reminder").speech().contains("don't have a stretch reminder to cancel"));
        assertTrue(sim.say("what reminders do i have").speech().contains("don't have a stretch reminder"));
        sim.alexa().clearReceived();
        assertTrue(sim.say("change it to nine").speech().contains("don't have a stretch reminder to change"));
        assertEquals(List.of("GET /v1/alerts/reminders"), calls(sim), "changing nothing makes nothing");
        assertEquals(List.of(), sim.alexa().reminders());
    }

    @Test
    void aTimeAlreadyPastTonightStartsTomorrow() {
        Simulator sim = sim(Instant.parse("2026-11-26T03:00:00Z")); // 22:00 in New York on the 25th
        sim.alexa().grantReminders(true);
        sim.say("remind me to stretch at nine thirty");
        assertTrue(last(sim, "POST").body().path("trigger").path("scheduledTime").asText().startsWith("2026-11-26T21:30"));
    }

    @Test
    void withoutATimeZoneFromSettingsTheDevicesOwnZoneIsLeftToAlexa() {
        Simulator sim = sim(EVENING);
        sim.alexa().grantReminders(true);
        sim.alexa().timeZone(null);
        sim.say("remind me to stretch at nine thirty");
        JsonNode trigger = last(sim, "POST").body().path("trigger");
        assertFalse(trigger.has("timeZoneId") && !trigger.get("timeZoneId").isNull(), trigger.toString());
        assertEquals(1, sim.alexa().reminders().size());
    }

    @Test
    void serverErrorsAndTimeoutsAreSpokenAndMakeNothing() {
        for (String method : List.of("GET", "POST")) {
            Simulator sim = sim(EVENING);
            sim.alexa().grantReminders(true);
            sim.alexa().failNext(method, 503);
            Turn turn = sim.say("remind me to stretch at nine thirty");
            assertTrue(turn.speech().contains("nothing has changed"), method + ": " + turn.speech());
            assertEquals(List.of(), sim.alexa().reminders(), method);
            assertEquals(List.of(), turn.problems());
            sim.say("remind me to stretch at nine thirty");
            assertEquals(1, sim.alexa().reminders().size(), "trying again works, once");
        }
        Simulator slow = sim(EVENING);
        slow.alexa().grantReminders(true);
        slow.alexa().delayNext(4000);
        long start = System.nanoTime();
        Turn turn = slow.say("remind me to stretch at nine thirty");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(turn.speech().contains("couldn't reach"), turn.speech());
        assertTrue(millis < 3500, "answered after " + millis + " ms");
        assertEquals(List.of(), slow.alexa().reminders());
        assertTrue(slow.say("cancel my stretch reminder").speech().contains("don't have a stretch reminder"));
    }

    @Test
    void aTimeAlexaCannotReadIsAskedForAgain() {
        Simulator sim = sim(EVENING);
        sim.alexa().grantReminders(true);
        Turn vague = sim.say("remind me to stretch at night");
        assertTrue(vague.directives().contains("Dialog.ElicitSlot"), vague.directives().toString());
        assertTrue(vague.sessionOpen());
        Turn heard = sim.say("half past nine");
        assertEquals("SetReminderIntent time=\"09:30\"", heard.label());
        assertEquals(List.of(RULE_2130), strings(last(sim, "POST").body().path("trigger").path("recurrence").path("recurrenceRules")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
