package jp.mamori.network;

import jakarta.annotation.PreDestroy;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import jp.mamori.netcheck.analysis.RuleAnalysis;
import jp.mamori.netcheck.flow.FlowAudit;
import jp.mamori.netcheck.flow.FlowFormat;
import jp.mamori.netcheck.flow.FlowFormatException;
import jp.mamori.netcheck.importer.Vendor;
import jp.mamori.netcheck.model.ImportResult;
import jp.mamori.netcheck.model.RuleSet;
import jp.mamori.netcheck.report.Messages;
import jp.mamori.netcheck.report.Report;
import jp.mamori.netcheck.report.ReportFormat;
import jp.mamori.netcheck.zone.ZoneModel;
import jp.mamori.notification.Notice;
import jp.mamori.notification.Notifications;
import jp.mamori.shared.Access;
import jp.mamori.shared.BusyException;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.system.SystemRegister;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * netcheck runs on uploaded files. The upload is streamed to a temporary file through a size limit,
 * its SHA-256 computed on the way; the run is stored as queued with the zone model version in force,
 * and checked on one background thread (progress in steps: read, analysed, compared). The report is
 * stored in netcheck's JSON shape, compared with the previous run of the same device and kind (new
 * and fixed findings), and the system's 情報システム管理者 are notified.
 */
@Service
public class NetcheckRuns {
    private static final Logger LOG = LoggerFactory.getLogger(NetcheckRuns.class);
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final int QUEUE = 20;

    private final NetcheckRunRepository repository;
    private final ZoneModels models;
    private final NetworkAccess access;
    private final SystemRegister systems;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final long maxBytes;
    private final ExecutorService worker;

    NetcheckRuns(
            NetcheckRunRepository repository,
            ZoneModels models,
            NetworkAccess access,
            SystemRegister systems,
            Notifications notifications,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${mamori.netcheck.max-upload:20MB}") DataSize maxUpload) {
        this.repository = repository;
        this.models = models;
        this.access = access;
        this.systems = systems;
        this.notifications = notifications;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.maxBytes = maxUpload.toBytes();
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "netcheck-run");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** A run queued or running for longer than this was left by a stopped server. */
    static final java.time.Duration STALE = java.time.Duration.ofHours(1);

    /**
     * Runs still queued or running an hour after they were started were left by a server that
     * stopped (their temporary file is gone): they are marked failed, so they do not show as running
     * for ever. Looked at every ten minutes; a check takes seconds to minutes, and another node's
     * live run is never that old.
     */
    @org.springframework.scheduling.annotation.Scheduled(
            fixedDelayString = "${mamori.netcheck.stale-sweep:PT10M}",
            initialDelayString = "${mamori.netcheck.stale-sweep:PT10M}")
    void failStale() {
        OffsetDateTime before = OffsetDateTime.now(clock).minus(STALE);
        for (long id : repository.unfinishedBefore(before)) {
            tx.executeWithoutResult(s -> {
                repository.failed(id, "検査が中断されました(mamori の再起動など)。もう一度アップロードしてください。", OffsetDateTime.now(clock));
                events.publishEvent(new NetworkEvent.RunFailed(String.valueOf(id), "system", "interrupted"));
            });
        }
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** What was uploaded: the file's name as sent, the kind, the device name (optional), the system's 管理番号 (optional). */
    public record Upload(
            String fileName,
            @Nullable InputKind kind,
            @Nullable String device,
            @Nullable String system) {}

    /**
     * Streams the upload to a temporary file (at most {@link #maxBytes()}), stores the run as queued
     * and hands it to the background check once the transaction has committed.
     */
    public NetcheckRun start(Upload upload, InputStream content) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (upload.kind() == null) {
            problems.add(InvalidInputException.Problem.of("kind", "network.run.error.kind"));
        }
        String device = upload.device() == null ? "" : upload.device().strip();
        if (device.length() > 100 || device.chars().anyMatch(Character::isISOControl)) {
            problems.add(InvalidInputException.Problem.of("device", "network.run.error.device"));
        }
        Long systemId = null;
        String system = upload.system() == null ? "" : upload.system().strip();
        if (!system.isEmpty()) {
            Optional<SystemRegister.SystemProfile> found = systems.byAssetNumber(system);
            if (found.isEmpty()) {
                problems.add(InvalidInputException.Problem.of("system", "network.run.error.system", system));
            } else {
                systemId = found.get().id();
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!access.mayUploadFor(systemId)) {
            throw new NotAllowedException("network.run.error.mayNotUpload");
        }
        InputKind kind = java.util.Objects.requireNonNull(upload.kind());
        ZoneModels.Checked model = models.modelForCheck();
        String fileName = safeName(upload.fileName());
        Stored stored = store(content);
        if (stored.size() == 0) {
            delete(stored.path());
            throw InvalidInputException.of("file", "network.run.error.empty");
        }
        String actor = Access.currentLogin();
        String initialDevice = device.isEmpty() ? stem(fileName) : device;
        Long sys = systemId;
        long id;
        try {
            id = java.util.Objects.requireNonNull(tx.execute(s -> {
                long created = repository.insert(
                        sys,
                        initialDevice,
                        kind,
                        fileName,
                        stored.sha256(),
                        stored.size(),
                        model.version(),
                        actor,
                        OffsetDateTime.now(clock));
                events.publishEvent(new NetworkEvent.RunStarted(
                        String.valueOf(created),
                        actor,
                        initialDevice,
                        kind.code(),
                        fileName,
                        stored.sha256(),
                        stored.size(),
                        model.version(),
                        system));
                return created;
            }));
        } catch (RuntimeException e) {
            delete(stored.path());
            throw e;
        }
        Job job =
                new Job(id, kind, fileName, device.isEmpty() ? null : device, stored.path(), model.model(), actor, sys);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit(job);
                }
            });
        } else {
            submit(job);
        }
        return get(id);
    }

    private void submit(Job job) {
        try {
            worker.execute(() -> check(job));
        } catch (RejectedExecutionException e) {
            fail(job, "検査の待ち行列が一杯です。しばらくしてからもう一度アップロードしてください。");
            throw new BusyException("network.run.error.busy");
        }
    }

    private record Stored(Path path, String sha256, long size) {}

    private record Job(
            long id,
            InputKind kind,
            String fileName,
            @Nullable String device,
            Path file,
            ZoneModel model,
            String actor,
            @Nullable Long systemId) {}

    /** Copies the upload to a temporary file, refusing it as soon as it passes the limit. */
    private Stored store(InputStream content) {
        Path file;
        try {
            file = Files.createTempFile("mamori-netcheck-", ".upload");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a temporary file", e);
        }
        MessageDigest digest = sha256();
        long size = 0;
        try (InputStream in = content;
                OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                size += n;
                if (size > maxBytes) {
                    throw InvalidInputException.of(
                            "file",
                            "network.run.error.tooLarge",
                            DataSize.ofBytes(maxBytes).toMegabytes());
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            delete(file);
            throw InvalidInputException.of("file", "network.run.error.unreadable");
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        return new Stored(file, HexFormat.of().formatHex(digest.digest()), size);
    }

    private void check(Job job) {
        try {
            lastProgress = -1;
            repository.progress(job.id(), NetcheckRun.State.RUNNING, 10);
            Report report;
            String device = job.device();
            if (job.kind().configuration()) {
                // the importers take the whole text; the upload limit keeps it small
                String text = new String(Files.readAllBytes(job.file()), StandardCharsets.UTF_8);
                ImportResult imported =
                        Vendor.forName(job.kind().netcheckName()).read(job.fileName(), text, device);
                if (imported.linesUnderstood() == 0) {
                    fail(job, "「" + job.fileName() + "」に " + job.kind().code() + " の設定として読める行が 1 行もありません。");
                    return;
                }
                if (device == null) {
                    device = imported.ruleSets().stream()
                            .map(RuleSet::device)
                            .filter(d -> !d.isBlank())
                            .findFirst()
                            .orElse(null);
                }
                repository.progress(job.id(), NetcheckRun.State.RUNNING, 40);
                report = new RuleAnalysis(job.model(), Messages.japanese()).report(imported);
            } else {
                FlowFormat format = FlowFormat.byName(job.kind().netcheckName()).orElseThrow();
                FlowAudit audit = FlowAudit.start(job.model(), clock.getZone(), Messages.japanese());
                long total = Math.max(1, Files.size(job.file()));
                try (InputStream in =
                        new Progress(Files.newInputStream(job.file()), total, p -> progress(job.id(), p))) {
                    audit.read(job.fileName(), in, format);
                }
                report = audit.report();
            }
            repository.progress(job.id(), NetcheckRun.State.RUNNING, 90);
            String json = ReportFormat.JSON.render(report, Messages.japanese());
            String finalDevice = device;
            tx.executeWithoutResult(s -> finish(job, finalDevice, report, json));
        } catch (FlowFormatException e) {
            fail(job, e.getMessage() == null ? "読めない記録です" : e.getMessage());
        } catch (RuntimeException | IOException e) {
            LOG.warn("netcheck run {} failed", job.id(), e);
            fail(job, "検査できませんでした: " + e.getClass().getSimpleName());
        } finally {
            delete(job.file());
        }
    }

    private int lastProgress = -1;

    private void progress(long id, int percent) {
        int p = 10 + percent * 80 / 100;
        if (p / 10 != lastProgress / 10) {
            lastProgress = p;
            repository.progress(id, NetcheckRun.State.RUNNING, p);
        }
    }

    private void finish(Job job, @Nullable String device, Report report, String json) {
        NetcheckRun run = get(job.id());
        String dev = device == null || device.isBlank() ? run.device() : device;
        if (!dev.equals(run.device())) {
            repository.device(job.id(), dev);
        }
        Optional<NetcheckRun> previous = repository.previousDone(dev, job.kind(), job.id());
        Comparison comparison = previous.flatMap(p -> repository.report(p.id()))
                .map(old -> Comparison.of(old, json))
                .orElse(Comparison.NONE);
        Long previousId = previous.map(NetcheckRun::id).orElse(null);
        ObjectNode stored = JSON.createObjectNode();
        stored.put("previousRun", previousId);
        stored.set("new", comparison.added());
        stored.set("fixed", comparison.fixed());
        repository.done(
                job.id(),
                json,
                report.findings().size(),
                (int) report.violations(),
                previousId,
                comparison.added().size(),
                comparison.fixed().size(),
                JSON.writeValueAsString(stored),
                OffsetDateTime.now(clock));
        events.publishEvent(new NetworkEvent.RunFinished(
                String.valueOf(job.id()),
                job.actor(),
                report.findings().size(),
                (int) report.violations(),
                previousId == null ? "" : String.valueOf(previousId),
                comparison.added().size(),
                comparison.fixed().size()));
        if (job.systemId() != null) {
            String title = "netcheck: " + dev + " の検査結果(指摘 " + report.findings().size() + " 件、違反 " + report.violations()
                    + " 件)";
            String body = "機器 " + dev + " のファイル " + job.fileName() + " をゾーンモデル第" + run.modelVersion()
                    + "版で検査しました。\n指摘 " + report.findings().size() + " 件(うち違反 " + report.violations() + " 件)。"
                    + (previousId == null
                            ? "\nこの機器の最初の検査です。"
                            : "\n前回の検査(#" + previousId + ")と比べて、新しい指摘 "
                                    + comparison.added().size() + " 件、解消した指摘 "
                                    + comparison.fixed().size() + " 件。");
            for (Long person : systems.administrators(job.systemId())) {
                notifications.send(
                        new Notice(person, "netcheck.run.finished", title, body, "/netcheck/runs/" + job.id()));
            }
        }
    }

    private void fail(Job job, String reason) {
        try {
            tx.executeWithoutResult(s -> {
                repository.failed(job.id(), reason, OffsetDateTime.now(clock));
                events.publishEvent(new NetworkEvent.RunFailed(String.valueOf(job.id()), job.actor(), reason));
            });
        } catch (RuntimeException e) {
            LOG.warn("could not record the failure of netcheck run {}", job.id(), e);
        }
    }

    /** The new and fixed findings between two reports, each a finding object of netcheck's JSON. */
    record Comparison(ArrayNode added, ArrayNode fixed) {
        static final Comparison NONE = new Comparison(JSON.createArrayNode(), JSON.createArrayNode());

        static Comparison of(String previousJson, String currentJson) {
            Map<String, JsonNode> before = byKey(JSON.readTree(previousJson));
            Map<String, JsonNode> now = byKey(JSON.readTree(currentJson));
            ArrayNode added = JSON.createArrayNode();
            ArrayNode fixed = JSON.createArrayNode();
            now.forEach((k, f) -> {
                if (!before.containsKey(k)) {
                    added.add(f);
                }
            });
            before.forEach((k, f) -> {
                if (!now.containsKey(k)) {
                    fixed.add(f);
                }
            });
            return new Comparison(added, fixed);
        }

        /**
         * A finding's identity across runs: kind, device, filter, rule, zone pair and cell (and, for
         * flow findings, the service), not its line or example packet, which move when rules above change.
         */
        static String key(JsonNode f) {
            StringBuilder k = new StringBuilder();
            for (String field : List.of("kind", "device", "filter", "rule", "from", "to", "cell")) {
                k.append(text(f.get(field))).append('|');
            }
            String kind = text(f.get("kind"));
            if (kind.startsWith("FLOW_")
                    && f.get("example") != null
                    && f.get("example").isObject()) {
                k.append(text(f.get("example").get("proto")))
                        .append('/')
                        .append(text(f.get("example").get("dstPort")));
            }
            return k.toString();
        }

        private static Map<String, JsonNode> byKey(JsonNode report) {
            Map<String, JsonNode> out = new LinkedHashMap<>();
            JsonNode findings = report.get("findings");
            if (findings != null && findings.isArray()) {
                for (JsonNode f : findings) {
                    out.putIfAbsent(key(f), f);
                }
            }
            return out;
        }

        private static String text(@Nullable JsonNode n) {
            return n == null || n.isNull() ? "" : n.asString();
        }
    }

    public NetcheckRun get(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("netcheck-run", id));
    }

    /** The runs the signed-in person may read, newest first (at most {@code limit} looked at). */
    public List<NetcheckRun> latest(int limit) {
        return repository.latest(limit).stream().filter(access::mayReadRun).toList();
    }

    /** The stored report in netcheck's JSON shape, once the run is done. */
    public Optional<String> report(long id) {
        return repository.report(id);
    }

    /** The comparison with the previous run: {@code {"previousRun": id|null, "new": [...], "fixed": [...]}}. */
    public Optional<String> comparison(long id) {
        return repository.comparison(id);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not delete {}", file);
        }
    }

    /** The file's own name, without folders or control characters, at most 200 characters. */
    static String safeName(@Nullable String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (n.isEmpty()) {
            n = "upload";
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String s = dot > 0 ? fileName.substring(0, dot) : fileName;
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    /** Counts the bytes read and reports the share read, in percent. */
    private static final class Progress extends FilterInputStream {
        private final long total;
        private final java.util.function.IntConsumer report;
        private long read;

        Progress(InputStream in, long total, java.util.function.IntConsumer report) {
            super(in);
            this.total = total;
            this.report = report;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                moved(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                moved(n);
            }
            return n;
        }

        private void moved(long n) {
            read += n;
            report.accept((int) Math.min(100, read * 100 / total));
        }
    }
}
