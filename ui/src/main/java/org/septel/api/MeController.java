package org.septel.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.septel.calendar.CalendarFeeds;
import org.septel.calendar.FeedStatus;
import org.septel.calendar.IssuedFeed;
import org.septel.notification.NoticeKind;
import org.septel.notification.NoticePreference;
import org.septel.notification.NoticePreferences;
import org.septel.security.ApiTokens;
import org.septel.security.CurrentUser;
import org.septel.staff.StaffMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/** The caller's own settings: API tokens, calendar feed, notices. Always one's own; no one else's by id. */
@Tag(name = "Me")
@RestController
@ConditionalOnWebApplication // the jar's subcommands run without a web server (and without a logged-in user)
@RequestMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
class MeController {

    private final CurrentUser user;
    private final ApiTokens tokens;
    private final CalendarFeeds feeds;
    private final NoticePreferences notices;
    private final String baseUrl;

    MeController(CurrentUser user, ApiTokens tokens, CalendarFeeds feeds, NoticePreferences notices,
            @Value("${septel.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.user = user;
        this.tokens = tokens;
        this.feeds = feeds;
        this.notices = notices;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Operation(summary = "Who I am: role, desk and clearance")
    @GetMapping
    Me me() {
        StaffMember member = user.member();
        return new Me(member.username(), member.displayName(), member.role().name(), member.desk(),
                member.clearance().level().name(), member.clearance().caveats());
    }

    @Operation(summary = "My API tokens (never the secrets)")
    @GetMapping("/tokens")
    List<ApiTokens.TokenInfo> tokens() {
        return tokens.of(user.member().username());
    }

    @Operation(summary = "Create an API token; its secret is shown in this answer only")
    @PostMapping(path = "/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.IssuedToken createToken(@RequestBody NewToken body) {
        return tokens.issue(user.member().username(), body.name());
    }

    @Operation(summary = "Revoke one of my API tokens")
    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeToken(@PathVariable long id) {
        if (!tokens.revoke(user.member().username(), id)) {
            throw new NoSuchElementException("no token");
        }
    }

    @Operation(summary = "Whether I have a calendar feed")
    @GetMapping("/feed")
    FeedStatus feed() {
        return feeds.status(user.member().username());
    }

    @Operation(summary = "A new calendar feed (any earlier one stops working); its address is shown in this answer only",
            description = "insideNetwork: true puts titles up to your clearance into the feed; only for calendars "
                    + "kept inside the network. Otherwise only UNCLASSIFIED text.")
    @PostMapping(path = "/feed", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    NewFeed createFeed(@RequestBody(required = false) FeedRequest body) {
        IssuedFeed feed = feeds.issue(user.member().username(), body != null && body.insideNetwork());
        return new NewFeed(baseUrl + feed.path(), feed.insideNetwork());
    }

    @Operation(summary = "Stop my calendar feed")
    @DeleteMapping("/feed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeFeed() {
        if (!feeds.revoke(user.member().username())) {
            throw new NoSuchElementException("no feed");
        }
    }

    @Operation(summary = "My mail address and the notices I get")
    @GetMapping("/notices")
    NoticePreference notices() {
        return notices.of(user.member().username());
    }

    @Operation(summary = "Set my mail address and the notices I get",
            description = "kinds: REMINDER, OVERDUE, WEEKLY_DIGEST, REPLY_MATCHED")
    @PutMapping(path = "/notices", consumes = MediaType.APPLICATION_JSON_VALUE)
    NoticePreference changeNotices(@RequestBody NoticeRequest body) {
        Set<NoticeKind> kinds = body.kinds() == null ? EnumSet.noneOf(NoticeKind.class)
                : EnumSet.copyOf(body.kinds().isEmpty() ? EnumSet.noneOf(NoticeKind.class) : body.kinds());
        return notices.change(user.member().username(), body.email(), kinds);
    }

    record Me(String username, String displayName, String role, String desk, String clearance, Set<String> caveats) {
    }

    record NewToken(String name) {
    }

    record FeedRequest(boolean insideNetwork) {
    }

    record NewFeed(String url, boolean insideNetwork) {
    }

    record NoticeRequest(String email, Set<NoticeKind> kinds) {
    }
}
