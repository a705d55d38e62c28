package org.septel.ui.tasks;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.septel.workflow.WorkItemNotFound;
import org.septel.workflow.WorkRefused;

/**
 * Runs one action on a task and tells the person how it went, the same way on every task panel: done, already
 * closed by someone else (and the screen moves on), or refused with the service's own words.
 */
final class TaskAction {

    private TaskAction() {
    }

    static void run(Runnable action, String message, Runnable done) {
        try {
            action.run();
            Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.run();
        } catch (WorkItemNotFound gone) {
            Notification.show("This task was already closed").addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            done.run();
        } catch (IllegalArgumentException | IllegalStateException | WorkRefused refused) {
            Notification.show(refused.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
