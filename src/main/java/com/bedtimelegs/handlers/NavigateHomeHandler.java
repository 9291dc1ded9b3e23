package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.speech.Ssml;
import java.util.Optional;

/** "Go home" / "main menu": leave whatever is in progress and list the choices again. */
public final class NavigateHomeHandler extends IntentHandler {
    @Override
    public Optional<Response> handle(HandlerInput input) {
        Conversation.of(input).reset();
        return Replies.ask(input,
                Ssml.of(Replies.speech(input).text("menu.backToStart"), MainMenu.choices(input)),
                MainMenu.reprompt(input));
    }
}
