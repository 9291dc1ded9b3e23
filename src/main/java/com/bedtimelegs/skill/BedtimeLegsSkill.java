package com.bedtimelegs.skill;

import com.bedtimelegs.state.SessionStateGuard;
import com.bedtimelegs.state.StateSnapshot;
import com.bedtimelegs.state.LastResponseMemory;
import com.bedtimelegs.state.MemoryLoader;
import com.bedtimelegs.state.MemorySaver;
import com.amazon.ask.Skill;
import com.amazon.ask.Skills;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.bedtimelegs.handlers.ApologyExceptionHandler;
import com.bedtimelegs.handlers.CrampAnswerHandler;
import com.bedtimelegs.handlers.CrampGoneHandler;
import com.bedtimelegs.handlers.CrampHelpHandler;
import com.bedtimelegs.handlers.CrampNudgeHandler;
import com.bedtimelegs.handlers.CrampReliefHandler;
import com.bedtimelegs.handlers.CrampStillThereHandler;
import com.bedtimelegs.handlers.FallbackHandler;
import com.bedtimelegs.handlers.ForgetConfirmHandler;
import com.bedtimelegs.handlers.ForgetMeHandler;
import com.bedtimelegs.handlers.HelpHandler;
import com.bedtimelegs.handlers.LaunchHandler;
import com.bedtimelegs.handlers.NavigateHomeHandler;
import com.bedtimelegs.handlers.NothingInProgressHandler;
import com.bedtimelegs.handlers.OtherRequestHandler;
import com.bedtimelegs.handlers.RedFlagCheckHandler;
import com.bedtimelegs.handlers.RedFlagOfferYesHandler;
import com.bedtimelegs.handlers.ReminderHandler;
import com.bedtimelegs.handlers.ReminderPermissionHandler;
import com.bedtimelegs.handlers.RepeatHandler;
import com.bedtimelegs.handlers.RestlessLegsHandler;
import com.bedtimelegs.handlers.StopHandler;
import com.bedtimelegs.handlers.StretchHelpHandler;
import com.bedtimelegs.handlers.StretchPauseHandler;
import com.bedtimelegs.handlers.StretchRoutineHandler;
import com.bedtimelegs.handlers.StretchStepHandler;
import com.bedtimelegs.handlers.StretchYesHandler;
import com.bedtimelegs.handlers.TriageAnswerHandler;
import com.bedtimelegs.handlers.TriageHelpHandler;
import com.bedtimelegs.handlers.TriageStopHandler;
import com.bedtimelegs.handlers.TipsHandler;
import com.bedtimelegs.handlers.UrgentSignHandler;
import com.bedtimelegs.handlers.UsualRoutineHandler;
import com.bedtimelegs.handlers.ResumeOfferHandler;
import com.bedtimelegs.handlers.VoiceHandler;
import com.bedtimelegs.handlers.YesNoHandler;
import com.bedtimelegs.reminders.JdkHttpApiClient;
import com.amazon.ask.attributes.persistence.PersistenceAdapter;
import com.bedtimelegs.persistence.DynamoDbStore;
import java.util.List;
import java.util.function.Consumer;

/** Builds the one Skill object that Lambda, the simulator and the tests all use. */
public final class BedtimeLegsSkill {
    /** Environment variable holding the Alexa skill id that requests must carry. */
    public static final String SKILL_ID_ENV = "SKILL_ID";

    private BedtimeLegsSkill() {
    }

    /**
     * Every request handler. Which one answers an intent is decided by {@code handlers.Routes}
     * (intent x activity x offer), not by this order; launch and the other request types each
     * have one handler.
     */
    public static List<RequestHandler> handlers() {
        return List.of(
                new LaunchHandler(),
                // Urgent signs, at any moment.
                new UrgentSignHandler(),
                // Bedtime stretch walkthrough.
                new StretchRoutineHandler(), new StretchYesHandler(), new StretchStepHandler(),
                new StretchPauseHandler(), new StretchHelpHandler(),
                // Red-flag check (code name: triage).
                new RedFlagCheckHandler(), new TriageAnswerHandler(), new TriageHelpHandler(), new TriageStopHandler(),
                new RedFlagOfferYesHandler(),
                // Cramp relief and daytime tips.
                new CrampReliefHandler(), new CrampStillThereHandler(), new CrampGoneHandler(), new CrampAnswerHandler(),
                new CrampHelpHandler(), new CrampNudgeHandler(), new TipsHandler(),
                // An urge to move the legs: told apart from a cramp, from anywhere.
                new RestlessLegsHandler(),
                // Nightly stretch reminder (Alexa Reminders API) and Alexa's answer to the permission request.
                new ReminderHandler(), new ReminderPermissionHandler(),
                // Memory: the voice setting, forget me (asks first), and the answers to the memory's
                // offers (pick up where you left off; your usual routine).
                new VoiceHandler(), new ForgetMeHandler(), new ForgetConfirmHandler(), new ResumeOfferHandler(),
                new UsualRoutineHandler(),
                // Top level.
                new HelpHandler(), new StopHandler(), new NavigateHomeHandler(), new RepeatHandler(),
                new NothingInProgressHandler(), new YesNoHandler(), new FallbackHandler(),
                // Session ended and every other request type.
                new OtherRequestHandler());
    }

    /** The SDK skill with no memory between sessions; requests whose skill id differs from {@code skillId} are refused. */
    public static Skill create(String skillId, Consumer<String> log) {
        return create(skillId, log, null, error -> { });
    }

    /**
     * The SDK skill remembering users in {@code store} (null: nothing is remembered between sessions);
     * requests whose skill id differs from {@code skillId} are refused. Every exception that reaches
     * the apology handler is also given to {@code caught} (tests fail on it: an apology must never
     * hide a bug).
     */
    public static Skill create(String skillId, Consumer<String> log, PersistenceAdapter store) {
        return create(skillId, log, store, error -> { });
    }

    public static Skill create(String skillId, Consumer<String> log, PersistenceAdapter store,
                               Consumer<Throwable> caught) {
        if (skillId == null || skillId.isBlank()) {
            throw new IllegalArgumentException("a skill id is required so requests for other skills are refused");
        }
        PrivacySafeLog privacySafeLog = new PrivacySafeLog(log);
        SessionStateGuard stateGuard = new SessionStateGuard();
        // Skills.custom(): Skills.standard() also builds an Apache HTTP client and wires the DynamoDB
        // adapter; both cost jar size and cold-start time. The Reminders and Settings APIs are called
        // through the JDK's own HTTP client instead (reminders/JdkHttpApiClient); memory goes through
        // our own PersistenceAdapter on AWS SDK v2 (persistence/DynamoDbStore).
        var builder = Skills.custom()
                .withApiClient(JdkHttpApiClient.standard())
                .addRequestHandlers(handlers().toArray(new RequestHandler[0]))
                .addExceptionHandler(new ApologyExceptionHandler(log, caught))
                .addRequestInterceptor(privacySafeLog)
                .addRequestInterceptor(stateGuard);
        if (store != null) {
            // Once per session, after the state guard (which may clear the session) and before the
            // snapshot (so a failed turn does not cost another read).
            builder.withPersistenceAdapter(store).addRequestInterceptor(new MemoryLoader(log));
        }
        builder.addRequestInterceptor(new StateSnapshot());
        if (store != null) {
            builder.addResponseInterceptor(new MemorySaver(log));
        }
        return builder
                .addResponseInterceptor(new LastResponseMemory())
                .addResponseInterceptor(stateGuard)
                .addResponseInterceptor(privacySafeLog)
                .withSkillId(skillId)
                .build();
    }

    /**
     * For Lambda: the skill id comes from the {@value #SKILL_ID_ENV} environment variable, and users
     * are remembered in {@code store} (see {@link #storeFromEnvironment()}).
     */
    public static GuardedSkill fromEnvironment(DynamoDbStore store) {
        String skillId = System.getenv(SKILL_ID_ENV);
        if (skillId == null || skillId.isBlank()) {
            throw new IllegalStateException(SKILL_ID_ENV + " environment variable must be set to the Alexa skill id");
        }
        return new GuardedSkill(create(skillId, System.out::println, store), skillId);
    }

    /**
     * The DynamoDB table named by {@value DynamoDbStore#TABLE_ENV}, or null (nothing remembered) when
     * unset; {@value DynamoDbStore#ENDPOINT_ENV} points it at a local DynamoDB-compatible server instead
     * of AWS (sam local, bench/run). See {@link DynamoDbStore#fromEnvironment}.
     */
    public static DynamoDbStore storeFromEnvironment() {
        DynamoDbStore store = DynamoDbStore.fromEnvironment(System.getenv());
        if (store == null) {
            System.out.println("memory off: " + DynamoDbStore.TABLE_ENV + " is not set");
        }
        return store;
    }
}
