package com.bedtimelegs.handlers;

import static com.bedtimelegs.handlers.Intents.CANCEL;
import static com.bedtimelegs.handlers.Intents.CANCEL_REMINDER;
import static com.bedtimelegs.handlers.Intents.CHANGE_REMINDER;
import static com.bedtimelegs.handlers.Intents.CRAMP_GONE;
import static com.bedtimelegs.handlers.Intents.CRAMP_PERSISTING;
import static com.bedtimelegs.handlers.Intents.CRAMP_RELIEF;
import static com.bedtimelegs.handlers.Intents.CRAMP_STILL_THERE;
import static com.bedtimelegs.handlers.Intents.EMERGENCY_SYMPTOM;
import static com.bedtimelegs.handlers.Intents.FALLBACK;
import static com.bedtimelegs.handlers.Intents.FORGET_ME;
import static com.bedtimelegs.handlers.Intents.HELP;
import static com.bedtimelegs.handlers.Intents.LEG_WARNING_SIGN;
import static com.bedtimelegs.handlers.Intents.LIST_REMINDERS;
import static com.bedtimelegs.handlers.Intents.NAVIGATE_HOME;
import static com.bedtimelegs.handlers.Intents.NEXT;
import static com.bedtimelegs.handlers.Intents.NO;
import static com.bedtimelegs.handlers.Intents.NORMAL_VOICE;
import static com.bedtimelegs.handlers.Intents.PAUSE;
import static com.bedtimelegs.handlers.Intents.QUIET_VOICE;
import static com.bedtimelegs.handlers.Intents.RED_FLAG_CHECK;
import static com.bedtimelegs.handlers.Intents.REPEAT;
import static com.bedtimelegs.handlers.Intents.RESTLESS_LEGS;
import static com.bedtimelegs.handlers.Intents.RESUME;
import static com.bedtimelegs.handlers.Intents.SET_REMINDER;
import static com.bedtimelegs.handlers.Intents.SKIP;
import static com.bedtimelegs.handlers.Intents.START_OVER;
import static com.bedtimelegs.handlers.Intents.STOP;
import static com.bedtimelegs.handlers.Intents.STRETCH_ROUTINE;
import static com.bedtimelegs.handlers.Intents.TIPS;
import static com.bedtimelegs.handlers.Intents.UNSURE;
import static com.bedtimelegs.handlers.Intents.YES;

import com.bedtimelegs.state.Activity;
import com.bedtimelegs.state.Offer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one place that decides which handler answers an intent: by intent, what the user is in the
 * middle of (activity), and what was just offered (offer). The first rule that fits wins, so the
 * order below is the policy, read top to bottom:
 * <ol>
 *   <li>urgent signs, whatever is going on;</li>
 *   <li>the answer to what was just offered ("yes" to "another tip?");</li>
 *   <li>what the words mean inside the running activity ("next" mid-stretch);</li>
 *   <li>starting a feature, from anywhere;</li>
 *   <li>the top level: help, stop, home, repeat, nothing-in-progress, a yes or no to nothing;</li>
 *   <li>anything else (unknown or unmatched intents): the fallback.</li>
 * </ol>
 * Each handler's {@code canHandle} asks this table, so the order handlers are registered in
 * changes nothing. {@code RoutingTableTest} prints every intent x activity x offer.
 */
public final class Routes {
    private Routes() {
    }

    /**
     * One row: these intents, in these activities, with these offers open, go to {@code handler}.
     */
    public record Rule(Class<? extends IntentHandler> handler, Set<Activity> activities, Set<Offer> offers,
                       Set<String> intents) {
        boolean fits(String intent, Activity activity, Offer offer) {
            return intent != null && intents.contains(intent) && activities.contains(activity) && offers.contains(offer);
        }
    }

    private static final Set<Activity> ANY_ACTIVITY = EnumSet.allOf(Activity.class);
    private static final Set<Offer> ANY_OFFER = EnumSet.allOf(Offer.class);

    public static final List<Rule> RULES = List.of(
            // 1. Urgent signs win over everything.
            anywhere(UrgentSignHandler.class, EMERGENCY_SYMPTOM, LEG_WARNING_SIGN, CRAMP_PERSISTING),
            // 2. Answers to an offer.
            offer(Offer.STRETCH, StretchYesHandler.class, YES),
            offer(Offer.RED_FLAG_CHECK, RedFlagOfferYesHandler.class, YES),
            offer(Offer.ANOTHER_TIP, TipsHandler.class, YES, NEXT, NO, UNSURE),
            offer(Offer.RESUME_ROUTINE, ResumeOfferHandler.class, YES, RESUME, NO),
            offer(Offer.USUAL_ROUTINE, UsualRoutineHandler.class, YES, NO),
            offer(Offer.FORGET_ME, ForgetConfirmHandler.class, YES, NO),
            // 3. Inside an activity.
            in(Activity.STRETCH, StretchStepHandler.class, NEXT, YES, CRAMP_GONE, SKIP, REPEAT, START_OVER, NO, UNSURE),
            in(Activity.STRETCH, StretchPauseHandler.class, PAUSE, RESUME),
            in(Activity.STRETCH, StretchHelpHandler.class, HELP),
            in(Activity.TRIAGE, TriageAnswerHandler.class, YES, NO, UNSURE),
            in(Activity.TRIAGE, TriageHelpHandler.class, HELP, REPEAT, FALLBACK, NEXT, SKIP, PAUSE, RESUME, START_OVER),
            in(Activity.TRIAGE, TriageStopHandler.class, STOP, CANCEL),
            new Rule(CrampAnswerHandler.class, EnumSet.of(Activity.CRAMP), EnumSet.of(Offer.NONE, Offer.RED_FLAG_CHECK),
                    Set.of(YES, NO, UNSURE)),
            in(Activity.CRAMP, CrampHelpHandler.class, HELP),
            in(Activity.CRAMP, CrampNudgeHandler.class, NEXT, SKIP, PAUSE, RESUME, START_OVER, FALLBACK),
            // 4. Starting a feature, from anywhere.
            anywhere(StretchRoutineHandler.class, STRETCH_ROUTINE),
            anywhere(RedFlagCheckHandler.class, RED_FLAG_CHECK),
            anywhere(CrampReliefHandler.class, CRAMP_RELIEF),
            anywhere(CrampStillThereHandler.class, CRAMP_STILL_THERE),
            anywhere(CrampGoneHandler.class, CRAMP_GONE),
            anywhere(TipsHandler.class, TIPS),
            anywhere(RestlessLegsHandler.class, RESTLESS_LEGS),
            anywhere(ReminderHandler.class, SET_REMINDER, CHANGE_REMINDER, LIST_REMINDERS, CANCEL_REMINDER),
            anywhere(VoiceHandler.class, QUIET_VOICE, NORMAL_VOICE),
            anywhere(ForgetMeHandler.class, FORGET_ME),
            // 5. The top level.
            anywhere(HelpHandler.class, HELP),
            anywhere(StopHandler.class, STOP, CANCEL),
            anywhere(NavigateHomeHandler.class, NAVIGATE_HOME),
            anywhere(RepeatHandler.class, REPEAT),
            anywhere(NothingInProgressHandler.class, NEXT, SKIP, PAUSE, RESUME, START_OVER),
            anywhere(YesNoHandler.class, YES, NO, UNSURE));

    /** The handler for this intent now; {@link FallbackHandler} for anything no rule names. */
    public static Class<? extends IntentHandler> handlerFor(String intent, Activity activity, Offer offer) {
        for (Rule rule : RULES) {
            if (rule.fits(intent, activity, offer)) {
                return rule.handler();
            }
        }
        return FallbackHandler.class;
    }

    private static Rule anywhere(Class<? extends IntentHandler> handler, String... intents) {
        return new Rule(handler, ANY_ACTIVITY, ANY_OFFER, Set.of(intents));
    }

    private static Rule offer(Offer offer, Class<? extends IntentHandler> handler, String... intents) {
        return new Rule(handler, ANY_ACTIVITY, EnumSet.of(offer), Set.of(intents));
    }

    private static Rule in(Activity activity, Class<? extends IntentHandler> handler, String... intents) {
        return new Rule(handler, EnumSet.of(activity), ANY_OFFER, Set.of(intents));
    }
}
