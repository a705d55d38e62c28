package org.septel.notification;

import org.septel.staff.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;

/** Each person's mail address and the notices they want; everyone gets every notice until they choose otherwise. */
@Service
@Transactional(readOnly = true)
public class NoticePreferences {

    public static final int EMAIL_MAX_LENGTH = 320;
    private static final Logger log = LoggerFactory.getLogger(NoticePreferences.class);
    /** Deliberately simple: one @, no spaces or angle brackets (which could smuggle extra headers). */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+");

    private final NoticeSettingsRepository settings;
    private final StaffDirectory staff;

    NoticePreferences(NoticeSettingsRepository settings, StaffDirectory staff) {
        this.settings = settings;
        this.staff = staff;
    }

    public NoticePreference of(String username) {
        return settings.findById(username).map(NoticeSettings::view)
                .orElse(new NoticePreference(username, null, EnumSet.allOf(NoticeKind.class)));
    }

    /** A person sets their own address and notices (the caller checks it is their own, or an administrator's act). */
    @Transactional
    public NoticePreference change(String username, String email, Set<NoticeKind> kinds) {
        if (!staff.exists(username)) {
            throw new NoSuchElementException("no user " + username);
        }
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && (address.length() > EMAIL_MAX_LENGTH || !EMAIL.matcher(address).matches())) {
            throw new IllegalArgumentException("not a mail address: give one like name@example.org");
        }
        NoticeSettings row = settings.findById(username).orElseGet(() -> settings.save(new NoticeSettings(username)));
        row.change(address, kinds);
        log.info("{} now receives {} notices", username, kinds);
        return row.view();
    }
}
