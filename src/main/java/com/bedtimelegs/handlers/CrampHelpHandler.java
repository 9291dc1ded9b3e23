package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.speech.Ssml;
import java.util.Optional;

/** Help while a cramp is being eased: what can be said right now, and nothing is lost. */
public final class CrampHelpHandler extends IntentHandler {
    @Override
    public Optional<Response> handle(HandlerInput input) {
        String help = Ssml.of(Replies.speech(input).text("cramp.help"));
        if (CrampFlow.progress(Conversation.of(input)).asksWhere()) {
            return CrampFlow.askWhere(input, help); // keep listening for the muscle
        }
        return Replies.ask(input, help, Ssml.of(Replies.speech(input).text("cramp.helpReprompt")));
    }
}
