package jp.mamori.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.mamori.shared.Wareki;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * start-dev: the fictional 架空市職員共済組合 has an approved plan for the current 年度 with one
 * published e-learning course for all staff, so {@code staff} has something to take at once.
 * Nothing is stored when the year has a plan already.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "mamori.mode", havingValue = "dev")
@ConditionalOnWebApplication
class SampleTrainingSeeder implements ApplicationRunner {
    static final String MATERIAL = """
            ## 不審なメールへの対応

            - 心当たりのない送信者からの添付ファイルやリンクは開かない。
            - 開いてしまったときは、ネットワークから切り離さずに、すぐ情報セキュリティ管理者へ連絡する。

            ## パスワード

            | してよいこと | してはいけないこと |
            |---|---|
            | 長く推測されにくいものにする | 他人に教える、付箋に書いて貼る |
            """;

    static final String QUESTIONS = """
            見覚えのない送信者から請求書と称する添付ファイルが届きました。どうしますか。
            - 内容を確かめるために開く
            * 開かずに情報セキュリティ管理者へ報告する
            - 同僚に転送して意見を聞く

            パスワードの扱いとして正しいものはどれですか。
            - 忘れないよう付箋に書いて画面に貼る
            - 課内で共有する
            * 他人に教えない
            """;

    private final TrainingRepository repository;
    private final Clock clock;

    SampleTrainingSeeder(TrainingRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        int year = Wareki.fiscalYearOf(today);
        if (repository.planOf(year).isPresent()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String title = Wareki.fiscalYear(year, java.util.Locale.JAPANESE) + " 情報セキュリティ教育・訓練計画（見本）";
        long plan = repository.insertPlan(year, title, "全職員が年 1 回 e-ラーニングを受講する。", "CISO", "start-dev", now);
        repository.approvePlan(plan, "CISO", null, null, "start-dev", now);
        long course = repository.insertCourse(
                plan,
                "情報セキュリティ基礎（見本）",
                CourseKind.E_LEARNING,
                "不審なメールとパスワードの扱いを確認します。",
                LocalDate.of(year + 1, 3, 31),
                30,
                Audience.everyone(),
                100,
                "start-dev",
                now);
        repository.setMarkdown(course, MATERIAL);
        repository.replaceQuestions(course, QuestionText.read(QUESTIONS), 100);
        repository.publish(course);
    }
}
