package jp.mamori.notification;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Mails the notices waiting in the outbox (mail state PENDING), oldest first. Runs on a schedule
 * and can be called directly. Each run first claims the rows it will mail
 * ({@link NoticeRepository#claimPending}), so several nodes sharing one database never mail the
 * same notice twice; a claim left by a node that stopped while sending is taken over after
 * {@link #STALE_CLAIM}. A failure is retried on the next run up to
 * {@link MailSettings#maxAttempts()}, then the notice is marked FAILED; it stays shown in the
 * product either way. Mail is off, and nothing is queued, when no SMTP server is configured.
 */
@Component
class MailOutbox {
    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final int BATCH = 100;
    /** How long a run may hold claimed rows before another node takes them over. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(15);

    private final NoticeRepository repository;
    private final @Nullable JavaMailSender sender;
    private final MailSettings settings;
    private final MessageSource messages;

    private final Clock clock;

    MailOutbox(
            NoticeRepository repository,
            ObjectProvider<JavaMailSender> sender,
            MailSettings settings,
            MessageSource messages,
            Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.sender = sender.getIfAvailable();
        this.settings = settings;
        this.messages = messages;
    }

    /** True when an SMTP server is configured. */
    boolean enabled() {
        return sender != null;
    }

    /**
     * Sends what waits, in batches until the outbox is empty or a whole batch failed; returns the
     * number sent. Synchronised so the schedule and a direct call of one node do not overlap; the
     * claim keeps nodes apart.
     */
    synchronized int deliver() {
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        while (true) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<StoredNotice> batch =
                    repository.claimPending(UUID.randomUUID().toString(), now, now.minus(STALE_CLAIM), BATCH);
            int sentInBatch = 0;
            for (StoredNotice notice : batch) {
                if (deliver(sender, notice)) {
                    sentInBatch++;
                }
            }
            sent += sentInBatch;
            if (batch.size() < BATCH || sentInBatch == 0) {
                return sent;
            }
        }
    }

    private boolean deliver(JavaMailSender mailer, StoredNotice notice) {
        try {
            mailer.send(message(mailer, notice));
            repository.mailSent(notice.id(), OffsetDateTime.now(clock));
            return true;
        } catch (MailException | MessagingException e) {
            boolean giveUp = notice.mailAttempts() + 1 >= settings.maxAttempts();
            // the reason, never the message text: notices may name people and incidents
            log.warn(
                    "mail of notice {} failed (attempt {} of {}): {}",
                    notice.id(),
                    notice.mailAttempts() + 1,
                    settings.maxAttempts(),
                    e.getClass().getSimpleName());
            repository.mailFailed(notice.id(), e.getClass().getSimpleName() + ": " + e.getMessage(), giveUp);
            return false;
        }
    }

    private MimeMessage message(JavaMailSender mailer, StoredNotice notice) throws MessagingException {
        MimeMessage message = mailer.createMimeMessage();
        List<OutsideMail.Attachment> files = notice.outside() ? repository.attachments(notice.id()) : List.of();
        MimeMessageHelper helper = files.isEmpty()
                ? new MimeMessageHelper(message, false, settings.charset())
                : new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, settings.charset());
        helper.setFrom(settings.from());
        helper.setTo(String.valueOf(notice.mailTo()));
        helper.setSubject(notice.title());
        helper.setText(text(notice), false);
        for (OutsideMail.Attachment file : files) {
            helper.getRootMimeMultipart().addBodyPart(part(file));
        }
        return message;
    }

    /**
     * One file as a MIME part, base64, its name given as RFC 2231 says ({@code filename*=UTF-8''…}) in
     * the Content-Disposition and the Content-Type's {@code name}, whatever the JVM's default charset
     * (a Japanese name must reach the addressee as it was written).
     */
    static MimeBodyPart part(OutsideMail.Attachment file) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
        ParameterList typeParameters = new ParameterList();
        typeParameters.set("name", file.fileName(), "UTF-8");
        ContentType type = new ContentType(file.contentType());
        type.setParameterList(typeParameters);
        part.setHeader("Content-Type", type.toString());
        ContentDisposition disposition = new ContentDisposition(Part.ATTACHMENT);
        ParameterList dispositionParameters = new ParameterList();
        dispositionParameters.set("filename", file.fileName(), "UTF-8");
        disposition.setParameterList(dispositionParameters);
        part.setHeader("Content-Disposition", disposition.toString());
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /** The mail body: the notice, the link to open, and who sent it. */
    String text(StoredNotice notice) {
        StringBuilder text = new StringBuilder(notice.body().strip()).append("\n\n");
        if (!notice.link().isEmpty()) {
            text.append(messages.getMessage(
                            "notification.mail.open", new Object[] {settings.absolute(notice.link())}, Locale.JAPANESE))
                    .append("\n\n");
        }
        text.append(messages.getMessage(
                        notice.outside() ? "notification.mail.outsideFooter" : "notification.mail.footer",
                        null,
                        Locale.JAPANESE))
                .append('\n');
        return text.toString();
    }
}
