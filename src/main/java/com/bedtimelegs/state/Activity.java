package com.bedtimelegs.state;

/** What the user is in the middle of; built-in intents (next, yes, help...) mean different things in each. */
public enum Activity {
    NONE, STRETCH, CRAMP, TRIAGE, TIPS
}
