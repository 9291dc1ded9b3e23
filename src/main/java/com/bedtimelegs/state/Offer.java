package com.bedtimelegs.state;

/** Something the skill has just offered, so that "yes" or "no" can be understood. */
public enum Offer {
    NONE,
    /** "Would you like a bedtime stretch?" */
    STRETCH,
    /** "Would you like another tip?" */
    ANOTHER_TIP,
    /** "Would you like to run the red-flag check?" */
    RED_FLAG_CHECK
}
