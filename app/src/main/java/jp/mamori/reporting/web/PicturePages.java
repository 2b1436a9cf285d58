package jp.mamori.reporting.web;

import jp.mamori.reporting.OfficePicture;
import jp.mamori.shared.Figure.Axis;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The office's picture: figures per unit, chapter and month, numbers beside bars, linked to the records. */
@Controller
class PicturePages {
    private final OfficePicture picture;

    PicturePages(OfficePicture picture) {
        this.picture = picture;
    }

    @GetMapping("/picture")
    @PreAuthorize("@officePicture.mayRead()")
    public String picture(Model model) {
        var p = picture.picture();
        model.addAttribute("picture", p);
        model.addAttribute("units", p.table(Axis.UNIT));
        model.addAttribute("chapters", p.table(Axis.CHAPTER));
        model.addAttribute("months", p.table(Axis.MONTH));
        model.addAttribute("body", p.table(Axis.BODY));
        return "reporting/picture";
    }
}
