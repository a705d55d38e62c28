package org.septel.screens;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.septel.calendar.CalendarFeeds;
import org.septel.notification.NoticeKind;
import org.septel.notification.NoticePreferences;
import org.septel.security.ApiTokens;
import org.septel.staff.Role;
import org.septel.ui.settings.SettingsView;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** A person sets their notices, gets a calendar address and an API token on their settings screen. */
class SettingsViewIT extends KaribuSupport {

    @Autowired
    NoticePreferences notices;
    @Autowired
    CalendarFeeds feeds;
    @Autowired
    ApiTokens tokens;

    @AfterEach
    void out() {
        logOut();
    }

    @Test
    void a_person_chooses_notices_gets_a_feed_address_and_a_token_shown_once() {
        ensureUser("settings-officer", Role.DESK_OFFICER);
        logIn("settings-officer", Role.DESK_OFFICER);
        UI.getCurrent().navigate(SettingsView.class);

        _setValue(_get(EmailField.class, s -> s.withId("settings-email")), "officer@example.org");
        @SuppressWarnings("unchecked")
        CheckboxGroup<NoticeKind> kinds = _get(CheckboxGroup.class, s -> s.withId("settings-kinds"));
        _setValue(kinds, Set.of(NoticeKind.OVERDUE));
        _click(_get(Button.class, s -> s.withId("settings-save-notices")));
        assertThat(notices.of("settings-officer").email()).isEqualTo("officer@example.org");
        assertThat(notices.of("settings-officer").kinds()).containsExactly(NoticeKind.OVERDUE);

        _click(_get(Button.class, s -> s.withId("settings-feed-issue")));
        TextField secret = _get(TextField.class, s -> s.withId("settings-secret"));
        assertThat(secret.getValue()).contains("/feeds/").endsWith(".ics");
        String token = secret.getValue().replaceFirst(".*/feeds/", "").replace(".ics", "");
        assertThat(feeds.render(token)).isPresent();

        _setValue(_get(TextField.class, s -> s.withId("settings-token-name")), "spreadsheet");
        _click(_get(Button.class, s -> s.withId("settings-token-create")));
        assertThat(secret.getValue()).startsWith("septel_");
        assertThat(tokens.of("settings-officer")).extracting(ApiTokens.TokenInfo::name).containsExactly("spreadsheet");
        @SuppressWarnings("unchecked")
        Grid<ApiTokens.TokenInfo> grid = _get(Grid.class, s -> s.withId("settings-tokens"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isEqualTo(1);

        _click(_get(Button.class, s -> s.withId("settings-feed-stop")));
        assertThat(feeds.render(token)).isEmpty();
    }
}
