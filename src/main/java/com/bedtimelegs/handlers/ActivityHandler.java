package com.bedtimelegs.handlers;

import com.bedtimelegs.state.Activity;
import com.bedtimelegs.state.Conversation;

/** A handler for intents that mean something particular while one activity runs (e.g. "next" mid-stretch). */
public abstract class ActivityHandler extends IntentHandler {
    private final Activity activity;

    protected ActivityHandler(Activity activity, String... intentNames) {
        super(intentNames);
        this.activity = activity;
    }

    @Override
    protected final boolean appliesTo(Conversation conversation) {
        return conversation.in(activity);
    }
}
