package com.bedtimelegs.state;

/** Something the skill has just offered, so that "yes" or "no" can be understood. */
public enum Offer {
    NONE,
    /** "Would you like a bedtime stretch?" */
    STRETCH,
    /** "Would you like another tip?" */
    ANOTHER_TIP,
    /** "Would you like to run the red-flag check?" */
    RED_FLAG_CHECK,
    /** "Would you like to pick up where you left off?" (a routine interrupted under twelve hours ago) */
    RESUME_ROUTINE,
    /** "Your usual is the quick bedtime stretch. Shall we do that?" */
    USUAL_ROUTINE,
    /** "Do you want me to forget you?" */
    FORGET_ME
}
