package com.bedtimelegs.handlers;

import com.bedtimelegs.speech.Ssml;

/** Words for the top level of the skill, where nothing is in progress. */
public final class MainMenu {
    private MainMenu() {
    }

    public static final String CHOICES =
            "You can say: I have a cramp. Or: start a bedtime stretch. Or: should I see a doctor. Or: give me a tip.";

    public static String welcome() {
        return Ssml.speech()
                .say("Welcome to Bedtime Legs.")
                .say("If a cramp has you right now, just say cramp.")
                .say("I can also lead a gentle bedtime stretch, check whether your leg pain needs a doctor, or share a daytime tip.")
                .say("What would you like?")
                .build();
    }

    public static String reprompt() {
        return Ssml.of(CHOICES);
    }

    public static String help() {
        return Ssml.speech()
                .say("Bedtime Legs helps tired, achy or cramping legs at night.")
                .say("For a cramp happening now, say: I have a cramp in my calf.")
                .say("For a calm stretch before sleep, say: start a bedtime stretch, or, stretch in bed.")
                .say("To check if your pain needs a doctor, say: should I see a doctor.")
                .say("For daytime habits, say: give me a tip.")
                .say("This is general guidance, not a diagnosis.")
                .say("What would you like?")
                .build();
    }

    /** Said when the session's state could not be trusted and was forgotten (see SessionStateGuard). */
    public static final String LOST_PLACE = "Sorry, I lost track of where we were, so let's start fresh.";

    public static String goodnight() {
        return Ssml.of("Goodnight. Rest easy.");
    }
}
