package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markdown rendering: headings, lists and tables work; raw HTML, scripts and unsafe links never reach the page. */
class PolicyMarkdownTests {
    @Test
    void headings_numbered_lists_and_tables_are_rendered() {
        String html = PolicyMarkdown.render("""
                # 第1章 総則

                1. 目的
                2. 定義

                | 区分 | 内容 |
                |---|---|
                | 機密性3 | 秘密文書 |
                """);
        assertThat(html)
                .contains("<h1>第1章 総則</h1>")
                .contains("<ol>")
                .contains("<li>目的</li>")
                .contains("<table>")
                .contains("<td>機密性3</td>");
    }

    @Test
    void raw_html_and_scripts_are_shown_as_text() {
        String html = PolicyMarkdown.render(
                "本文<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n<iframe src=\"https://x\">");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<iframe");
        assertThat(html)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void javascript_and_data_links_lose_their_target() {
        String html = PolicyMarkdown.render(
                "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,<b>x</b>) [d](vbscript:x)");
        assertThat(html.toLowerCase())
                .doesNotContain("javascript:")
                .doesNotContain("data:")
                .doesNotContain("vbscript:");
        assertThat(html).contains("href=\"\">a</a>");
    }

    @Test
    void web_mail_and_inside_links_are_kept() {
        String html = PolicyMarkdown.render(
                "[規程](https://example.jp/kitei) [窓口](mailto:soumu@example.jp) [基準](/policies/2) [節](#s1)");
        assertThat(html)
                .contains("href=\"https://example.jp/kitei\"")
                .contains("href=\"mailto:soumu@example.jp\"")
                .contains("href=\"/policies/2\"")
                .contains("href=\"#s1\"");
    }

    @Test
    void images_only_come_from_inside_mamori() {
        String html = PolicyMarkdown.render(
                "![外部](https://tracker.example/p.gif) ![相対](//evil.example/p.gif) ![内部](/images/mamori.svg)");
        assertThat(html)
                .doesNotContain("tracker.example")
                .doesNotContain("evil.example")
                .contains("src=\"/images/mamori.svg\"");
    }

    @Test
    void attribute_breaking_quotes_in_links_are_escaped() {
        String html = PolicyMarkdown.render("[x](https://example.jp/\"onmouseover=\"alert(1))");
        assertThat(html).doesNotContain("\"onmouseover=\"");
    }
}
