package jp.mamori.supplier;

import java.time.Clock;
import java.time.LocalDate;
import jp.mamori.notification.Reminders;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contract page's reminder button: reminds now about a missing return/destruction certificate. */
@Service
public class CertificateReminders {
    private final Contractors contractors;
    private final SupplierReminder reminder;
    private final Reminders reminders;
    private final Clock clock;

    CertificateReminders(Contractors contractors, SupplierReminder reminder, Reminders reminders, Clock clock) {
        this.contractors = contractors;
        this.reminder = reminder;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** Reminds the people of an ended contract without certificate; returns how many were reminded. */
    @Transactional
    public int remind(long contractorId, long contractId) {
        Contract k = contractors.requireChange(contractorId, contractId);
        if (!k.endedOn(LocalDate.now(clock)) || k.hasCertificate()) {
            throw InvalidInputException.of("contract", "sup.error.remind.notDue");
        }
        return reminders.remindNow(reminder, new SupplierReminder.CertificateMissing(k), Access.currentLogin());
    }
}
