package com.bedtimelegs.handlers;

/** Intent names, as spelled in skill-package/interactionModels. */
public final class Intents {
    private Intents() {
    }

    public static final String HELP = "AMAZON.HelpIntent";
    public static final String STOP = "AMAZON.StopIntent";
    public static final String CANCEL = "AMAZON.CancelIntent";
    public static final String FALLBACK = "AMAZON.FallbackIntent";
    public static final String NAVIGATE_HOME = "AMAZON.NavigateHomeIntent";
    public static final String REPEAT = "AMAZON.RepeatIntent";
    public static final String NEXT = "AMAZON.NextIntent";
    public static final String PAUSE = "AMAZON.PauseIntent";
    public static final String RESUME = "AMAZON.ResumeIntent";
    public static final String START_OVER = "AMAZON.StartOverIntent";
    public static final String YES = "AMAZON.YesIntent";
    public static final String NO = "AMAZON.NoIntent";

    public static final String STRETCH_ROUTINE = "StretchRoutineIntent";
    public static final String SKIP = "SkipIntent";
    public static final String SET_REMINDER = "SetReminderIntent";
    public static final String LIST_REMINDERS = "ListRemindersIntent";
    public static final String CANCEL_REMINDER = "CancelReminderIntent";
    public static final String CHANGE_REMINDER = "ChangeReminderIntent";
    public static final String CRAMP_RELIEF = "CrampReliefIntent";
    public static final String CRAMP_STILL_THERE = "CrampStillThereIntent";
    public static final String CRAMP_GONE = "CrampGoneIntent";
    public static final String RESTLESS_LEGS = "RestlessLegsIntent";
    public static final String TIPS = "TipsIntent";
    public static final String RED_FLAG_CHECK = "RedFlagCheckIntent";
    public static final String UNSURE = "UnsureIntent";
    public static final String EMERGENCY_SYMPTOM = "EmergencySymptomIntent";
    public static final String LEG_WARNING_SIGN = "LegWarningSignIntent";
    public static final String CRAMP_PERSISTING = "CrampPersistingIntent";
    public static final String QUIET_VOICE = "QuietVoiceIntent";
    public static final String NORMAL_VOICE = "NormalVoiceIntent";
    public static final String FORGET_ME = "ForgetMeIntent";
}
