package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.bedtimelegs.speech.Speech;
import com.bedtimelegs.speech.Ssml;

/** Words for the top level of the skill, where nothing is in progress, in the request's locale. */
public final class MainMenu {
    private MainMenu() {
    }

    /** "You can say: ..." as a plain sentence, to follow other words. */
    public static String choices(HandlerInput input) {
        return Replies.speech(input).text("menu.choices");
    }

    public static String welcome(HandlerInput input) {
        return Ssml.of(Replies.speech(input).text("menu.welcome"));
    }

    public static String reprompt(HandlerInput input) {
        return Ssml.of(choices(input));
    }

    public static String help(HandlerInput input) {
        return Ssml.of(Replies.speech(input).text("menu.help"));
    }

    /** "Is there anything else? You can say: ..." as a plain sentence. */
    public static String anythingElse(HandlerInput input) {
        Speech speech = Replies.speech(input);
        return speech.text("menu.anythingElse") + " " + speech.text("menu.choices");
    }

    /** Said when the session's state could not be trusted and was forgotten (see SessionStateGuard). */
    public static String lostPlace(HandlerInput input) {
        return Ssml.of(Replies.speech(input).text("menu.lostPlace"), choices(input));
    }

    public static String goodnight(HandlerInput input) {
        return Ssml.of(Replies.speech(input).text("menu.goodnight"));
    }
}
