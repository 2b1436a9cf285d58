package jp.mamori.supplier;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.mamori.notification.OutsideMail;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.Wareki;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails to a contractor's contact about a periodic check (定期確認): the notice that a
 * questionnaire is coming, sent when the campaign starts, and the reminders while it is unanswered.
 * The words are in {@code i18n/supplier_ja.properties} ({@code sup.mail.check.*}); the questions are
 * listed in the body as far as the outbox's limit allows, and the questionnaire workbook is attached.
 * Nothing links into mamori: the contact cannot open it.
 */
@Component
class CheckMails {
    static final String TOPIC_NOTICE = "supplier.check.questionnaire";
    static final String TOPIC_REMINDER = "supplier.check.reminder";

    private final MessageSource messages;
    private final Directory directory;

    CheckMails(MessageSource messages, Directory directory) {
        this.messages = messages;
        this.directory = directory;
    }

    /**
     * The questionnaire notice for the contact of the contract's contractor, with the check's
     * questionnaire workbook attached (the file the officer downloads, under the same name); empty
     * without an address.
     */
    Optional<OutsideMail> questionnaire(
            Contractor contractor, Contract contract, ContractCheck check, byte[] workbook) {
        if (contractor.contactEmail().isBlank()) {
            return Optional.empty();
        }
        List<String> questions =
                check.questions().stream().map(ContractCheck.Question::text).toList();
        String head = text(
                "sup.mail.check.notice.body",
                contractor.contactName(),
                unitName(contract),
                contract.title(),
                check.campaignTitle(),
                Wareki.japanese(check.dueOn()),
                questions.size(),
                CheckWorkbook.fileName(check.id()));
        String tail = text("sup.mail.check.notice.tail", unitName(contract), official(contract));
        String body = head + "\n\n" + questionList(questions, OutsideMail.MAX_BODY - head.length() - tail.length() - 8)
                + "\n\n" + tail;
        return Optional.of(new OutsideMail(
                        contractor.contactEmail(),
                        TOPIC_NOTICE,
                        subject(text("sup.mail.check.notice.subject", check.campaignTitle(), contract.title())),
                        body)
                .with(new OutsideMail.Attachment(
                        CheckWorkbook.fileName(check.id()), CheckWorkbook.CONTENT_TYPE, workbook)));
    }

    /** A reminder to the contact while the check is unanswered: before its due date, or overdue. */
    Optional<OutsideMail> reminder(Contractor contractor, Contract contract, OpenCheck check, boolean overdue) {
        if (contractor.contactEmail().isBlank()) {
            return Optional.empty();
        }
        String kind = overdue ? "overdue" : "soon";
        return Optional.of(new OutsideMail(
                contractor.contactEmail(),
                TOPIC_REMINDER,
                subject(text("sup.mail.check." + kind + ".subject", check.campaignTitle(), contract.title())),
                text(
                        "sup.mail.check." + kind + ".body",
                        contractor.contactName(),
                        unitName(contract),
                        contract.title(),
                        check.campaignTitle(),
                        Wareki.japanese(check.dueOn()),
                        official(contract))));
    }

    /** The questions, numbered, one a line; those beyond the room left are counted, not listed. */
    private String questionList(List<String> questions, int room) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < questions.size(); i++) {
            String line = (i + 1) + ". " + questions.get(i) + "\n";
            String rest = text("sup.mail.check.notice.more", questions.size() - i);
            if (out.length() + line.length() + rest.length() > room) {
                return out.append(rest).toString().strip();
            }
            out.append(line);
        }
        return out.toString().strip();
    }

    /** A subject within the outbox's 300 characters (a campaign's and a contract's names may be long). */
    private static String subject(String text) {
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }

    private String unitName(Contract contract) {
        return directory.unit(contract.unitId()).map(UnitSummary::name).orElse("");
    }

    private String official(Contract contract) {
        return contract.responsiblePersonId() == null
                ? ""
                : directory
                        .person(contract.responsiblePersonId())
                        .map(PersonSummary::name)
                        .orElse("");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.JAPANESE);
    }
}
