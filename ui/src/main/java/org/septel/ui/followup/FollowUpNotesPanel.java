package org.septel.ui.followup;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.septel.clearance.Reader;
import org.septel.commitment.FollowUpNotes;

import java.util.NoSuchElementException;

/**
 * Add a comment or attach files to a follow-up. Limits come from {@link FollowUpNotes}; the service checks again
 * that the person may read the follow-up. After each addition the page's timeline is redrawn.
 */
class FollowUpNotesPanel extends VerticalLayout {

    private final FollowUpNotes notes;
    private final Reader reader;
    private final long commitmentId;
    private final Runnable changed;

    FollowUpNotesPanel(FollowUpNotes notes, Reader reader, long commitmentId, Runnable changed) {
        this.notes = notes;
        this.reader = reader;
        this.commitmentId = commitmentId;
        this.changed = changed;
        setId("follow-up-notes");
        addClassName("follow-up-notes");
        setPadding(false);

        TextArea comment = new TextArea("Comment");
        comment.setId("comment-text");
        comment.setMaxLength(FollowUpNotes.COMMENT_MAX_LENGTH);
        comment.setHelperText("Up to " + FollowUpNotes.COMMENT_MAX_LENGTH + " characters; shown in the timeline with your name.");
        comment.setWidthFull();
        Button add = new Button("Add comment", click -> {
            if (save(() -> notes.comment(commitmentId, reader, comment.getValue()), "Comment added")) {
                comment.clear();
            }
        });
        add.setId("add-comment");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Upload upload = new Upload(UploadHandler.inMemory((file, bytes) -> attach(file.fileName(), file.contentType(), bytes)));
        upload.setId("attach-files");
        upload.setMaxFileSize(FollowUpNotes.ATTACHMENT_MAX_BYTES);
        upload.setMaxFiles(5);
        upload.addFileRejectedListener(rejected -> Notification.show("Not attached: " + rejected.getErrorMessage()
                + " (at most " + FollowUpNotes.ATTACHMENT_MAX_BYTES / (1024 * 1024) + " MB a file)")
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
        Paragraph hint = new Paragraph("Attach files (at most " + FollowUpNotes.ATTACHMENT_MAX_BYTES / (1024 * 1024)
                + " MB each). Everyone who may read this follow-up may download them.");
        hint.addClassName("hint");
        add(new H3("Comment or attach"), comment, add, hint, upload);
    }

    /** Called when an upload finished; the upload's request may run outside the UI's lock. */
    void attach(String fileName, String contentType, byte[] bytes) {
        UI ui = UI.getCurrent();
        Runnable store = () -> save(() -> notes.attach(commitmentId, reader, fileName, contentType, bytes),
                "Attached " + fileName);
        if (ui == null || ui.getSession().hasLock()) {
            store.run();
        } else {
            ui.access(store::run);
        }
    }

    private boolean save(Runnable action, String message) {
        try {
            action.run();
            Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.run();
            return true;
        } catch (IllegalArgumentException refused) {
            Notification.show(refused.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (NoSuchElementException gone) {
            Notification.show("You may no longer see this follow-up").addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        return false;
    }
}
