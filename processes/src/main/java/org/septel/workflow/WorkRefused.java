package org.septel.workflow;

/**
 * The person may see the task, but what they asked cannot be done: it is already someone else's, or the officer it
 * should go to may not work on it. The message says why, in words fit to show.
 */
public class WorkRefused extends RuntimeException {

    public WorkRefused(String why) {
        super(why);
    }
}
