package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.state.LastResponseMemory;
import com.bedtimelegs.state.SessionStateGuard;
import java.util.Optional;

/** Says the last answer again, word for word; activities may register a smarter repeat first. */
public final class RepeatHandler extends IntentHandler {
    @Override
    public Optional<Response> handle(HandlerInput input) {
        LastResponseMemory.skip(input); // "repeat" should still give the real last answer
        Conversation conversation = Conversation.of(input);
        String last = conversation.lastSpeech();
        if (last == null && SessionStateGuard.stateWasReset(input)) {
            return Replies.ask(input, MainMenu.lostPlace(input), MainMenu.reprompt(input));
        }
        if (last == null) {
            return Replies.ask(input, MainMenu.welcome(input), MainMenu.reprompt(input));
        }
        String reprompt = conversation.lastReprompt();
        return Replies.ask(input, last, reprompt != null ? reprompt : MainMenu.reprompt(input));
    }
}
