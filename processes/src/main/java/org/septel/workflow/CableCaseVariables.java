package org.septel.workflow;

/** Names of the Cable case process and its variables, in one place for the starter, the queries and the tests. */
public final class CableCaseVariables {

    public static final String PROCESS_ID = "CableCaseProcess";
    public static final String REVIEW_TASK_ID = "Task_ReviewFollowUps";
    public static final String CABLE_ID = "cableId";
    public static final String DESK_GROUP = "deskGroup";
    public static final String REVIEW_DUE_DATE = "reviewDueDate";
    /** Starts another instance of a cable's case (same business key) for follow-ups added after its review. */
    public static final String MESSAGE_FOLLOW_UPS_ADDED = "Message_FollowUpsAdded";

    private CableCaseVariables() {
    }
}
