package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.state.LastResponseMemory;
import com.bedtimelegs.state.Memory;
import com.bedtimelegs.speech.Speech;
import com.bedtimelegs.speech.Ssml;
import java.util.Optional;

/**
 * "Speak quietly" / "whisper" and "normal voice", at any moment: the voice changes (and is
 * remembered), and whatever was going on carries on with its last question.
 */
public final class VoiceHandler extends IntentHandler {

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Memory memory = Memory.of(input);
        boolean quiet = Intents.QUIET_VOICE.equals(intentName(input));
        memory.quiet(quiet);
        Speech words = Replies.speech(input);
        String confirm = !quiet ? words.text("memory.normal")
                : memory.available() ? words.text("memory.quiet") : words.text("memory.quietForNow");
        // "Repeat" after this should say what came before, not the voice change.
        LastResponseMemory.skip(input);
        String lastReprompt = Conversation.of(input).lastReprompt();
        if (lastReprompt != null) {
            return Replies.ask(input, Ssml.speech().say(confirm).thenSsml(lastReprompt).build(), lastReprompt);
        }
        return Replies.ask(input, Ssml.of(confirm, MainMenu.anythingElse(input)), MainMenu.reprompt(input));
    }
}
