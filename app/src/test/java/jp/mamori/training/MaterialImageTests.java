package jp.mamori.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Images of e-learning material: uploads read as hostile (type from the content, size and pixel
 * limits, decoded whole, SHA-256 kept), referenced from the Markdown by name, served only to
 * signed-in people who may see the course, and never an image from outside.
 */
@MamoriSpringTest
class MaterialImageTests {
    @Autowired
    ApplicationContext context;

    @Autowired
    MaterialImages images;

    @Autowired
    Courses courses;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    long unit;
    long course;
    CurrentUser learner;
    CurrentUser outsider;

    @BeforeEach
    void course() {
        OrganizationTestData org = new OrganizationTestData(context);
        unit = org.unit("画像研修課", null);
        long other = org.unit("画像対象外課", null);
        learner = staff(org.person("受講 花子", unit), unit);
        outsider = staff(org.person("対象外 太郎", other), other);
        course = new TrainingTestData(context).eLearningFor(OrganizationTestData.unique("画像つき教材"), Set.of(unit));
    }

    static CurrentUser staff(long personId, long unitId) {
        return new CurrentUser(
                "trn-img-" + personId, personId, "職員", false, List.of(new RoleGrant(Role.STAFF, unitId)));
    }

    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(image, format, out)).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A real 1×1 PNG whose header claims another size, with a valid checksum (a decompression bomb's header). */
    static byte[] pngClaiming(int width, int height) {
        byte[] png = image("png", 1, 1);
        ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17); // chunk type and the 13 bytes of IHDR
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    MaterialImage add(String name, byte[] content) {
        MaterialImage[] out = new MaterialImage[1];
        TestUsers.runAs(TrainingTestData.CISO, () -> {
            try {
                out[0] = images.add(course, name, content.length, new ByteArrayInputStream(content));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out[0];
    }

    String refusal(String name, byte[] content) {
        try {
            add(name, content);
        } catch (InvalidInputException e) {
            return e.problems().get(0).messageKey();
        }
        throw new AssertionError(name + " was accepted");
    }

    List<MaterialImage> stored() {
        return jdbc.sql("select id, file_name from trn_material_image where course_id = :c order by id")
                .param("c", course)
                .query((rs, n) -> new MaterialImage(
                        rs.getLong(1), course, rs.getString(2), "", "", 0, 0, 0, "", java.time.OffsetDateTime.now()))
                .list();
    }

    @Test
    void hostile_uploads_are_refused_by_their_content_whatever_their_name() throws Exception {
        byte[] script = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(refusal("photo.png", script)).isEqualTo("trn.error.imageType");
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        assertThat(refusal("logo.svg", svg)).isEqualTo("trn.error.imageType");
        byte[] onlyTheSignature = Arrays.copyOf(image("png", 8, 8), 40);
        assertThat(refusal("truncated.png", onlyTheSignature)).isEqualTo("trn.error.imageBroken");
        assertThat(refusal("bomb.png", pngClaiming(100_000, 100_000))).isEqualTo("trn.error.imageDimensions");
        assertThat(refusal("empty.png", new byte[0])).isEqualTo("trn.error.fileEmpty");
        // larger than the limit: by the size the browser declares, and by what is actually read
        byte[] large = Arrays.copyOf(image("png", 1, 1), 5 * 1024 * 1024 + 1);
        assertThat(refusal("large.png", large)).isEqualTo("trn.error.fileTooLarge");
        assertThatThrownBy(() -> TestUsers.runAs(TrainingTestData.CISO, () -> {
                    try {
                        images.add(course, "lying.png", 10, new ByteArrayInputStream(large));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("trn.error.fileTooLarge");
        assertThat(stored()).isEmpty();

        // a JPEG named .png is kept as what it is
        MaterialImage jpeg = add("renamed.png", image("jpg", 20, 10));
        assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
        // someone without the right to write courses cannot upload
        assertThatThrownBy(() -> TestUsers.runAs(learner, () -> {
                    try {
                        images.add(course, "x.png", 1, new ByteArrayInputStream(image("png", 2, 2)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }))
                .isInstanceOf(jp.mamori.shared.NotAllowedException.class);
    }

    @Test
    void an_image_is_stored_with_its_hash_shown_from_the_markdown_and_nothing_from_outside() throws Exception {
        byte[] png = image("png", 40, 30);
        MaterialImage image = add("../../教材/図 1.png", png);
        assertThat(image.fileName()).isEqualTo("図_1.png");
        assertThat(image.sha256()).isEqualTo(sha256(png));
        assertThat(image.width()).isEqualTo(40);
        assertThat(image.height()).isEqualTo(30);
        assertThat(image.markdown()).isEqualTo("![図_1](図_1.png)");
        assertThat(refusal("again.png", png)).isEqualTo("trn.error.imageDuplicate");
        assertThat(refusal("図_1.png", image("png", 41, 30))).isEqualTo("trn.error.imageNameExists");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'training-course.material'"
                                + " and subject_id = :c and details like :d")
                        .param("c", Long.toString(course))
                        .param("d", "%" + image.sha256() + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        TestUsers.runAs(TrainingTestData.CISO, () -> courses.setMarkdown(course, """
                        ## 不審なメール

                        ![図](図_1.png)

                        ![追跡](https://tracker.example/pixel.png)

                        ![外部2](//tracker.example/x.png)

                        ![他の研修](/training/courses/999999/images/1)

                        ![未登録](図_9.png)
                        """));
        String page = mvc.perform(get("/training/courses/" + course + "/learn")
                        .with(TestUsers.as(learner))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("<img src=\"" + image.path() + "\" alt=\"図\"")
                .doesNotContain("src=\"https://tracker.example")
                .doesNotContain("src=\"//tracker.example")
                .doesNotContain("src=\"/training/courses/999999")
                .contains("〔画像「追跡」は表示しません")
                .contains("〔画像「未登録」は表示しません");
        String material = page.substring(page.indexOf("id=\"material\""));
        material = material.substring(0, material.indexOf("</section>"));
        assertThat(material.split("<img ", -1)).as("one image in the material").hasSize(2);
    }

    @Test
    void an_image_is_served_only_to_signed_in_people_who_may_see_the_course() throws Exception {
        byte[] png = image("png", 16, 16);
        MaterialImage image = add("served.png", png);

        mvc.perform(get(image.path())).andExpect(status().is3xxRedirection());
        mvc.perform(get(image.path()).with(TestUsers.as(outsider))).andExpect(status().isForbidden());
        byte[] served = mvc.perform(get(image.path()).with(TestUsers.as(learner)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Content-SHA256", sha256(png)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(served).isEqualTo(png);
        mvc.perform(get(image.path()).with(TestUsers.as(TrainingTestData.CISO))).andExpect(status().isOk());
        // the image of this course is not found under another course
        long other = new TrainingTestData(context).eLearningFor(OrganizationTestData.unique("別の教材"), Set.of(unit));
        mvc.perform(get("/training/courses/" + other + "/images/" + image.id()).with(TestUsers.as(learner)))
                .andExpect(status().isNotFound());

        // the course page's upload: managers only, then the notice names how to show it
        MockMultipartFile file = new MockMultipartFile("image", "page.gif", "image/gif", image("gif", 12, 12));
        mvc.perform(multipart("/training/courses/" + course + "/images")
                        .file(file)
                        .with(TestUsers.as(learner))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/training/courses/" + course + "/images")
                        .file(file)
                        .with(TestUsers.as(TrainingTestData.CISO))
                        .with(csrf()))
                .andExpect(redirectedUrl("/training/courses/" + course))
                .andExpect(flash().attribute("notice", "trn.image.stored"));
        assertThat(stored()).extracting(MaterialImage::fileName).containsExactly("served.png", "page.gif");
    }
}
