package org.septel.ui.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.septel.calendar.CalendarFeeds;
import org.septel.calendar.FeedStatus;
import org.septel.notification.NoticeKind;
import org.septel.notification.NoticePreference;
import org.septel.notification.NoticePreferences;
import org.septel.security.ApiTokens;
import org.septel.security.CurrentUser;
import org.septel.ui.work.Dates;
import org.springframework.beans.factory.annotation.Value;

import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;

/**
 * A person's own settings: where notices go and which ones, the calendar feed, and API tokens. Secrets (the feed
 * address, a new token) are shown once, right after they are made; the services keep only their hashes.
 */
@Route("settings")
@PageTitle("My settings | Septel")
@PermitAll
public class SettingsView extends VerticalLayout {

    private static final Map<NoticeKind, String> LABELS = Map.of(
            NoticeKind.REMINDER, "Reminders before due and chase dates",
            NoticeKind.OVERDUE, "Overdue follow-ups",
            NoticeKind.WEEKLY_DIGEST, "Weekly digest (managers)",
            NoticeKind.REPLY_MATCHED, "A possible reply was filed");

    private final String me;
    private final NoticePreferences notices;
    private final CalendarFeeds feeds;
    private final ApiTokens tokens;
    private final String baseUrl;
    private final Paragraph feedState = new Paragraph();
    private final TextField secret = new TextField();
    private final Grid<ApiTokens.TokenInfo> tokenGrid = new Grid<>();

    public SettingsView(CurrentUser currentUser, NoticePreferences notices, CalendarFeeds feeds, ApiTokens tokens,
            @Value("${septel.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.me = currentUser.member().username();
        this.notices = notices;
        this.feeds = feeds;
        this.tokens = tokens;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        secret.setId("settings-secret");
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setVisible(false);
        secret.setHelperText("Shown once: copy it now. Septel keeps only a hash of it.");
        setMaxWidth("60em");
        add(new H2("My settings"), noticeSection(), feedSection(), tokenSection(), secret);
    }

    private VerticalLayout noticeSection() {
        NoticePreference current = notices.of(me);
        EmailField email = new EmailField("Mail address");
        email.setId("settings-email");
        email.setWidth("24em");
        email.setValue(current.email() == null ? "" : current.email());
        CheckboxGroup<NoticeKind> kinds = new CheckboxGroup<>("Send me");
        kinds.setId("settings-kinds");
        kinds.setItems(NoticeKind.values());
        kinds.setItemLabelGenerator(LABELS::get);
        kinds.setValue(current.kinds());
        Button save = new Button("Save notices", click -> act(() -> notices.change(me, email.getValue(),
                kinds.getValue().isEmpty() ? EnumSet.noneOf(NoticeKind.class) : EnumSet.copyOf(kinds.getValue())),
                "Notices saved"));
        save.setId("settings-save-notices");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return section("Notices by mail", new Paragraph("Mail carries only unclassified text; the rest stays in Septel."),
                email, kinds, save);
    }

    private VerticalLayout feedSection() {
        Checkbox inside = new Checkbox("For a calendar inside the network (titles up to my clearance)");
        inside.setId("settings-feed-inside");
        Button issue = new Button("New calendar address", click -> act(() -> {
            String path = feeds.issue(me, inside.getValue()).path();
            showSecret("Calendar address (subscribe to it)", baseUrl + path);
        }, "Calendar feed ready; any earlier address stopped working"));
        issue.setId("settings-feed-issue");
        Button stop = new Button("Stop my calendar feed", click -> act(() -> feeds.revoke(me), "Calendar feed stopped"));
        stop.setId("settings-feed-stop");
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        feedState.setId("settings-feed-state");
        showFeedState();
        return section("Calendar feed", feedState, inside, new HorizontalLayout(issue, stop));
    }

    private VerticalLayout tokenSection() {
        tokenGrid.setId("settings-tokens");
        tokenGrid.addColumn(ApiTokens.TokenInfo::name).setHeader("Name").setFlexGrow(1);
        tokenGrid.addColumn(t -> Dates.date(t.createdAt().atZone(ZoneOffset.UTC).toLocalDate())).setHeader("Created")
                .setAutoWidth(true).setFlexGrow(0);
        tokenGrid.addColumn(t -> t.lastUsedAt() == null ? "never" : Dates.date(t.lastUsedAt().atZone(ZoneOffset.UTC)
                .toLocalDate())).setHeader("Last used").setAutoWidth(true).setFlexGrow(0);
        tokenGrid.addComponentColumn(t -> {
            Button revoke = new Button("Revoke", click -> act(() -> tokens.revoke(me, t.id()), "Token revoked"));
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return revoke;
        }).setAutoWidth(true).setFlexGrow(0);
        tokenGrid.setAllRowsVisible(true);
        TextField name = new TextField("Token name");
        name.setId("settings-token-name");
        name.setMaxLength(ApiTokens.NAME_MAX_LENGTH);
        Button create = new Button("Create token", click -> act(() -> {
            showSecret("API token (Authorization: Bearer ...)", tokens.issue(me, name.getValue()).token());
            name.clear();
        }, "Token created"));
        create.setId("settings-token-create");
        refreshTokens();
        return section("API tokens", new Paragraph("A token acts as you, with your role and clearance, on "
                + baseUrl + "/api (documented at /swagger-ui.html)."), tokenGrid, new HorizontalLayout(name, create));
    }

    private void showSecret(String label, String value) {
        secret.setLabel(label);
        secret.setValue(value);
        secret.setVisible(true);
    }

    private void showFeedState() {
        FeedStatus status = feeds.status(me);
        feedState.setText(!status.active() ? "You have no calendar feed."
                : "Your calendar feed is on" + (status.insideNetwork() ? " (inside the network)." : " (unclassified)."));
    }

    private void refreshTokens() {
        tokenGrid.setItems(tokens.of(me).stream().filter(ApiTokens.TokenInfo::active).toList());
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done, 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalArgumentException | IllegalStateException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        showFeedState();
        refreshTokens();
    }

    private static VerticalLayout section(String title, com.vaadin.flow.component.Component... content) {
        VerticalLayout section = new VerticalLayout(new H3(title));
        section.add(content);
        section.setPadding(false);
        return section;
    }
}
